/** The optimizer's reads and records: every review's card, rating and moment, page by page, and the last run. */
import type { LastOptimization } from '$lib/core/srs/optimize/offer';
import { answerCard } from '$lib/core/srs/scheduler';
import type { Rating } from '$lib/core/srs/types';
import { saveAnswer } from '$lib/storage/answers';
import { saveBank } from '$lib/storage/banks';
import { lastOptimization, optimizeReviews, recordOptimization, reviewCount } from '$lib/storage/optimize-reviews';
import { bankOfFacts, closeAll, freshDb } from './helpers';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const T0 = new Date('2024-03-05T10:00:00Z');
const OPTS = { retention: 0.9, fuzz: false };

describe('optimizeReviews', () => {
	it('reads every review, in the order saved, across pages', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 3), T0, {}, d);
		const expected: { cardId: string; rating: Rating; reviewedAt: Date }[] = [];
		for (let i = 0; i < 7; i++) {
			const cardId = `a\u0000f${i % 3}`;
			const rating = ((i % 4) + 1) as Rating;
			const at = new Date(T0.getTime() + i * 86_400_000);
			const { card, log } = answerCard((await getCard(cardId, d))!, rating, at, OPTS, `q${i % 3}`, 1000);
			await saveAnswer(card, log, d);
			expected.push({ cardId, rating, reviewedAt: at });
		}
		// Pages of 3: two full ones and a last one of 1; and a page size that divides the log exactly.
		expect(await optimizeReviews(d, 3)).toEqual(expected);
		expect(await optimizeReviews(d, 7)).toEqual(expected);
		expect(await reviewCount(d)).toBe(7);
	});

	it('reads nothing from an empty log', async () => {
		expect(await optimizeReviews(freshDb())).toEqual([]);
	});
});

describe('the last run', () => {
	it('is kept, Dates and all, and replaced by the next', async () => {
		const d = freshDb();
		expect(await lastOptimization(d)).toBeUndefined();
		const score = { logLoss: 0.44, rmseBins: 0.06, reviews: 4000 };
		const first: LastOptimization = { at: T0, reviews: 500, current: score, fitted: { ...score, logLoss: 0.43 }, kept: true };
		await recordOptimization(first, d);
		expect(await lastOptimization(d)).toEqual(first);
		const second = { ...first, at: new Date(T0.getTime() + 31 * 86_400_000), kept: false };
		await recordOptimization(second, d);
		expect(await lastOptimization(d)).toEqual(second);
	});
});
