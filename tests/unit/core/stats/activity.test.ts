import { calendar, reviewsPerDay, streak } from '$lib/core/stats/activity';
import { weekday } from '$lib/core/stats/days';
import { emptyTotals, type DayTotals } from '$lib/core/stats/totals';

/** Totals by day from day -> answers. */
const log = (counts: Record<number, number>) =>
	new Map<number, DayTotals>(Object.entries(counts).map(([d, n]) => [Number(d), { ...emptyTotals(), reviews: n }]));

describe('answers per day', () => {
	it('lists every day of the range, days without answers as 0', () => {
		expect(reviewsPerDay(log({ 10: 3, 12: 5, 20: 1 }), 9, 12)).toEqual([
			{ day: 9, count: 0 },
			{ day: 10, count: 3 },
			{ day: 11, count: 0 },
			{ day: 12, count: 5 }
		]);
	});
});

describe('streak', () => {
	it('counts study days in a row up to today', () => {
		expect(streak(log({ 97: 1, 98: 4, 99: 2, 100: 1 }), 100)).toEqual({ current: 4, longest: 4, studyDays: 4 });
	});

	it('is not broken by today before its first answer, but is by a day missed', () => {
		expect(streak(log({ 98: 1, 99: 1 }), 100).current).toBe(2);
		expect(streak(log({ 97: 1, 98: 1 }), 100).current).toBe(0);
	});

	it('keeps the longest run ever beside the current one; a day with no answer is not a study day', () => {
		const s = streak(log({ 50: 1, 51: 1, 52: 1, 53: 1, 54: 1, 60: 1, 99: 0, 100: 2 }), 100);
		expect(s).toEqual({ current: 1, longest: 5, studyDays: 7 });
		expect(streak(new Map(), 100)).toEqual({ current: 0, longest: 0, studyDays: 0 });
	});
});

describe('calendar heat map', () => {
	// Day 100 is a Saturday (weekday 5): its week runs from day 95 (Monday) to 101.
	const today = 100;

	it('lays out whole weeks from Monday, ending with the week of today, leaving the days after today empty', () => {
		expect(weekday(today)).toBe(5);
		const { weeks } = calendar(log({ 95: 1, 100: 2 }), today, 3);
		expect(weeks).toHaveLength(3);
		expect(weeks[0][0]?.day).toBe(81);
		expect(weeks[2].map((c) => c?.day ?? null)).toEqual([95, 96, 97, 98, 99, 100, null]);
		expect(weeks[2][0]).toEqual({ day: 95, count: 1, level: 3 });
	});

	it('shades days by the quarter of the busiest day they reach, idle days as 0', () => {
		const { weeks, max } = calendar(log({ 90: 1, 91: 24, 92: 25, 93: 49, 94: 50, 95: 74, 96: 75, 97: 99 }), today, 2);
		expect(max).toBe(99);
		const levels = Object.fromEntries(weeks.flat().map((c) => [c?.day, c?.level]));
		expect([90, 91, 92, 93, 94, 95, 96, 97, 98].map((d) => levels[d])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 0]);
		// Every day as busy as the busiest is shaded fully.
		expect(
			calendar(log({ 99: 7, 100: 7 }), today, 1)
				.weeks[0].slice(4, 6)
				.map((c) => c?.level)
		).toEqual([4, 4]);
	});
});
