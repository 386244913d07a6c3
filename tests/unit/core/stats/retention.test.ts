import { FEW_REVIEWS, retentionBySpan, retentionVerdict, trueRetention } from '$lib/core/stats/retention';
import { bankDays, totalsBetween, totalsByDay } from '$lib/core/stats/totals';
import { CardStateKind, Rating } from '$lib/core/srs/types';
import { day, local, review } from './helpers';

describe('true retention', () => {
	// 10 answers to Review cards (8 recalled), and answers to New and Learning cards, which do not count.
	const log = [
		...Array.from({ length: 8 }, (_, i) => review('a', local(2024, 3, 4, 9, i), i % 2 ? Rating.Good : Rating.Hard)),
		review('a', local(2024, 3, 4, 10), Rating.Again),
		review('a', local(2024, 3, 6, 10), Rating.Again),
		review('a', local(2024, 3, 4, 11), Rating.Again, CardStateKind.Learning),
		review('a', local(2024, 3, 4, 12), Rating.Good, CardStateKind.New)
	];
	const byDay = totalsByDay(bankDays(log, 4));

	it('is the share of answers to Review cards not rated Again', () => {
		expect(trueRetention(totalsBetween(byDay, day(2024, 3, 1), day(2024, 3, 31)))).toEqual({ reviews: 10, passed: 8, rate: 0.8 });
		expect(trueRetention(totalsBetween(byDay, day(2024, 3, 5), day(2024, 3, 31)))).toEqual({ reviews: 1, passed: 0, rate: 0 });
		expect(trueRetention(totalsBetween(byDay, day(2024, 4, 1), day(2024, 4, 30)))).toEqual({ reviews: 0, passed: 0, rate: null });
	});

	it('is measured per span of days, oldest first', () => {
		const series = retentionBySpan(byDay, day(2024, 3, 7), 2, 3);
		expect(series.map((s) => [s.start, s.reviews, s.rate])).toEqual([
			[day(2024, 3, 2), 0, null],
			[day(2024, 3, 4), 9, 8 / 9],
			[day(2024, 3, 6), 1, 0]
		]);
	});

	it('is judged against the desired retention only with enough answers', () => {
		const at = (passed: number, reviews: number) => ({ reviews, passed, rate: reviews ? passed / reviews : null });
		expect(retentionVerdict(at(0, 0), 0.9)).toBe('none');
		expect(retentionVerdict(at(5, FEW_REVIEWS - 1), 0.9)).toBe('few');
		expect(retentionVerdict(at(80, 100), 0.9)).toBe('below');
		expect(retentionVerdict(at(88, 100), 0.9)).toBe('near');
		expect(retentionVerdict(at(93, 100), 0.9)).toBe('near');
		expect(retentionVerdict(at(97, 100), 0.9)).toBe('above');
	});
});
