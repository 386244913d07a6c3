import { activitySummary, CALENDAR_WEEKS } from '$lib/core/stats/summary';
import { bankDays, totalsByDay } from '$lib/core/stats/totals';
import { CardStateKind, Rating } from '$lib/core/srs/types';
import { day, local, review } from './helpers';

describe('activity summary', () => {
	// Today is 31 March 2024; the log has answers today, yesterday, 20 days ago and 100 days ago.
	const today = day(2024, 3, 31);
	const log = [
		review('a', local(2024, 3, 31, 9), Rating.Good, CardStateKind.Review, 60_000),
		review('a', local(2024, 3, 30, 9), Rating.Again, CardStateKind.Review, 30_000),
		review('b', local(2024, 3, 30, 10), Rating.Good, CardStateKind.New, 30_000),
		review('a', local(2024, 3, 11, 9), Rating.Good, CardStateKind.Review, 120_000),
		review('a', local(2023, 12, 22, 9), Rating.Good, CardStateKind.Review, 600_000)
	];
	const byDay = totalsByDay(bankDays(log, 4));

	it('sums the last 30 days, day by day, with the streak and a year of calendar', () => {
		const month = activitySummary(byDay, today, 'month');
		expect([month.from, month.to]).toEqual([today - 29, today]);
		expect(month.reviews).toHaveLength(30);
		expect(month.reviews.filter((d) => d.count > 0).map((d) => [d.day, d.count])).toEqual([
			[day(2024, 3, 11), 1],
			[day(2024, 3, 30), 2],
			[today, 1]
		]);
		expect(month.minutes.at(-1)).toEqual({ day: today, count: 1 });
		expect(month.totals).toEqual({ reviews: 4, fresh: 1, again: 1, inReview: 3, passed: 2, ms: 240_000 });
		expect(month.studyDays).toBe(3);
		expect(month.retention).toEqual({ reviews: 3, passed: 2, rate: 2 / 3 });
		expect([month.retentionSpan, month.retentionSeries.length]).toEqual([1, 30]);
		expect(month.streak).toEqual({ current: 2, longest: 2, studyDays: 4 });
		expect(month.calendar.weeks).toHaveLength(CALENDAR_WEEKS);
	});

	it('over a year takes in older days, with retention per week', () => {
		const year = activitySummary(byDay, today, 'year');
		expect(year.reviews).toHaveLength(365);
		expect(year.totals.reviews).toBe(5);
		expect(year.retention.reviews).toBe(4);
		expect([year.retentionSpan, year.retentionSeries.length]).toEqual([7, 52]);
		expect(year.retentionSeries.at(-1)).toMatchObject({ start: today - 6, reviews: 2, passed: 1 });
	});
});
