import { analyze } from '$lib/core/generate/extract/index';
import { formatAmount, parseAmount } from '$lib/core/generate/extract/numbers';

const numbers = (text: string) =>
	analyze(text)
		.mentions.filter((m) => m.kind === 'number' || m.kind === 'ordinal')
		.map((m) => [m.kind, m.text, m.form]);

describe('numbers', () => {
	it('finds money, percentages and measures with their unit in the span', () => {
		expect(numbers('The mission cost about 6.15 billion rupees, roughly $75 million, and the baht fell by 20 percent over 600 kilometres.')).toEqual([
			['number', '6.15 billion rupees', '|billion rupees'],
			['number', '$75 million', '$|million'],
			['number', '20 percent', '|percent'],
			['number', '600 kilometres', '|kilometres']
		]);
	});

	it('keeps the thing a number counts in its form, but out of its span', () => {
		expect(numbers('The first voyage carried 27,800 men on 62 large treasure ships.')).toEqual([
			['number', '27,800', '|·men'],
			['number', '62', '|·ships']
		]);
	});

	it('reads spelled-out numbers that count something, and ordinals other than "first"', () => {
		expect(numbers('Four years of doctrine made India the fourth country, and the first one.')).toEqual([
			['number', 'Four', 'words|·years'],
			['ordinal', 'fourth', 'ord-word']
		]);
	});

	it('reads betting odds as one amount, and counts a plural after a noun used as a modifier', () => {
		expect(numbers('Bookmakers offered odds of 5,000-1, and the side lost only three league games.')).toEqual([
			['number', '5,000-1', '|-1'],
			['number', 'three', 'words|·games']
		]);
	});

	it('reads a measure in two units as one amount', () => {
		expect(numbers('A lunar day lasts about 24 hours and 50 minutes, and the flight took three hours and ten minutes.')).toEqual([
			['number', '24 hours and 50 minutes', 'compound|hours+minutes'],
			['number', 'three hours and ten minutes', 'compound|hours+minutes']
		]);
		expect(numbers('He won the marathon in 2 hours 15 minutes 16.2 seconds.')).toEqual([
			['number', '2 hours 15 minutes 16.2 seconds', 'compound|hours+minutes+seconds']
		]);
	});

	it('reads "from 10 to 12 percent" as a change to its end, and "at 10 to 12 percent" as a range', () => {
		expect(numbers('The government raised the base rate from 10 to 12 percent.')).toEqual([['number', '12 percent', '|percent']]);
		expect(numbers('The base rate stood at 10 to 12 percent that year.')).toEqual([['number', '10 to 12 percent', '|to 12 percent']]);
	});

	it('leaves names with digits and clock times alone', () => {
		expect(numbers('COVID-19 and Luna-25 arrived at 6:04 p.m. with LVM3.')).toEqual([]);
	});

	it('writes another number the way the answer is written', () => {
		const shape = parseAmount('$1,750 million');
		expect(shape).toBeDefined();
		expect(formatAmount(shape!, 3500)).toBe('$3,500 million');
		expect(formatAmount(parseAmount('6.15 billion rupees')!, 12.3)).toBe('12.30 billion rupees');
	});

	it('keeps a speed whole: "178 km/h", "111 mph", "343 m/s"', () => {
		expect(numbers('Winds of at least 178 km/h (111 mph) make a major hurricane, and sound travels at 343 m/s.').map((n) => n[1])).toEqual([
			'178 km/h',
			'111 mph',
			'343 m/s'
		]);
		expect(numbers('Sustained winds above 119 kilometres per hour make a hurricane.').map((n) => n[1])).toEqual(['119 kilometres per hour']);
	});
});
