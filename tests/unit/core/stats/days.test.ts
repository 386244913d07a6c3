import { dayDate, dayKey, dayRange, weekday } from '$lib/core/stats/days';
import { local } from './helpers';

describe('study days as numbers', () => {
	it('numbers a study day by the date it began on, after the day-start hour', () => {
		const monday = dayKey(local(2024, 3, 4, 12), 4);
		expect(dayKey(local(2024, 3, 4, 4), 4)).toBe(monday);
		expect(dayKey(local(2024, 3, 5, 3, 59), 4)).toBe(monday);
		expect(dayKey(local(2024, 3, 5, 4), 4)).toBe(monday + 1);
		expect(dayKey(local(2024, 3, 4, 3), 4)).toBe(monday - 1);
		// Midnight as the boundary: 00:30 is the new day.
		expect(dayKey(local(2024, 3, 5, 0, 30), 0)).toBe(monday + 1);
	});

	it('counts days since 1970 by calendar date, so a daylight-saving night is one day like any other', () => {
		expect(dayKey(local(1970, 1, 1, 12), 4)).toBe(0);
		expect(dayKey(local(2024, 3, 31, 12), 4) - dayKey(local(2024, 3, 30, 12), 4)).toBe(1);
		expect(dayKey(local(2024, 10, 27, 12), 4) - dayKey(local(2024, 10, 26, 12), 4)).toBe(1);
		expect(dayKey(local(2025, 1, 1, 12), 4) - dayKey(local(2024, 1, 1, 12), 4)).toBe(366);
	});

	it('names the date and the weekday of a day', () => {
		const key = dayKey(local(2024, 3, 4, 12), 4);
		expect(dayDate(key).toISOString()).toBe('2024-03-04T00:00:00.000Z');
		expect(weekday(key)).toBe(0);
		expect(weekday(key + 6)).toBe(6);
		expect(weekday(0)).toBe(3);
		expect(weekday(-1)).toBe(2);
	});

	it('lists the days of a range, both ends included', () => {
		expect(dayRange(10, 13)).toEqual([10, 11, 12, 13]);
		expect(dayRange(5, 4)).toEqual([]);
	});
});
