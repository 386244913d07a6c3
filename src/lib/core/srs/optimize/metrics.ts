/**
 * How well predicted recall matches what happened, the two ways the FSRS
 * benchmark (open-spaced-repetition/srs-benchmark) reports it:
 *
 * - log loss: the mean of −ln p for a review recalled (rated Hard, Good or
 *   Easy) and −ln(1 − p) for one forgotten (Again);
 * - RMSE(bins): reviews are put in bins, the root of the mean over bins of
 *   (mean prediction − share recalled)², each bin weighted by its reviews.
 *   The bins are the benchmark's (`rmse_matrix` in its utils.py) and
 *   fsrs-rs's (`FSRSItem::r_matrix_index`): the days since the previous
 *   review, rounded down on a scale of 2.48·3.62ⁿ; the count of long-term
 *   reviews before this one plus one (the benchmark's `i`), on 1.99·1.89ⁿ;
 *   and the lapses (Again after at least a day) before it, 0 or on 1.65·1.73ⁿ.
 */
import { longTermReviews, target, type TrainingItem } from './items';

/** One review's prediction next to its outcome. */
export interface Prediction {
	item: TrainingItem;
	/** Predicted probability of recall. */
	p: number;
}

/** A set of parameters' score on some reviews: lower is better for both. */
export interface Score {
	logLoss: number;
	rmseBins: number;
	/** The reviews scored. */
	reviews: number;
}

/** `base`·`ratio`^⌊log_ratio(x)⌋: x rounded down on a geometric scale; 0 stays 0. */
function geometricBin(x: number, base: number, ratio: number): number {
	return x <= 0 ? 0 : base * Math.pow(ratio, Math.floor(Math.log(x) / Math.log(ratio)));
}

/** The RMSE(bins) bin of an item, as fsrs-rs keys it. */
export function binOf(item: TrainingItem): string {
	const days = Math.round(geometricBin(target(item).deltaT, 2.48, 3.62) * 100);
	const length = Math.round(geometricBin(longTermReviews(item) + 1, 1.99, 1.89));
	let lapses = 0;
	for (let i = 0; i < item.reviews.length - 1; i++) if (item.reviews[i].rating === 1 && item.reviews[i].deltaT > 0) lapses++;
	return `${days}|${length}|${Math.round(geometricBin(lapses, 1.65, 1.73))}`;
}

/** 1 when the review was recalled (anything but Again), 0 when forgotten. */
export const recalled = (item: TrainingItem): number => (target(item).rating > 1 ? 1 : 0);

// A prediction of exactly 0 or 1 that turns out wrong would make the log loss infinite.
const EPSILON = 1e-9;

/** Log loss and RMSE(bins) of the predictions. */
export function scorePredictions(predictions: readonly Prediction[]): Score {
	let loss = 0;
	const bins = new Map<string, { p: number; y: number; n: number }>();
	for (const { item, p } of predictions) {
		const y = recalled(item);
		const q = Math.min(1 - EPSILON, Math.max(EPSILON, p));
		loss -= y * Math.log(q) + (1 - y) * Math.log(1 - q);
		const key = binOf(item);
		const bin = bins.get(key) ?? { p: 0, y: 0, n: 0 };
		bin.p += p;
		bin.y += y;
		bin.n += 1;
		bins.set(key, bin);
	}
	let squares = 0;
	for (const bin of bins.values()) squares += ((bin.p - bin.y) / bin.n) ** 2 * bin.n;
	const n = predictions.length;
	return { logLoss: n ? loss / n : NaN, rmseBins: n ? Math.sqrt(squares / n) : NaN, reviews: n };
}
