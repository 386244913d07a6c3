/**
 * Fits FSRS parameters with fsrs-browser: the FSRS project's own optimizer
 * (fsrs-rs) compiled to WebAssembly, training on several threads through
 * wasm-bindgen-rayon. Its thread pool shares the module's memory, so it needs
 * a cross-origin isolated page (SharedArrayBuffer); the page checks that
 * before it starts this worker. The fit blocks this worker until it ends, so
 * progress is read by the page itself from the shared memory (see
 * optimize-client.ts), and Cancel terminates the worker, pool and all.
 */
import init, { Fsrs, initThreadPool, Progress } from 'fsrs-browser';

/** Training items, flattened the way fsrs-browser takes them: each item's reviews one after another, and each item's length. */
export interface FitRequest {
	ratings: Uint32Array;
	deltaTs: Uint32Array;
	lengths: Uint32Array;
}

export type FitReply =
	/** The fit began: the optimizer keeps [items done, items in all] as two 32-bit words at `pointer` in `memory`. */
	{ type: 'started'; memory: SharedArrayBuffer; pointer: number } | { type: 'done'; params: number[] } | { type: 'error'; message: string };

const post = (reply: FitReply) => postMessage(reply);

let ready: Promise<WebAssembly.Memory> | undefined;

/** Loads the module and starts its threads once; every later fit reuses them. */
function start(): Promise<WebAssembly.Memory> {
	ready ??= init().then(async (wasm) => {
		// One thread per core: the fit is the only work while it runs, and the page only polls.
		await initThreadPool(Math.max(1, navigator.hardwareConcurrency || 1));
		return wasm.memory;
	});
	return ready;
}

onmessage = async (event: MessageEvent<FitRequest>) => {
	const { ratings, deltaTs, lengths } = event.data;
	try {
		const memory = (await start()).buffer;
		// Threads mean shared memory; without it the page could not read the progress either.
		if (!(memory instanceof SharedArrayBuffer)) throw new Error('The optimizer needs shared memory, which this page does not have.');
		const progress = Progress.new();
		post({ type: 'started', memory, pointer: progress.pointer() });
		// Short-term (same-day) reviews on, as the app schedules them.
		const params = new Fsrs().computeParameters(ratings, deltaTs, lengths, progress, true);
		post({ type: 'done', params: Array.from(params) });
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
