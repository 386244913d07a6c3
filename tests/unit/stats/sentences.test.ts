import { activitySummary } from '$lib/core/stats/summary';
import { bankDays, totalsByDay } from '$lib/core/stats/totals';
import { CardStateKind } from '$lib/core/srs/types';
import { percent } from '$lib/stats/format';
import { forecastSentence, retentionSentence, reviewsSentence, streakSentence, timeSentence } from '$lib/stats/sentences';
import { day, local, review } from '../core/stats/helpers';

describe('what the charts say in words', () => {
	const today = day(2024, 3, 31);
	// 40 answers to Review cards over two days, 36 recalled, 2 minutes each, and an introduction.
	const log = [
		...Array.from({ length: 40 }, (_, i) => review('a', local(2024, 3, 30 + (i % 2), 9, i), i < 4 ? 1 : 3, CardStateKind.Review, 120_000)),
		review('a', local(2024, 3, 31, 10), 3, CardStateKind.New, 60_000)
	];
	const a = activitySummary(totalsByDay(bankDays(log, 4)), today, 'month');

	it('sum up the answers, the streak and the time', () => {
		expect(reviewsSentence(a)).toMatch(
			/^41 answers in the last 30 days, on 2 days: 21 a study day\. 1 new card introduced; 9\.8% of answers were Again\. Busiest day: /
		);
		expect(streakSentence(a.streak, 2)).toBe('You have studied 2 days in a row (longest: 2 days). Studied on 2 of the last 365 days.');
		expect(streakSentence({ current: 0, longest: 3, studyDays: 3 }, 3)).toMatch(/^No streak running: study today to start one \(longest: 3 days\)/);
		expect(timeSentence(a)).toBe('1 h 21 min in the last 30 days: 41 min a study day, 119 s an answer.');
	});

	it('compare true retention with the desired one', () => {
		expect(retentionSentence(a, 0.9)).toBe(
			'True retention is 90%: 36 of 40 answers to cards in Review state were not Again, close to your desired retention of 90%.'
		);
		expect(retentionSentence(a, 0.97)).toMatch(/below your desired retention of 97%/);
		expect(retentionSentence(a, 0.8)).toMatch(/above your desired retention of 80%/);
		const quiet = activitySummary(new Map(), today, 'year');
		expect(retentionSentence(quiet, 0.9)).toMatch(/^No card in Review state was answered in the last 12 months/);
		expect(reviewsSentence(quiet)).toBe('No answers in the last 12 months.');
	});

	it('sum up the forecast', () => {
		expect(
			forecastSentence([
				{ day: today, count: 5 },
				{ day: today + 1, count: 2 },
				{ day: today + 2, count: 9 }
			])
		).toMatch(/^16 cards due in the next 3 days: 5 today \(overdue ones included\), 2 tomorrow\. Busiest day: .*, 9 cards\.$/);
		expect(forecastSentence([{ day: today, count: 0 }])).toBe('No card falls due in the next 1 days.');
	});

	it('write shares to one decimal, none when whole', () => {
		expect([percent(0.9), percent(0.8854), percent(0), percent(1)]).toEqual(['90%', '88.5%', '0%', '100%']);
	});
});
