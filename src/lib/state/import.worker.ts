/**
 * Reads an import file off the main thread: a 10,000-line CSV or a large
 * Anki deck takes long enough to parse that the page would freeze, and
 * sql.js is loaded here, out of every page bundle. The page gives it a time
 * budget and watches it for death (see import-worker-client.ts).
 */
import type { ReadProgress } from '$lib/core/formats/csv';
import { readBackupFile, readImportFile, type BackupOutcome, type ReadOutcome } from './import-read';
import { loadSql } from './sql-loader';

export interface ReadRequest {
	/** A bank to import, or a full backup to restore. */
	kind: 'bank' | 'backup';
	file: File;
	/** Where sql.js's wasm is served; see import-worker-client.ts for why the page names it. */
	sqlWasmUrl: string;
	/** A Web Lock to hold while reading, so the page learns of this worker's death; absent where there are no locks. */
	lock?: string;
}

export type ReadReply =
	| { type: 'started' }
	| { type: 'progress'; progress: ReadProgress }
	| { type: 'done'; outcome: ReadOutcome | BackupOutcome }
	| { type: 'error'; message: string };

const reply = (message: ReadReply) => postMessage(message);

async function read({ kind, file, sqlWasmUrl }: ReadRequest): Promise<void> {
	try {
		// The whole file at once: at most MAX_FILE_BYTES, checked by the page before it gets here.
		const bytes = new Uint8Array(await file.arrayBuffer());
		const outcome =
			kind === 'backup'
				? readBackupFile(bytes)
				: await readImportFile(file.name, bytes, () => loadSql(sqlWasmUrl), (progress) => reply({ type: 'progress', progress }));
		reply({ type: 'done', outcome });
	} catch (err) {
		reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
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
