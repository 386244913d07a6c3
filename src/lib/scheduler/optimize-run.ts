/**
 * One optimizer run in the app, loaded only when the learner starts one (it
 * brings the worker, the scheduler and the reschedule): read the reviews,
 * make training items on the learner's study days, fit and score in the
 * worker (core/srs/optimize/run.ts), keep the new parameters when they
 * predicted better (which saves them and recomputes every due date), and
 * record the run.
 */
import { trainingItems, studyDayNumber } from '$lib/core/srs/optimize/items';
import type { LastOptimization } from '$lib/core/srs/optimize/offer';
import { runOptimizer, type OptimizerResult } from '$lib/core/srs/optimize/run';
import { optimizeReviews, recordOptimization } from '$lib/storage/optimize-reviews';
import { rescheduleAll } from '$lib/storage/reschedule';
import { getSettings } from '$lib/storage/settings';
import { OptimizeCancelled, optimizerWorker } from './optimize-client';

/** What a run is doing: reading the log, fitting, or recomputing due dates with the parameters kept. */
export type RunStage = 'reading' | 'fitting' | 'rescheduling';
export type RunProgress = (stage: RunStage, fraction: number) => void;

/** A run under way: its outcome, and a way to stop it before it changes anything. */
export interface Run {
	done: Promise<{ result: OptimizerResult; record: LastOptimization }>;
	/** Stops the run; does nothing once the new parameters are being saved. */
	cancel(): void;
}

/** The one place new parameters (or FSRS's defaults, as null) are saved and every studied card rescheduled with them. */
function useParams(fsrsParams: number[] | null, onProgress: RunProgress): Promise<{ cards: number }> {
	onProgress('rescheduling', 0);
	return rescheduleAll({ fsrsParams }, (done, total) => onProgress('rescheduling', total > 0 ? done / total : 1));
}

/** Starts a run. */
export function startRun(onProgress: RunProgress): Run {
	let cancelled = false;
	let stopWorker = () => {};
	const done = (async () => {
		onProgress('reading', 0);
		const [reviews, settings] = await Promise.all([optimizeReviews(), getSettings()]);
		if (cancelled) throw new OptimizeCancelled();
		const items = trainingItems(reviews, studyDayNumber(settings.dayStartHour));
		const worker = optimizerWorker();
		stopWorker = worker.cancel;
		let result: OptimizerResult;
		try {
			result = await runOptimizer({ items, current: settings.fsrsParams, fit: worker.fit, onProgress: (f) => onProgress('fitting', f) });
		} finally {
			// Its threads hold memory: a finished or failed run lets them go.
			worker.cancel();
		}
		if (cancelled) throw new OptimizeCancelled();
		stopWorker = () => {};
		if (result.keep) await useParams(result.params, onProgress);
		const record: LastOptimization = { at: new Date(), reviews: reviews.length, current: result.current, fitted: result.fitted, kept: result.keep };
		await recordOptimization(record);
		return { result, record };
	})();
	return {
		done,
		cancel() {
			cancelled = true;
			stopWorker();
		}
	};
}

/** Goes back to FSRS's default parameters and reschedules every studied card with them. */
export function resetToDefaults(onProgress: RunProgress): Promise<{ cards: number }> {
	return useParams(null, onProgress);
}
