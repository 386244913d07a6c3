/**
 * A run's bookkeeping, with a stand-in for the optimizer: what it is asked to
 * fit, the progress it reports, and the rule that keeps new parameters only
 * when they predicted the later reviews better.
 */
import type { TrainingItem } from '$lib/core/srs/optimize/items';
import { NotEnoughReviewsError, runOptimizer, type FitParams } from '$lib/core/srs/optimize/run';
import { item } from './helpers';

const DEFAULTS = [
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
	0.1542
];
/** Initial stabilities of weeks: predicts near-certain recall, wrong for a learner who forgets half. */
const OVERCONFIDENT = [30, 40, 50, 60, ...DEFAULTS.slice(4)];

/** 60 cards, each first seen on its own day and then reviewed after 1, 3 and 7 days, every other one forgotten. */
function log(): TrainingItem[] {
	const items: TrainingItem[] = [];
	for (let card = 0; card < 60; card++) {
		let steps = '3@0';
		[1, 3, 7].forEach((days, i) => {
			steps += ` ${(card + i) % 2 ? 1 : 3}@${days}`;
			items.push(item(steps, card * 100 + i));
		});
	}
	return items.sort((a, b) => a.at - b.at);
}

describe('runOptimizer', () => {
	it('fits each fold’s past, then everything, and reports progress up to 1', async () => {
		const sizes: number[] = [];
		const progress: number[] = [];
		const fit: FitParams = async (items, onProgress) => {
			sizes.push(items.length);
			onProgress(0.5);
			return [...DEFAULTS];
		};
		const items = log();
		const result = await runOptimizer({ items, current: null, fit, folds: 3, onProgress: (f) => progress.push(f) });
		expect(sizes).toEqual([45, 90, 135, items.length]);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
		expect(progress.at(-1)).toBe(1);
		expect(result.folds).toBe(3);
		// Scored on the three later segments: 45 + 45 + 45 items.
		expect(result.current.reviews).toBe(135);
	});

	it('keeps nothing that only ties the current parameters', async () => {
		const result = await runOptimizer({ items: log(), current: null, fit: async () => [...DEFAULTS] });
		expect(result.fitted).toEqual(result.current);
		expect(result.keep).toBe(false);
	});

	it('keeps parameters that predict the later reviews better, and not the other way round', async () => {
		const better = await runOptimizer({ items: log(), current: OVERCONFIDENT, fit: async () => [...DEFAULTS] });
		expect(better.fitted.logLoss).toBeLessThan(better.current.logLoss);
		expect(better.keep).toBe(true);
		expect(better.params).toEqual(DEFAULTS);
		const worse = await runOptimizer({ items: log(), current: null, fit: async () => [...OVERCONFIDENT] });
		expect(worse.keep).toBe(false);
	});

	it('refuses too few reviews, and an optimizer answer that is not 21 numbers', async () => {
		await expect(runOptimizer({ items: log().slice(0, 4), current: null, fit: async () => [...DEFAULTS] })).rejects.toBeInstanceOf(NotEnoughReviewsError);
		await expect(runOptimizer({ items: log(), current: null, fit: async () => [1, 2, 3] })).rejects.toThrow(/21/);
		await expect(runOptimizer({ items: log(), current: null, fit: async () => DEFAULTS.map(() => NaN) })).rejects.toThrow(/21/);
	});
});
