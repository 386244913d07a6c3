import { parseCsv } from '$lib/core/formats/csv';
import { ok } from './helpers';

const read = (text: string) => ok(parseCsv(text, { name: 'quiz.csv' }));
const choicesOf = (text: string) => read(text).bank.questions.map((q) => q.choices);
const warningsOf = (text: string) => read(text).warnings.map((w) => [w.line, w.message]);

describe('CSV choices cells', () => {
	it('splits a choices cell at |, in a comma-separated and a tab-separated file', () => {
		expect(choicesOf('question,answer,choices\nCapital?,Seoul,Seoul | Busan|Incheon\n')).toEqual([['Seoul', 'Busan', 'Incheon']]);
		expect(choicesOf('question\tanswer\tchoices\nCapital?\tSeoul\tSeoul|Busan\n')).toEqual([['Seoul', 'Busan']]);
	});

	it('splits at ; when the file has one choices column and is not separated by ;', () => {
		expect(choicesOf('question,answer,choices\nCapital?,Seoul,Seoul; Busan; Incheon\n')).toEqual([['Seoul', 'Busan', 'Incheon']]);
	});

	it('leaves ; alone where it is part of a choice: one column per choice, or a ;-separated file', () => {
		expect(choicesOf('question,answer,choice 1,choice 2\nWho?,"Kim; Lee","Kim; Lee","Park; Choi"\n')).toEqual([['Kim; Lee', 'Park; Choi']]);
		expect(choicesOf('question;answer;choices\nWho?;Kim;"Kim;Park"\n')).toEqual([['Kim', 'Kim;Park']]);
	});

	it('keeps line breaks first, as Factdeck writes them, and warns when a cell mixes separators', () => {
		expect(choicesOf('question,answer,choices\nCapital?,Seoul,"Seoul\nBusan|Ulsan"\n')).toEqual([['Seoul', 'Busan|Ulsan']]);
		expect(warningsOf('question,answer,choices\nCapital?,Seoul,Seoul|Busan;Ulsan\n')).toEqual([
			[2, 'the choices are separated by both | and ;; split at | only']
		]);
	});
});

describe('CSV warnings for what looks wrong', () => {
	it('warns when the answer is not among the choices, and adds it', () => {
		const r = read('question,answer,choices\nCapital?,Seoul,Busan|Incheon\n');
		expect(r.bank.questions[0].choices).toEqual(['Seoul', 'Busan', 'Incheon']);
		expect(r.warnings).toEqual([{ line: 2, message: 'the answer "Seoul" is not among the choices; it was added as one' }]);
	});

	it('says nothing of a distractors column, where the answer never is', () => {
		expect(warningsOf('question,answer,distractors\nCapital?,Seoul,Busan|Incheon\nPort?,Busan,Seoul\n')).toEqual([]);
	});

	it('warns of a choices cell with one choice', () => {
		expect(warningsOf('question,answer,choices\nCapital?,Seoul,Busan\n')).toEqual([
			[2, expect.stringMatching(/^only one choice, "Busan": put several in one cell between \|/)]
		]);
	});

	it('warns of a record with more cells than the header names, and of one wider than the first record', () => {
		expect(warningsOf('front,back\nSeoul,Capital,extra\nBusan,Port,\n')).toEqual([
			[2, '3 cells, but the header names 2: the cells past column 2 were left out']
		]);
		expect(warningsOf('Seoul\tCapital\nBusan\tPort\tsouth\n')).toEqual([[2, '3 cells, but the first record has 2: the cells past column 2 were left out']]);
	});

	it('warns of a type it does not know', () => {
		expect(warningsOf('question,answer,type\nCapital?,Seoul,essay\n')).toEqual([[2, expect.stringMatching(/^unknown question type "essay"/)]]);
	});
});
