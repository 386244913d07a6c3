/**
 * Predictions of recall from a set of FSRS parameters: the card's memory
 * state is computed from its history with those parameters (the scheduler's
 * memory model, FSRS-6 with short-term reviews), and the forgetting curve
 * gives the probability of recall after the days that passed.
 */
import { memoryModel, type Memory } from '../scheduler';
import { DEFAULT_RETENTION } from '../types';
import type { TrainingItem } from './items';
import { scorePredictions, type Prediction, type Score } from './metrics';

/** Parameters to score: 21 FSRS-6 numbers, or null for FSRS's defaults. */
export type Params = readonly number[] | null;

/** The predicted probability of recall of each item's last review. */
export function predict(params: Params, items: readonly TrainingItem[]): Prediction[] {
	// The desired retention plays no part in predictions: it sets intervals, which the log already holds.
	const model = memoryModel({ retention: DEFAULT_RETENTION, params });
	return items.map((item) => {
		let state: Memory | null = null;
		for (let i = 0; i < item.reviews.length - 1; i++) state = model.next(state, item.reviews[i].deltaT, item.reviews[i].rating);
		return { item, p: model.retrievability(item.reviews[item.reviews.length - 1].deltaT, state!.stability) };
	});
}

/** Log loss and RMSE(bins) of `params` on `items`. */
export function scoreParams(params: Params, items: readonly TrainingItem[]): Score {
	return scorePredictions(predict(params, items));
}
