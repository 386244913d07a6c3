/**
 * Reads an import file off the main thread: a 10,000-line CSV or a large
 * Anki deck takes long enough to parse that the page would freeze, and
 * sql.js is loaded here, out of every page bundle. The page gives it a time
 * budget and watches it for death (see read-worker.ts).
 */
import type { ReadProgress } from '$lib/core/formats/csv';
import { lazy } from '$lib/ui/lazy';
import { readBackupFile, type BackupOutcome } from './backup-read';
import { readImportFile, type PasteAs, type ReadOutcome } from './import-read';

/** What to read: a bank to import (sql.js's wasm served where import-worker-client.ts says), or a full backup to restore. */
export type ReadJob = { kind: 'bank'; file: File; sqlWasmUrl: string; paste?: PasteAs } | { kind: 'backup'; file: File };

/** A job, with a Web Lock to hold while reading so the page learns of this worker's death (absent where there are no locks). */
export type ReadRequest = ReadJob & { lock?: string };

export type ReadReply =
	| { type: 'started' }
	| { type: 'progress'; progress: ReadProgress }
	| { type: 'done'; outcome: ReadOutcome | BackupOutcome }
	| { type: 'error'; message: string };

const reply = (message: ReadReply) => postMessage(message);

// sql.js (SQLite as WebAssembly) is fetched on the first Anki package only.
let sqlWasmUrl = '';
const sqlJs = lazy(() => import('sql.js').then(({ default: initSqlJs }) => initSqlJs({ locateFile: () => sqlWasmUrl })));

/** sql.js, started once with its wasm from `wasmUrl` (every job names the same one). */
function loadSql(wasmUrl: string) {
	sqlWasmUrl = wasmUrl; // read by sql.js as it starts, so a retry after a failed fetch uses the latest
	return sqlJs.load();
}

/** A failed allocation or a stack overflow, as the page shows it after "x.csv could not be read: ". */
const exhausted = (detail: string) => `reading it ran out of memory or stack (${detail}): the file is too large or damaged`;

async function read(job: ReadJob): Promise<void> {
	try {
		// The whole file at once: at most MAX_FILE_BYTES, checked by the page before it gets here.
		const bytes = new Uint8Array(await job.file.arrayBuffer());
		const outcome =
			job.kind === 'backup'
				? readBackupFile(bytes)
				: await readImportFile(
						job.file.name,
						bytes,
						() => loadSql(job.sqlWasmUrl),
						(progress) => reply({ type: 'progress', progress }),
						job.paste
					);
		reply({ type: 'done', outcome });
	} catch (err) {
		// A failed allocation or a stack overflow is the file's size or shape, not a bug to report as such.
		const message = err instanceof RangeError ? exhausted(err.message) : err instanceof Error ? err.message : String(err);
		reply({ type: 'error', message });
	}
}

onmessage = (event: MessageEvent<ReadRequest>) => {
	const request = event.data;
	const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
	if (!request.lock || !locks) return void read(request);
	void locks.request(request.lock, async () => {
		reply({ type: 'started' });
		await read(request);
	});
};
