import { csvCell, toCsv } from '$lib/core/share/csv';

describe('csvCell', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\r', '"cr\r"'],
		['', '']
	])('quotes %j as RFC 4180 asks', (input, output) => {
		expect(csvCell(input)).toBe(output);
	});

	it.each([
		['=SUM(A1:A9)', "'=SUM(A1:A9)"],
		['+1', "'+1"],
		['-2+3', "'-2+3"],
		['@cmd', "'@cmd"],
		['\t=1', "'\t=1"],
		['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`]
	])('defuses a formula in %j', (input, output) => {
		expect(csvCell(input)).toBe(output);
	});

	it('writes numbers as numbers and nothing for null', () => {
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(0.5)).toBe('0.5');
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
	});
});

describe('toCsv', () => {
	it('ends every line with CRLF', () => {
		expect(toCsv([['a', 1], [], ['b,c']])).toBe('a,1\r\n\r\n"b,c"\r\n');
	});
});
