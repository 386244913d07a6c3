import { sampleQuestions } from '$lib/import/question-sample';
import type { Bank, Question } from '$lib/core/bank/schema';

const q = (i: number, extra: Partial<Question> = {}): Question => ({
	id: `q${i}`,
	fact: `f${i}`,
	type: 'flashcard',
	prompt: `Front ${i}`,
	answer: `Back ${i}`,
	...extra
});
const bank = (questions: Question[]): Bank => ({ format: 'factdeck.bank', version: 1, id: 'b', title: 'B', questions });

describe('sampleQuestions', () => {
	it('shows the first ten with plain type names and says how many more', () => {
		const questions = Array.from({ length: 13 }, (_, i) => q(i));
		questions[0] = q(0, { type: 'truefalse', prompt: 'Seoul is a capital.', answer: true });
		questions[1] = q(1, { type: 'mcq', answer: 'A', choices: ['A', 'B'] });
		questions[2] = q(2, { type: 'short' });
		questions[3] = q(3, { type: 'cloze' });
		const { shown, more } = sampleQuestions(bank(questions), []);
		expect(shown).toHaveLength(10);
		expect(more).toBe(3);
		expect(shown.slice(0, 5).map((s) => [s.type, s.answer])).toEqual([
			['True or false', 'True'],
			['Multiple choice', 'A'],
			['Typed answer', 'Back 2'],
			['Fill in the blank', 'Back 3'],
			['Flashcard', 'Back 4']
		]);
	});

	it('puts each warning beside the question from its line or record, and leaves file-wide ones out', () => {
		const warnings = [{ message: 'the file is not UTF-8' }, { line: 3, message: 'odd answer' }, { record: 2, message: 'odd note' }];
		const { shown } = sampleQuestions(bank([q(1), q(2), q(3)]), warnings, [{ line: 2 }, { line: 3 }, { record: 2 }]);
		expect(shown.map((s) => [s.place, s.problems])).toEqual([
			['line 2', []],
			['line 3', ['odd answer']],
			['record 2', ['odd note']]
		]);
	});
});
