/**
 * The page's side of the optimizer worker: sends each set of training items
 * to fsrs-browser, reads its progress from the memory the worker shares, and
 * stops it all on Cancel. Loaded only when the learner starts a run.
 */
import type { TrainingItem } from '$lib/core/srs/optimize/items';
import type { FitParams } from '$lib/core/srs/optimize/run';
import type { FitReply, FitRequest } from './optimize.worker';

/** How often the page reads the optimizer's progress. */
const POLL_MS = 100;

/** The run was cancelled. */
export class OptimizeCancelled extends Error {
	constructor() {
		super('The optimizer was stopped.');
		this.name = 'OptimizeCancelled';
	}
}

/** Items in fsrs-browser's flat form. */
function flatten(items: readonly TrainingItem[]): FitRequest {
	const lengths = Uint32Array.from(items, (item) => item.reviews.length);
	const total = lengths.reduce((n, length) => n + length, 0);
	const ratings = new Uint32Array(total);
	const deltaTs = new Uint32Array(total);
	let i = 0;
	for (const item of items) {
		for (const review of item.reviews) {
			ratings[i] = review.rating;
			deltaTs[i++] = review.deltaT;
		}
	}
	return { ratings, deltaTs, lengths };
}

/** The share of the fit done, from the optimizer's two progress words; the words may be garbage once it ends, so it is clamped. */
function readProgress(memory: SharedArrayBuffer, pointer: number): number {
	const [done, total] = new Uint32Array(memory, pointer, 2);
	return total > 0 ? Math.min(1, done / total) : 0;
}

/** An optimizer worker: `fit` runs one fit at a time in it; `cancel` ends it and fails the fit under way. */
export function optimizerWorker(): { fit: FitParams; cancel: () => void } {
	const worker = new Worker(new URL('./optimize.worker.ts', import.meta.url), { type: 'module' });
	let fail: ((error: Error) => void) | null = null;
	let timer: ReturnType<typeof setInterval> | undefined;
	const stop = () => clearInterval(timer);

	const fit: FitParams = (items, onProgress) =>
		new Promise<number[]>((resolve, reject) => {
			let best = 0;
			fail = (error) => {
				stop();
				reject(error);
			};
			worker.onerror = (event) => fail?.(new Error(event.message || 'The optimizer stopped unexpectedly.'));
			worker.onmessage = (event: MessageEvent<FitReply>) => {
				const reply = event.data;
				if (reply.type === 'started') {
					timer = setInterval(() => {
						// Never backwards: another thread writes the two words while they are read.
						best = Math.max(best, readProgress(reply.memory, reply.pointer));
						onProgress(best);
					}, POLL_MS);
				} else if (reply.type === 'done') {
					stop();
					fail = null;
					resolve(reply.params);
				} else fail?.(new Error(reply.message));
			};
			const request = flatten(items);
			worker.postMessage(request, [request.ratings.buffer, request.deltaTs.buffer, request.lengths.buffer]);
		});

	return {
		fit,
		cancel() {
			worker.terminate();
			fail?.(new OptimizeCancelled());
			fail = null;
		}
	};
}
