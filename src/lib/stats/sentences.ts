/**
 * What each chart shows, in a sentence or two: the text screen readers get
 * in place of the canvas, and the summary every reader sees above it.
 */
import type { DayCount, Streak } from '$lib/core/stats/activity';
import { retentionVerdict } from '$lib/core/stats/retention';
import type { ActivitySummary, Period } from '$lib/core/stats/summary';
import { formatTimeSpent } from '$lib/ui/duration';
import { dayLabel, percent } from './format';

const count = (n: number, one: string, many = `${one}s`) => `${Math.round(n).toLocaleString()} ${Math.round(n) === 1 ? one : many}`;

/** "the last 30 days" / "the last 12 months". */
export const periodWords = (period: Period) => (period === 'month' ? 'the last 30 days' : 'the last 12 months');

/** The busiest day of a series, or null when all are 0. */
function busiest(days: readonly DayCount[]): DayCount | null {
	return days.reduce<DayCount | null>((top, d) => (d.count > (top?.count ?? 0) ? d : top), null);
}

/** Answers over the period. */
export function reviewsSentence(a: ActivitySummary): string {
	const { reviews, fresh, again } = a.totals;
	if (reviews === 0) return `No answers in ${periodWords(a.period)}.`;
	const top = busiest(a.reviews)!;
	return (
		`${count(reviews, 'answer')} in ${periodWords(a.period)}, on ${count(a.studyDays, 'day')}: ${Math.round(reviews / a.studyDays).toLocaleString()} a study day. ` +
		`${count(fresh, 'new card')} introduced; ${percent(again / reviews)} of answers were Again. Busiest day: ${dayLabel(top.day)}, ${count(top.count, 'answer')}.`
	);
}

/** The streak, and how regular the year was. */
export function streakSentence(streak: Streak, yearStudyDays: number): string {
	const current = streak.current > 0 ? `You have studied ${count(streak.current, 'day')} in a row` : 'No streak running: study today to start one';
	return `${current} (longest: ${count(streak.longest, 'day')}). Studied on ${yearStudyDays.toLocaleString()} of the last 365 days.`;
}

/** The due forecast. */
export function forecastSentence(forecast: readonly DayCount[]): string {
	const total = forecast.reduce((sum, d) => sum + d.count, 0);
	if (total === 0) return `No card falls due in the next ${forecast.length} days.`;
	const top = busiest(forecast)!;
	return (
		`${count(total, 'card')} due in the next ${forecast.length} days: ${forecast[0].count.toLocaleString()} today (overdue ones included), ` +
		`${(forecast[1]?.count ?? 0).toLocaleString()} tomorrow. Busiest day: ${dayLabel(top.day)}, ${count(top.count, 'card')}.`
	);
}

/** True retention against the desired one, and what it means. */
export function retentionSentence(a: ActivitySummary, desired: number): string {
	const { rate, reviews, passed } = a.retention;
	const want = `your desired retention of ${percent(desired)}`;
	const measured = `${percent(rate ?? 0)}: ${passed.toLocaleString()} of ${count(reviews, 'answer')} to cards in Review state were not Again`;
	switch (retentionVerdict(a.retention, desired)) {
		case 'none':
			return `No card in Review state was answered in ${periodWords(a.period)}: true retention shows once learned cards come due.`;
		case 'few':
			return `True retention is ${measured}, too few to compare with ${want}.`;
		case 'below':
			return `True retention is ${measured}, below ${want}: you forget more than the scheduler planned for.`;
		case 'above':
			return `True retention is ${measured}, above ${want}: you remember more than planned, and could lower it to review less.`;
		default:
			return `True retention is ${measured}, close to ${want}.`;
	}
}

/** Time spent over the period. */
export function timeSentence(a: ActivitySummary): string {
	const { ms, reviews } = a.totals;
	if (reviews === 0) return `No time spent in ${periodWords(a.period)}.`;
	return `${formatTimeSpent(ms)} in ${periodWords(a.period)}: ${formatTimeSpent(ms / a.studyDays)} a study day, ${Math.round(ms / reviews / 1000)} s an answer.`;
}
