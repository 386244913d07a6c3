import { detectFormat } from '$lib/core/formats';
import { expectValid, fixture, ok } from './helpers';
import { kahootSheet, readSheet, sheetFixture, workbook } from './sheet-helpers';

const strip = ({ type, prompt, answer, choices, weights, accept, explanation }: Record<string, unknown>) =>
	Object.fromEntries(Object.entries({ type, prompt, answer, choices, weights, accept, explanation }).filter(([, v]) => v !== undefined));

describe("Kahoot's quiz template", () => {
	it('finds the header on row 8 under the title rows and reads every kind of row', () => {
		const result = ok(readSheet(sheetFixture('kahoot-quiz.xlsx'), 'kahoot-quiz.xlsx'));
		expectValid(result.bank);
		expect(result.bank.title).toBe('kahoot-quiz');
		expect(result.bank.questions.map(strip)).toEqual([
			{ type: 'mcq', prompt: 'What is the capital of France?', answer: 'Paris', choices: ['Berlin', 'Paris', 'Madrid', 'Rome'] },
			{ type: 'truefalse', prompt: 'The Moon orbits the Earth.', answer: true },
			// Two right answers of four: each right one half the credit, a wrong pick cancels it.
			{ type: 'multi', prompt: 'Which of these are prime numbers?', answer: '2\n7', choices: ['2', '4', '7', '9'], weights: [50, -100, 50, -100] },
			// Numbers and dates read as the sheet shows them.
			{ type: 'mcq', prompt: 'In which year did Apollo 11 land on the Moon?', answer: '1969', choices: ['1969', '1972'] },
			{ type: 'mcq', prompt: 'When did the Berlin Wall fall?', answer: '1989-11-09', choices: ['1989-11-09', '1961-08-13'] }
		]);
		expect(result.origins?.map((o) => o.line)).toEqual([9, 10, 11, 12, 13]);
		expect(result.unsupported).toBeUndefined();
	});

	it('names the time limits it drops in one warning', () => {
		const result = ok(readSheet(sheetFixture('kahoot-quiz.xlsx')));
		expect(result.warnings.map((w) => w.message)).toEqual([
			'the time limits of 5 questions (10–60 s) are not kept: Factdeck times a whole test, not each question'
		]);
	});

	it('reads True and False in any case as a true or false question, and False as the answer', () => {
		const result = ok(readSheet(kahootSheet(['Sound travels faster than light.', 'TRUE', 'false', null, null, null, 2])));
		expect(result.bank.questions.map(strip)).toEqual([{ type: 'truefalse', prompt: 'Sound travels faster than light.', answer: false }]);
		expect(result.warnings).toEqual([]);
	});

	it('keeps the answer numbers when an answer column is left empty', () => {
		const result = ok(readSheet(kahootSheet(['Pick the mammal', 'Shark', null, 'Dolphin', null, 20, 3])));
		expect(result.bank.questions.map(strip)).toEqual([{ type: 'mcq', prompt: 'Pick the mammal', answer: 'Dolphin', choices: ['Shark', 'Dolphin'] }]);
	});

	it('gives three right answers a third each, adding up to 100 within the validator', () => {
		const result = ok(readSheet(kahootSheet(['Which are colours?', 'Red', 'Blue', 'Green', 'Car', 20, '1, 2, 3'])));
		expectValid(result.bank);
		expect(result.bank.questions[0].weights).toEqual([33.33333, 33.33333, 33.33333, -100]);
	});
});

describe("Quizizz's template", () => {
	it('skips the hints row and reads choices, checkboxes, fill-in-the-blanks and explanations', () => {
		const result = ok(readSheet(sheetFixture('quizizz-quiz.xlsx'), 'quizizz-quiz.xlsx'));
		expectValid(result.bank);
		expect(result.bank.questions.map(strip)).toEqual([
			{
				type: 'mcq',
				prompt: 'Which planet is the largest?',
				answer: 'Jupiter',
				choices: ['Mars', 'Jupiter', 'Venus', 'Saturn', 'Mercury'],
				explanation: 'Jupiter is more than twice as massive as all the other planets together.'
			},
			{
				type: 'multi',
				prompt: 'Which of these are noble gases?',
				answer: 'Neon\nArgon',
				choices: ['Neon', 'Oxygen', 'Argon', 'Nitrogen'],
				weights: [50, -100, 50, -100]
			},
			{ type: 'short', prompt: 'What is the chemical symbol for gold?', answer: 'Au', accept: ['au'] },
			{ type: 'cloze', prompt: 'Water boils at ____ degrees Celsius at sea level.', answer: '100' },
			{ type: 'truefalse', prompt: 'Light travels faster than sound.', answer: true }
		]);
	});

	it('reports open-ended and poll questions with their rows, and the image link it leaves', () => {
		const result = ok(readSheet(sheetFixture('quizizz-quiz.xlsx')));
		expect(result.unsupported?.map((u) => [u.line, u.kind])).toEqual([
			[7, 'open-ended'],
			[8, 'poll']
		]);
		expect(result.unsupported?.[1].message).toBe('Quizizz "Poll" questions have no right answer to study, so they are not imported');
		expect(result.warnings.map((w) => w.message)).toEqual([
			'the time limits of 5 questions (10–45 s) are not kept: Factdeck times a whole test, not each question',
			'1 image link is not imported: Factdeck does not fetch images from the web'
		]);
	});

	it('reads a Checkbox question with one right option as choose all that apply', () => {
		const bytes = workbook([
			['Question Text', 'Question Type', 'Option 1', 'Option 2', 'Correct Answer'],
			['Which is a vowel?', 'Checkbox', 'A', 'B', 1]
		]);
		const result = ok(readSheet(bytes));
		expect(result.bank.questions.map(strip)).toEqual([{ type: 'multi', prompt: 'Which is a vowel?', answer: 'A', choices: ['A', 'B'], weights: [100, -100] }]);
	});
});

describe('detecting a sheet', () => {
	it('tells a workbook from an Anki package by the zip entries, whatever the name says', () => {
		expect(detectFormat('quiz.xlsx', sheetFixture('kahoot-quiz.xlsx'))).toBe('xlsx');
		expect(detectFormat('download', sheetFixture('quizizz-quiz.xlsx'))).toBe('xlsx');
		expect(detectFormat('deck.xlsx', fixture('shared/apkg/zhongwen-anki21b.apkg'))).toBe('apkg');
	});
});
