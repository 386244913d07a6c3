import { formatInterval } from '$lib/core/srs/interval';
import { T0, at, days, minutes } from './helpers';

const label = (ms: number) => formatInterval(T0, at(T0, ms));

describe('formatInterval', () => {
	it('shows minutes below an hour, never less than one', () => {
		expect(label(0)).toBe('1m');
		expect(label(20_000)).toBe('1m');
		expect(label(minutes(1))).toBe('1m');
		expect(label(minutes(6))).toBe('6m');
		expect(label(minutes(10))).toBe('10m');
		expect(label(minutes(59))).toBe('59m');
	});

	it('rounds into the next unit instead of showing 60m or 24h', () => {
		expect(label(minutes(59.7))).toBe('1h');
		expect(label(minutes(60 * 23.6))).toBe('1d');
	});

	it('shows hours below a day', () => {
		expect(label(minutes(60))).toBe('1h');
		expect(label(minutes(5 * 60 + 10))).toBe('5h');
		expect(label(minutes(23 * 60))).toBe('23h');
	});

	it('shows days below a month', () => {
		expect(label(days(1))).toBe('1d');
		expect(label(days(4))).toBe('4d');
		expect(label(days(29))).toBe('29d');
	});

	it('shows months with one decimal, dropping ".0"', () => {
		expect(label(days(30))).toBe('1mo');
		expect(label(days(45))).toBe('1.5mo');
		expect(label(days(91))).toBe('3mo');
		expect(label(days(300))).toBe('9.9mo');
	});

	it('shows years with one decimal from twelve months on', () => {
		expect(label(days(360))).toBe('11.8mo');
		expect(label(days(364))).toBe('1y');
		expect(label(days(365))).toBe('1y');
		expect(label(days(548))).toBe('1.5y');
		expect(label(days(3650))).toBe('10y');
	});

	it('treats a target in the past as the shortest interval', () => {
		expect(label(-minutes(5))).toBe('1m');
	});
});
