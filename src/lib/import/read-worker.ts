/**
 * Reads an untrusted file in the import worker, within a budget: one worker
 * per file, ended when it answers, when the teacher cancels, when the time
 * budget is spent, or when the worker dies. The tab never waits on it.
 *
 * Memory: browsers give no memory limit per worker that a page can set, and
 * in Chromium a dedicated worker shares the page's process: a worker that
 * fills its JavaScript heap crashes the whole tab (tried: an allocation loop
 * in a worker gives "Target crashed", with no error event). So memory is
 * bounded where it is spent, before it is spent: the file size cap
 * (MAX_FILE_BYTES), the parsers' caps (questions per bank, characters per
 * field, decompressed bytes), and CSV read one record at a time. What this
 * client adds is that a worker that fails anyway (an error event such as a
 * failed large allocation, an answer that cannot be passed back, or a
 * worker gone without a word) ends the read with a clear message instead of
 * a page that waits forever.
 */
import type { ReadProgress } from '$lib/core/formats/csv';
import type { BackupOutcome } from './backup-read';
import type { ReadOutcome } from './import-read';
import type { ReadJob, ReadReply, ReadRequest } from './worker-serve';

/**
 * How long reading one file may take. The largest file we accept (100 MB)
 * reads in well under this on a slow laptop; a file that takes longer is
 * built to hang a parser, or damaged, and its worker is stopped.
 */
export const READ_BUDGET_MS = 60_000;

/** After the worker's lock frees with no answer, how long an answer already on its way may take to arrive. */
const LAST_WORDS_MS = 1_000;

/** A read in progress: its outcome, and a way to stop it. */
export interface Reading<T = ReadOutcome> {
	outcome: Promise<T>;
	cancel(): void;
}

/** The parts of a Worker this client uses, so that a test can hand in a fake. */
export interface WorkerLike {
	postMessage(message: unknown): void;
	terminate(): void;
	onmessage: ((event: MessageEvent) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	onmessageerror: ((event: MessageEvent) => void) | null;
}

/** The one Web Locks call used: a worker holds its lock while it lives, so the lock frees when it dies. */
export type Locks = { request(name: string, callback: () => unknown): Promise<unknown> };

export interface ReadOptions {
	/** Hears records read so far (CSV and TSV report them; other formats read in one step). */
	onProgress?: (progress: ReadProgress) => void;
	/** Defaults to READ_BUDGET_MS. */
	budgetMs?: number;
	spawn?: () => WorkerLike;
	/** Defaults to the browser's Web Locks; null where there are none (the time budget still holds). */
	locks?: Locks | null;
}

/** Why a read ended without an answer, as the end of "x.csv could not be read: …". */
export const READ_FAILURES = {
	timeout: (budgetMs: number) => `reading it took longer than ${formatSeconds(budgetMs)}, so Factdeck stopped: the file is too large or damaged`,
	crashed: 'the reader stopped unexpectedly: the file is too large or damaged',
	garbled: 'the reader’s answer could not be passed back to the page: the file is too large or damaged'
} as const;

const formatSeconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/**
 * A shorter budget that end-to-end tests set before the page loads
 * (`window.factdeckReadBudgetMs`); it can only shorten the budget, so
 * setting it in production makes nothing slower or unbounded.
 */
function budget(given: number | undefined): number {
	const hook = (globalThis as { factdeckReadBudgetMs?: unknown }).factdeckReadBudgetMs;
	const base = given ?? READ_BUDGET_MS;
	return typeof hook === 'number' && hook > 0 ? Math.min(base, hook) : base;
}

const spawnWorker = (): WorkerLike => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
const spawnBackupWorker = (): WorkerLike => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });

const browserLocks = (): Locks | null => (typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null);

/** Sends one request to a fresh worker (the import worker unless `opts.spawn` says) and settles on its answer, its death, or the budget. */
export function askWorker<T>(job: ReadJob, opts: ReadOptions): Reading<T> {
	const worker = (opts.spawn ?? spawnWorker)();
	const locks = opts.locks === undefined ? browserLocks() : opts.locks;
	const lock = locks ? `factdeck-read-${Math.random().toString(36).slice(2)}-${Date.now()}` : undefined;
	const budgetMs = budget(opts.budgetMs);
	let settled = false;
	let resolve!: (value: T) => void;
	let reject!: (err: Error) => void;
	const outcome = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	const end = (): boolean => {
		if (settled) return false;
		settled = true;
		clearTimeout(timer);
		worker.terminate();
		return true;
	};
	const fail = (message: string) => {
		if (end()) reject(new Error(message));
	};
	// The worker holds its lock while it lives; asking for the same lock is granted when it lets go, which a dead worker does too.
	const watch = () => {
		if (!locks || !lock) return;
		void locks.request(lock, () => {
			if (!settled) setTimeout(() => fail(READ_FAILURES.crashed), LAST_WORDS_MS);
		});
	};
	const timer = setTimeout(() => fail(READ_FAILURES.timeout(budgetMs)), budgetMs);
	worker.onmessage = (event: MessageEvent<ReadReply>) => {
		const reply = event.data;
		if (reply.type === 'progress') opts.onProgress?.(reply.progress);
		else if (reply.type === 'started') watch();
		else if (reply.type === 'error') fail(reply.message);
		else if (end()) resolve(reply.outcome as T);
	};
	worker.onerror = (event) => {
		// An error event that escapes the worker is not a problem of the file the parser reported: the worker is gone or broken.
		event.preventDefault?.();
		fail(READ_FAILURES.crashed);
	};
	worker.onmessageerror = () => fail(READ_FAILURES.garbled);
	worker.postMessage({ ...job, lock } satisfies ReadRequest);
	return { outcome, cancel: () => void end() };
}

/** Starts reading `file` as a full backup off the main thread: a 100 MB backup parsed on the page would freeze it. */
export function readBackupInWorker(file: File, opts: ReadOptions = {}): Reading<BackupOutcome> {
	return askWorker<BackupOutcome>({ kind: 'backup', file }, { spawn: spawnBackupWorker, ...opts });
}
