import type { Question } from '$lib/core/bank/schema';
import { emitBankBytes } from '$lib/core/formats/emit-bytes';
import { sheetLeftOut } from '$lib/core/formats/sheet-fit';
import { everyTypeBank, ok } from './helpers';
import { readSheet, XLSX } from './sheet-helpers';

/** The first sheet of a written workbook, as rows of cell text. */
function rowsOf(bytes: Uint8Array): string[][] {
	const book = XLSX.read(bytes, { type: 'array' });
	return XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]], { header: 1, raw: false, defval: '' });
}

const bank = everyTypeBank();
const withQuestions = (...questions: Question[]) => ({ ...bank, questions: [...bank.questions, ...questions] });
const q = (fields: Omit<Question, 'id' | 'fact'>): Question => ({ id: `x-${fields.prompt.length}`, fact: 'x', ...fields });

describe('writing Kahoot’s template', () => {
	it('lays out the title rows, the header on row 8 and one numbered row per question, 20 seconds each', () => {
		const rows = rowsOf(emitBankBytes('xlsx', bank, { xlsx: XLSX }));
		expect(rows[0][1]).toBe('Quiz template');
		expect(rows[7].slice(1, 3)).toEqual(['Question - max 120 characters', 'Answer 1 - max 75 characters']);
		expect(rows.slice(8)).toEqual([
			['1', 'Which city is the capital of North Korea?', 'Busan', 'Pyongyang', 'Kaesong', '', '20', '2'],
			['2', 'Busan is the capital of South Korea.', 'True', 'False', '', '', '20', '2']
		]);
	});

	it('writes the right answers of choose all that apply as a list of numbers', () => {
		const multi = q({ type: 'multi', prompt: 'Primes?', answer: '2\n3', choices: ['2', '3', '4'], weights: [50, 50, -100] });
		const rows = rowsOf(emitBankBytes('xlsx', { ...bank, questions: [multi] }, { xlsx: XLSX, template: 'kahoot' }));
		expect(rows[8].slice(1)).toEqual(['Primes?', '2', '3', '4', '', '20', '1,2']);
	});

	it('leaves out what Kahoot cannot take, each with the reason, rather than shortening it', () => {
		const long = q({ type: 'mcq', prompt: `${'Why '.repeat(31)}?`, answer: 'A', choices: ['A', 'B'] });
		const wide = q({ type: 'mcq', prompt: 'Five?', answer: 'A', choices: ['A', 'B', 'C', 'D', 'E'] });
		const wordy = q({ type: 'mcq', prompt: 'Wordy?', answer: 'A', choices: ['A', 'B'.repeat(76)] });
		const left = sheetLeftOut(withQuestions(long, wide, wordy), 'kahoot');
		expect(left.map((l) => [l.number, l.reason])).toEqual([
			[1, 'flashcard questions cannot go to Kahoot: its quizzes take only 2 to 4 answers to pick from'],
			[2, 'fill in the blank questions cannot go to Kahoot: its quizzes take only 2 to 4 answers to pick from'],
			[5, 'typed answer questions cannot go to Kahoot: its quizzes take only 2 to 4 answers to pick from'],
			[6, 'the question is 125 characters; Kahoot takes at most 120'],
			[7, 'it has 5 answers; Kahoot takes 2 to 4'],
			[8, 'answer 2 is 76 characters; Kahoot takes at most 75']
		]);
		const back = ok(readSheet(emitBankBytes('xlsx', withQuestions(long, wide, wordy), { xlsx: XLSX })));
		expect(back.bank.questions.map((x) => x.prompt)).toEqual(['Which city is the capital of North Korea?', 'Busan is the capital of South Korea.']);
	});
});

describe('writing Quizizz’s template', () => {
	it('writes the header, the hints row, then choices as Multiple Choice and typed answers as Fill-in-the-Blank', () => {
		const rows = rowsOf(emitBankBytes('xlsx', bank, { xlsx: XLSX, template: 'quizizz' }));
		expect(rows[0].slice(0, 3)).toEqual(['Question Text', 'Question Type', 'Option 1']);
		expect(rows[1][0]).toBe('Text of the question (required)');
		expect(rows.slice(2)).toEqual([
			['____ is the capital of South Korea.', 'Fill-in-the-Blank', 'Seoul', 'Soul', '', '', '', '', '30', '', 'Since 1948.'],
			['Which city is the capital of North Korea?', 'Multiple Choice', 'Busan', 'Pyongyang', 'Kaesong', '', '', '2', '30', '', 'Pyongyang, on the Taedong.'],
			['Busan is the capital of South Korea.', 'Multiple Choice', 'True', 'False', '', '', '', '2', '30', '', 'Seoul is.'],
			['Name the river through Seoul.', 'Fill-in-the-Blank', 'Han', 'Han River', 'Hangang', '', '', '', '30', '', '']
		]);
		expect(sheetLeftOut(bank, 'quizizz').map((l) => [l.number, l.reason])).toEqual([
			[1, "flashcard questions cannot go to Quizizz's template: it takes choices and typed answers only"]
		]);
	});

	it('leaves out a question with a field longer than a spreadsheet cell holds', () => {
		const huge = q({ type: 'short', prompt: 'Long?', answer: 'A', explanation: 'x'.repeat(40_000) });
		expect(sheetLeftOut({ ...bank, questions: [huge] }, 'quizizz')[0].reason).toBe('a field is 40,000 characters; a spreadsheet cell holds at most 32,767');
		expect(() => emitBankBytes('xlsx', { ...bank, questions: [huge] }, { xlsx: XLSX, template: 'quizizz' })).not.toThrow();
	});
});

describe('emitBankBytes', () => {
	it('says so when SheetJS was not passed', () => {
		expect(() => emitBankBytes('xlsx', bank, {})).toThrow('writing a spreadsheet needs SheetJS, which was not loaded');
	});
});
