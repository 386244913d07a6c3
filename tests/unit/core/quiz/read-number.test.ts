import { readNumber, showNumber } from '$lib/core/quiz/read-number';

describe('readNumber', () => {
	it.each([
		['42', 42],
		['-2', -2],
		['−2', -2],
		['+7', 7],
		['3.14', 3.14],
		['.5', 0.5],
		['1e3', 1000],
		['2.5E-2', 0.025],
		['1,822', 1822],
		['1,234,567.5', 1234567.5],
		['1 822', 1822],
		['1\u202f234,5', 1234.5],
		['1.234,5', 1234.5],
		['  12  ', 12]
	])('reads %s as %s', (text, value) => {
		expect(readNumber(text)?.value).toBe(value);
	});
	it.each([['3,14'], ['0,500'], ['12,5']])('reads %s with a decimal comma, and says so', (text) => {
		const read = readNumber(text);
		expect(read?.value).toBe(Number(text.replace(',', '.')));
		expect(read?.note).toBe(`"${text}" read as ${read?.value}`);
	});
	it.each([[''], ['abc'], ['1,2,3'], ['12 apples'], ['1..2'], ['1e999'], ['1'.repeat(200)], ['Infinity'], ['0x10']])('refuses %s', (text) => {
		expect(readNumber(text)).toBeUndefined();
	});
	it('shows numbers without floating-point dust', () => {
		expect(showNumber(0.1 + 0.2)).toBe('0.3');
	});
});
