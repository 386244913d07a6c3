/**
 * The worker side of read-worker.ts: what a page sends a reading worker and
 * what comes back, and the loop that answers it (the Web Lock held while
 * reading, progress, a failure in words). The import worker and the backup
 * worker both serve it, each with only its own readers, so a restore never
 * loads the import formats' libraries.
 */
import type { ReadProgress } from '$lib/core/formats/csv';
import type { PasteAs } from './import-read';

/** What to read: a bank to import (sql.js's wasm served where import-worker-client.ts says), or a full backup to restore. */
export type ReadJob = { kind: 'bank'; file: File; sqlWasmUrl: string; paste?: PasteAs } | { kind: 'backup'; file: File };

/** A job, with a Web Lock to hold while reading so the page learns of this worker's death (absent where there are no locks). */
export type ReadRequest = ReadJob & { lock?: string };

export type ReadReply =
	{ type: 'started' } | { type: 'progress'; progress: ReadProgress } | { type: 'done'; outcome: unknown } | { type: 'error'; message: string };

/** Reads one job; `progress` passes records read so far to the page. */
export type Reader = (job: ReadJob, progress: (progress: ReadProgress) => void) => Promise<unknown>;

const reply = (message: ReadReply) => postMessage(message);

/** A failed allocation or a stack overflow, as the page shows it after "x.csv could not be read: ". */
const exhausted = (detail: string) => `reading it ran out of memory or stack (${detail}): the file is too large or damaged`;

async function run(read: Reader, job: ReadJob): Promise<void> {
	try {
		reply({ type: 'done', outcome: await read(job, (progress) => reply({ type: 'progress', progress })) });
	} catch (err) {
		// A failed allocation or a stack overflow is the file's size or shape, not a bug to report as such.
		const message = err instanceof RangeError ? exhausted(err.message) : err instanceof Error ? err.message : String(err);
		reply({ type: 'error', message });
	}
}

/** Answers every request this worker gets with `read`, holding the request's lock while it reads. */
export function serveReads(read: Reader): void {
	onmessage = (event: MessageEvent<ReadRequest>) => {
		const request = event.data;
		const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
		if (!request.lock || !locks) return void run(read, request);
		void locks.request(request.lock, async () => {
			reply({ type: 'started' });
			await run(read, request);
		});
	};
}
