/** Runs `readImportFile` in the import worker; one worker per file, ended when done or cancelled. */
// Named here, not in the worker: assets of the page's build are precached for
// offline use, a worker's own assets are not. Only the URL is bundled.
import sqlWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { ReadOutcome } from './import-read';
import type { ReadReply, ReadRequest } from './import.worker';

/** A read in progress: its outcome, and a way to stop it. */
export interface Reading {
	outcome: Promise<ReadOutcome>;
	cancel(): void;
}

/** Starts reading `file` off the main thread. */
export function readInWorker(file: File): Reading {
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	let settle: (reply: ReadReply) => void = () => {};
	const outcome = new Promise<ReadOutcome>((resolve, reject) => {
		settle = (reply) => {
			worker.terminate();
			if (reply.type === 'done') resolve(reply.outcome);
			else reject(new Error(reply.message));
		};
	});
	worker.onmessage = (event: MessageEvent<ReadReply>) => settle(event.data);
	worker.onerror = (event) => settle({ type: 'error', message: event.message || 'the file reader stopped unexpectedly' });
	worker.postMessage({ file, sqlWasmUrl } satisfies ReadRequest);
	return { outcome, cancel: () => worker.terminate() };
}
