/**
 * Time-series splits, as fsrs-rs makes them for its evaluation: the items
 * (in time order) are cut into k + 1 equal segments; fold i fits on
 * segments 0..i and is scored on segment i + 1 (the last fold also takes the
 * remainder). Every prediction is then made by parameters fitted only on what
 * came before it. With k = 1 it is one split: fit on the first half, score on
 * the second.
 */
import type { TrainingItem } from './items';

/** One fold: what the parameters are fitted on, and the later items they are scored on. */
export interface Fold {
	train: TrainingItem[];
	test: TrainingItem[];
}

/** The k time-series folds of `items`; none when there are fewer items than segments. */
export function timeSeriesSplits(items: readonly TrainingItem[], k: number): Fold[] {
	const segment = Math.floor(items.length / (k + 1));
	if (k < 1 || segment === 0) return [];
	return Array.from({ length: k }, (_, i) => ({
		train: items.slice(0, (i + 1) * segment),
		test: items.slice((i + 1) * segment, i === k - 1 ? items.length : (i + 2) * segment)
	}));
}
