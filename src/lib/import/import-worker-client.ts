/** Reads a file to import as a bank in the import worker, within the budget of read-worker.ts. */
// Named here, not in the worker: assets of the page's build are precached for
// offline use, a worker's own assets are not. Only the URL is bundled. A
// backup needs no sql.js, so read-worker.ts does not import it.
import sqlWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { PasteAs, ReadOutcome } from './import-read';
import { askWorker, type Reading, type ReadOptions } from './read-worker';

export { READ_BUDGET_MS, READ_FAILURES, type Locks, type Reading, type ReadOptions, type WorkerLike } from './read-worker';

/** Starts reading `file` as a bank off the main thread; `paste` when the file holds pasted text. */
export function readInWorker(file: File, opts: ReadOptions = {}, paste?: PasteAs): Reading<ReadOutcome> {
	return askWorker<ReadOutcome>({ kind: 'bank', file, sqlWasmUrl, paste }, opts);
}
