/**
 * One run of the optimizer, whatever fits the parameters (fsrs-browser in a
 * worker in the app, the reference optimizer in the tests): the learner's
 * items, cleaned as fsrs-rs cleans them and kept in time order, are cut into
 * time-series folds; parameters fitted on each fold's past predict its later
 * reviews, and so do the current parameters; then parameters are fitted on
 * everything. The new ones are kept only when their predictions of the later
 * reviews had the lower log loss: log loss is the score FSRS itself
 * minimises, and a proper one (it cannot be gamed by hedging), while
 * RMSE(bins) is shown beside it to say how well the predictions match
 * what happened, bin by bin.
 */
import { FSRS_PARAM_COUNT } from '../../settings';
import type { TrainingItem } from './items';
import { scorePredictions, type Score } from './metrics';
import { predict, type Params } from './predict';
import { withoutOutliers } from './prepare';
import { timeSeriesSplits, type Fold } from './split';

/** The folds the reference optimizer and Anki evaluate with. */
export const FOLDS = 5;

/** Fits FSRS-6 parameters to `items`, reporting the share done (0..1) as it goes. */
export type FitParams = (items: readonly TrainingItem[], onProgress: (fraction: number) => void) => Promise<number[]>;

/** What a run found. */
export interface OptimizerResult {
	/** Training items (reviews after a day or more) used, outliers removed. */
	items: number;
	folds: number;
	/** The current parameters' predictions of the later reviews. */
	current: Score;
	/** The predictions of the same reviews by parameters fitted on what came before each. */
	fitted: Score;
	/** Parameters fitted on all the reviews. */
	params: number[];
	/** True when the fitted parameters predicted better, so `params` should replace the current ones. */
	keep: boolean;
}

/** Too few reviews to fit on some and score on the rest. */
export class NotEnoughReviewsError extends Error {
	constructor(readonly items: number) {
		super(`Not enough reviews to optimize: ${items} usable`);
		this.name = 'NotEnoughReviewsError';
	}
}

/** The pooled score of each fold's parameters on its own later reviews. */
export function scoreFolds(folds: readonly Fold[], paramsPerFold: readonly Params[]): Score {
	return scorePredictions(folds.flatMap((fold, i) => predict(paramsPerFold[i], fold.test)));
}

/** Fits each item set in turn, reporting overall progress weighted by the sets' sizes. */
async function fitAll(sets: readonly (readonly TrainingItem[])[], fit: FitParams, onProgress: (fraction: number) => void): Promise<number[][]> {
	const total = sets.reduce((n, set) => n + set.length, 0);
	const results: number[][] = [];
	let done = 0;
	for (const set of sets) {
		const params = await fit(set, (fraction) => onProgress((done + Math.min(1, Math.max(0, fraction)) * set.length) / total));
		if (params.length !== FSRS_PARAM_COUNT || !params.every(Number.isFinite))
			throw new Error(`The optimizer returned ${params.length} parameters, not ${FSRS_PARAM_COUNT} numbers`);
		results.push(params);
		done += set.length;
		onProgress(done / total);
	}
	return results;
}

/** Fits on each fold's past and on everything, scores both parameter sets on the later reviews, and says which to keep. */
export async function runOptimizer(options: {
	items: readonly TrainingItem[];
	current: Params;
	fit: FitParams;
	folds?: number;
	onProgress?: (fraction: number) => void;
}): Promise<OptimizerResult> {
	const items = withoutOutliers(options.items);
	const folds = timeSeriesSplits(items, options.folds ?? FOLDS);
	if (folds.length === 0) throw new NotEnoughReviewsError(items.length);
	const fitted = await fitAll([...folds.map((fold) => fold.train), options.items], options.fit, options.onProgress ?? (() => {}));
	const params = fitted.pop()!;
	const scores = {
		current: scoreFolds(
			folds,
			folds.map(() => options.current)
		),
		fitted: scoreFolds(folds, fitted)
	};
	return { items: items.length, folds: folds.length, ...scores, params, keep: scores.fitted.logLoss < scores.current.logLoss };
}
