/**
 * The page's view of the review log over a period: everything the charts
 * and numbers of the statistics page show, computed from the per-day totals.
 */
import { calendar, reviewsPerDay, streak, type Calendar, type DayCount, type Streak } from './activity';
import { dayRange, type DayKey } from './days';
import { retentionBySpan, trueRetention, type Retention, type SpanRetention } from './retention';
import { totalsBetween, type DayTotals } from './totals';

export type Period = 'month' | 'year';

/** How many days each period covers, today included. */
export const PERIOD_DAYS: Record<Period, number> = { month: 30, year: 365 };
/** The heat map always shows a year of whole weeks. */
export const CALENDAR_WEEKS = 53;

export interface ActivitySummary {
	period: Period;
	from: DayKey;
	to: DayKey;
	/** Answers on each day of the period. */
	reviews: DayCount[];
	/** Minutes spent on each day of the period. */
	minutes: DayCount[];
	/** Sums over the period. */
	totals: DayTotals;
	/** Days of the period with at least one answer. */
	studyDays: number;
	retention: Retention;
	/** True retention per day over a month, per week over a year. */
	retentionSeries: SpanRetention[];
	/** The length of each span of retentionSeries, days. */
	retentionSpan: number;
	streak: Streak;
	calendar: Calendar;
}

/** The summary of `period` ending `today`, from the totals of each day. */
export function activitySummary(byDay: ReadonlyMap<DayKey, DayTotals>, today: DayKey, period: Period): ActivitySummary {
	const from = today - PERIOD_DAYS[period] + 1;
	const totals = totalsBetween(byDay, from, today);
	const span = period === 'month' ? 1 : 7;
	return {
		period,
		from,
		to: today,
		reviews: reviewsPerDay(byDay, from, today),
		minutes: dayRange(from, today).map((day) => ({ day, count: (byDay.get(day)?.ms ?? 0) / 60_000 })),
		totals,
		studyDays: dayRange(from, today).filter((day) => (byDay.get(day)?.reviews ?? 0) > 0).length,
		retention: trueRetention(totals),
		retentionSeries: retentionBySpan(byDay, today, span, Math.floor(PERIOD_DAYS[period] / span)),
		retentionSpan: span,
		streak: streak(byDay, today),
		calendar: calendar(byDay, today, CALENDAR_WEEKS)
	};
}
