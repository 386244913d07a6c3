import { emitCsv, parseCsv } from '$lib/core/formats/csv';
import { readRows } from '$lib/core/formats/csv-read';
import { parseGift } from '$lib/core/formats/gift';
import { carried, everyTypeBank, ok } from './helpers';

/** A bank whose every text field starts the way a spreadsheet formula does. */
function formulaBank() {
	const bank = everyTypeBank();
	bank.questions = bank.questions.map((q, i) => ({
		...q,
		prompt: ['=HYPERLINK("http://evil.example","Click")', '+1+1 is ____.', '@SUM(1,2)', '-2 is less than 0.', "-cmd|' /C calc'!A0"][i],
		explanation: '=1+1'
	}));
	bank.questions[1] = { ...bank.questions[1], answer: '-5', accept: ['=5'] };
	bank.questions[2] = { ...bank.questions[2], choices: ['@Busan', 'Pyongyang', 'Kaesong'], answer: 'Pyongyang' };
	return bank;
}

describe('emitCsv and formulas', () => {
	it('writes no cell that a spreadsheet would run as a formula', () => {
		const rows = readRows(emitCsv(formulaBank()), ',');
		expect(rows.ok).toBe(true);
		const cells = rows.rows.flatMap((r) => r.cells);
		expect(cells).toContain(`'=HYPERLINK("http://evil.example","Click")`);
		expect(cells).toContain("'-5");
		expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
	});

	it("reads its own escaped cells back as the text they were: -5 is written as '-5 and read as -5", () => {
		const bank = formulaBank();
		const back = ok(parseCsv(emitCsv(bank), { title: bank.title }));
		expect(back.bank.questions.map(carried)).toEqual(bank.questions.map(carried));
	});
});

describe('emitCsv and the types whose key is more than one answer', () => {
	const gift = [
		'::warm::Warm colours? {~%50%red ~%50%orange ~%-100%blue}',
		'Capital of Australia? {=Canberra ~%50%Sydney ~Perth}',
		'Match them. {=Canada -> Ottawa =Italy -> Rome = -> Paris}',
		'Born? {#=1822:0 =%50%1822:2}',
		'Days in a week? {#7}'
	].join('\n\n');
	const bank = ok(parseGift(gift)).bank;

	it('writes weights, names, pairs and numbers in cells a spreadsheet shows as lines', () => {
		const rows = readRows(emitCsv(bank), ',');
		expect(rows.ok).toBe(true);
		const [header, multi, mcq, matching, numbers, plain] = rows.rows.map((r) => r.cells);
		expect(header).toEqual(['question', 'answer', 'type', 'choices', 'accept', 'explanation', 'tags', 'fact', 'weights', 'question name']);
		expect(multi.slice(0, 4)).toEqual(['Warm colours?', 'red\norange', 'Choose all that apply', 'red\norange\nblue']);
		expect(multi.slice(8)).toEqual(['50\n50\n-100', 'warm']);
		expect(mcq[8]).toBe('100\n50\n0');
		expect(matching.slice(1, 4)).toEqual(['Canada → Ottawa\nItaly → Rome', 'Matching', 'Paris']);
		expect(numbers.slice(1, 5)).toEqual(['1822', 'Number', '', '1822\n1822 ± 2 (50%)']);
		expect(plain.slice(1, 5)).toEqual(['7', 'Number', '', '']);
	});

	it('reads them back equal', () => {
		expect(ok(parseCsv(emitCsv(bank), { title: bank.title })).bank.questions.map(carried)).toEqual(bank.questions.map(carried));
	});

	it('reads a hand-made sheet: right choices share the credit, -> pairs, numbers with ±', () => {
		const csv = [
			'question,answer,type,choices,accept',
			'"Warm?","red\norange",choose all that apply,"red\norange\nblue",',
			'"Match.","a -> 1\nb -> 2",matching,,',
			'"Pi?",3.14,number,,"3.14 ± 0.01"'
		].join('\n');
		const [multi, matching, pi] = ok(parseCsv(csv)).bank.questions;
		expect(multi).toMatchObject({ type: 'multi', weights: [50, 50, 0], answer: 'red\norange' });
		expect(matching).toMatchObject({
			pairs: [
				{ left: 'a', right: '1' },
				{ left: 'b', right: '2' }
			],
			answer: 'a → 1\nb → 2'
		});
		expect(pi).toMatchObject({ numbers: [{ value: 3.14, tolerance: 0.01, credit: 100 }] });
	});

	it('lists a row whose numbers cannot be read as not imported, with its line', () => {
		const r = ok(parseCsv('question,answer,type,accept\nFine?,yes,short,\nPi?,3.14,number,about three\n'));
		expect(r.unsupported).toEqual([{ line: 3, kind: 'numerical', message: expect.stringContaining('value ± tolerance') }]);
	});
});
