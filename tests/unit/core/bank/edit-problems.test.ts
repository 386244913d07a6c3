import { bankProblems, checkQuestion, placeProblem, placeProblems, questionProblems } from '$lib/core/bank/edit-problems';
import type { Question } from '$lib/core/bank/schema';
import { validateBank } from '$lib/core/bank/validate';
import { validBank } from './fixtures';

describe('placeProblem', () => {
	it('places a message on a question and one of its fields', () => {
		expect(placeProblem('questions[3].choices: a multiple choice question needs at least 2 choices, it has 1')).toEqual({
			question: 3,
			field: 'choices',
			path: 'questions[3].choices',
			message: 'a multiple choice question needs at least 2 choices, it has 1'
		});
		expect(placeProblem('questions[12].choices[1]: choice is empty')).toMatchObject({ question: 12, field: 'choices' });
	});

	it('places a message about a part the editor does not show on the question alone', () => {
		expect(placeProblem('questions[0].source.start: start must be 0 or more')).toEqual({
			question: 0,
			field: undefined,
			path: 'questions[0].source.start',
			message: 'start must be 0 or more'
		});
	});

	it("places bank messages on the bank's fields, keeping colons inside the message", () => {
		expect(placeProblem('title: title is empty')).toEqual({ field: 'title', path: 'title', message: 'title is empty' });
		expect(placeProblem('tags[0]: tag is empty')).toEqual({ field: 'tags', path: 'tags[0]', message: 'tag is empty' });
		expect(placeProblem('id: id must be a slug: lowercase letters')).toEqual({ field: undefined, path: 'id', message: 'id must be a slug: lowercase letters' });
		expect(placeProblem('the bank must be a JSON object')).toEqual({ path: '', message: 'the bank must be a JSON object' });
	});
});

describe('questionProblems / bankProblems', () => {
	it('groups the real messages of validateBank by question and field', () => {
		const bank = validBank();
		bank.title = ' ';
		bank.questions[2].answer = 'Pusan';
		bank.questions[2].prompt = '';
		bank.questions[4].source.start = -1;
		const result = validateBank(bank);
		if (result.ok) throw new Error('expected problems');
		const placed = placeProblems(result.problems);
		expect(bankProblems(placed)).toEqual({ title: ['title is empty'] });
		expect(questionProblems(placed, 2)).toEqual({
			prompt: ['prompt is empty'],
			choices: ['the answer "Pusan" is not among the choices']
		});
		expect(questionProblems(placed, 4).other?.[0]).toMatch(/^source\.start: /);
		expect(questionProblems(placed, 0)).toEqual({});
	});
});

describe('checkQuestion', () => {
	it('checks one question on its own, without its source', () => {
		const q = validBank().questions[2] as Question;
		expect(checkQuestion(q)).toEqual({});
		expect(checkQuestion({ ...q, choices: ['Seoul', 'seoul'] })).toEqual({ choices: ['the choice "seoul" appears more than once'] });
		expect(checkQuestion({ ...q, type: 'cloze', choices: undefined })).toEqual({
			prompt: ['a fill in the blank question needs a blank: three or more underscores (____)']
		});
	});
});
