import { emitCsv, parseCsv } from '$lib/core/formats/csv';
import { readRows } from '$lib/core/formats/csv-read';
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
