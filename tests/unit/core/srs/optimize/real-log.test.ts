/**
 * On a real learner's log (tests/fixtures/revlog, 12,580 reviews), with the
 * reference optimizer doing the fitting:
 *
 * - our scorer, given the reference's parameters on the reference's own five
 *   time-series folds, gives the reference's figures (log loss 0.439,
 *   RMSE(bins) 0.067): the items, the split and both scores are built as
 *   fsrs-rs builds them;
 * - on the folds the app uses (the same cleaning, but strictly in time
 *   order), the fitted parameters predict the later reviews better than
 *   FSRS's defaults, so a run on this log keeps them.
 */
import { trainingItems, utcDay } from '$lib/core/srs/optimize/items';
import { scoreParams } from '$lib/core/srs/optimize/predict';
import { referenceOrder } from '$lib/core/srs/optimize/prepare';
import { runOptimizer, scoreFolds } from '$lib/core/srs/optimize/run';
import { timeSeriesSplits } from '$lib/core/srs/optimize/split';
import { readRevlog } from '../../../../fixtures/revlog/revlog';
import { binding, referenceFit, toBinding } from '../../../../fixtures/revlog/reference';

const items = trainingItems(readRevlog(), utcDay);
const show = (label: string, s: { logLoss: number; rmseBins: number; reviews?: number }) =>
	console.log(`${label}: log loss ${s.logLoss.toFixed(4)}, RMSE(bins) ${s.rmseBins.toFixed(4)}${s.reviews ? ` on ${s.reviews} reviews` : ''}`);

describe('the real log, against the reference optimizer', () => {
	it('makes the items the reference makes: its own evaluation of them gives its published figures', async () => {
		expect(items).toHaveLength(6032);
		const reference = await binding.evaluateWithTimeSeriesSplits(toBinding(items), { enableShortTerm: true });
		show('reference, its own evaluation', reference);
		expect(reference.logLoss).toBeCloseTo(0.439, 3);
		expect(reference.rmseBins).toBeCloseTo(0.067, 3);
	});

	it('scores the reference parameters on the reference folds as the reference does, and the defaults worse', async () => {
		const folds = timeSeriesSplits(referenceOrder(items), 5);
		const params = await Promise.all(folds.map((fold) => referenceFit(fold.train, () => {})));
		const fitted = scoreFolds(folds, params);
		const defaults = scoreFolds(
			folds,
			folds.map(() => null)
		);
		show('reference folds, reference parameters, our scorer', fitted);
		show('reference folds, FSRS defaults, our scorer', defaults);
		expect(Math.abs(fitted.logLoss - 0.439)).toBeLessThan(0.001);
		expect(Math.abs(fitted.rmseBins - 0.067)).toBeLessThan(0.001);
		expect(fitted.logLoss).toBeLessThan(defaults.logLoss);
		expect(fitted.rmseBins).toBeLessThan(defaults.rmseBins);
	});

	it('keeps the fitted parameters on the app’s time-ordered folds, where they beat the defaults', async () => {
		const progress: number[] = [];
		const result = await runOptimizer({ items, current: null, fit: referenceFit, onProgress: (f) => progress.push(f) });
		show('app folds, reference parameters', result.fitted);
		show('app folds, FSRS defaults', result.current);
		expect(result.fitted.reviews).toBe(result.current.reviews);
		expect(result.fitted.logLoss).toBeLessThan(result.current.logLoss);
		expect(result.fitted.rmseBins).toBeLessThan(result.current.rmseBins);
		expect(result.keep).toBe(true);
		expect(progress.at(-1)).toBe(1);
		// Parameters fitted on everything predict everything better than the defaults (in-sample, a sanity check).
		expect(scoreParams(result.params, items).logLoss).toBeLessThan(scoreParams(null, items).logLoss);
	});
});
