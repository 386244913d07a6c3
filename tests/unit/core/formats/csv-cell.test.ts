import fc from 'fast-check';
import { csvText, defuseFormula, restoreFormula } from '$lib/core/formats/csv-cell';

describe('csv cells', () => {
	it.each([
		['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
		['+1', "'+1"],
		['-5', "'-5"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r=1"],
		["'=1", "''=1"],
		['Seoul', 'Seoul'],
		["'quoted'", "'quoted'"],
		['a-b', 'a-b'],
		['', '']
	])('defuses %j as %j', (text, defused) => {
		expect(defuseFormula(text)).toBe(defused);
		expect(restoreFormula(defused)).toBe(text);
	});

	it('quotes a defused cell when it needs quoting, and never lets a formula start the cell', () => {
		expect(csvText('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
		expect(csvText('-5')).toBe("'-5");
		expect(csvText(' -5')).toBe('" -5"');
		expect(csvText('#5')).toBe('"#5"');
	});

	it('gives back any text after defusing, however many apostrophes and formula signs it starts with', () => {
		const start = fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', '"');
		const text = fc.tuple(fc.array(start, { maxLength: 6 }), fc.string()).map(([head, tail]) => head.join('') + tail);
		fc.assert(
			fc.property(text, (t) => {
				const cell = defuseFormula(t);
				expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
				expect(restoreFormula(cell)).toBe(t);
			})
		);
	});
});
