/** The optimizer is offered from 400 reviews on, then again a month after each run. */
import { MIN_REVIEWS, optimizerOffer, type LastOptimization } from '$lib/core/srs/optimize/offer';

const NOW = new Date('2024-06-01T12:00:00Z');
const score = { logLoss: 0.4, rmseBins: 0.05, reviews: 100 };
const ranOn = (iso: string): LastOptimization => ({ at: new Date(iso), reviews: 500, current: score, fitted: score, kept: true });

describe('optimizerOffer', () => {
	it('waits for enough reviews', () => {
		expect(optimizerOffer(MIN_REVIEWS - 1, undefined, NOW)).toEqual({ offered: false, reason: 'few-reviews' });
		expect(optimizerOffer(MIN_REVIEWS, undefined, NOW)).toEqual({ offered: true, reason: 'first' });
	});

	it('offers again 30 days after the last run, and says when', () => {
		expect(optimizerOffer(900, ranOn('2024-05-10T12:00:00Z'), NOW)).toEqual({ offered: false, reason: 'recent', nextAt: new Date('2024-06-09T12:00:00Z') });
		expect(optimizerOffer(900, ranOn('2024-05-02T12:00:00Z'), NOW)).toEqual({ offered: true, reason: 'monthly' });
	});
});
