/** The import worker's client: its time budget, a worker that dies loudly or silently, progress, cancel. */
import { READ_BUDGET_MS, READ_FAILURES, readInWorker, type Locks, type WorkerLike } from '$lib/import/import-worker-client';

/** A worker that does nothing by itself: the test speaks for it. */
class FakeWorker implements WorkerLike {
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	onmessageerror: ((event: MessageEvent) => void) | null = null;
	sent: unknown[] = [];
	terminated = false;
	postMessage(message: unknown) {
		this.sent.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	say(data: unknown) {
		this.onmessage?.({ data } as MessageEvent);
	}
}

/** Web Locks that the test frees by hand, as a dying worker would. */
class FakeLocks implements Locks {
	held = new Map<string, () => void>();
	request(name: string, callback: () => unknown) {
		return new Promise<unknown>((resolve) => this.held.set(name, () => resolve(callback())));
	}
	free(name: string) {
		this.held.get(name)?.();
	}
}

const file = new File(['front,back\nQ,A\n'], 'cards.csv');
const outcome = { kind: 'unknown' } as const;

function start(opts: { budgetMs?: number; locks?: Locks | null } = {}) {
	const worker = new FakeWorker();
	const progress: unknown[] = [];
	const reading = readInWorker(file, { spawn: () => worker, locks: opts.locks ?? null, budgetMs: opts.budgetMs, onProgress: (p) => progress.push(p) });
	// Swallowed here and checked by each test, so an early rejection is not reported as unhandled.
	const settled = reading.outcome.then(
		(value) => ({ value }),
		(error: Error) => ({ error: error.message })
	);
	return { worker, reading, settled, progress };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('readInWorker', () => {
	it('passes progress on and resolves with the answer, then ends the worker', async () => {
		const { worker, settled, progress } = start();
		expect(worker.sent).toEqual([expect.objectContaining({ kind: 'bank', file })]);
		worker.say({ type: 'progress', progress: { records: 2000, done: 10, total: 100 } });
		worker.say({ type: 'done', outcome });
		expect(await settled).toEqual({ value: outcome });
		expect(progress).toEqual([{ records: 2000, done: 10, total: 100 }]);
		expect(worker.terminated).toBe(true);
	});

	it('stops a worker that runs past the budget, with the message that says so', async () => {
		const { worker, settled } = start();
		vi.advanceTimersByTime(READ_BUDGET_MS - 1);
		expect(worker.terminated).toBe(false);
		vi.advanceTimersByTime(1);
		expect(worker.terminated).toBe(true);
		expect(await settled).toEqual({ error: 'reading it took longer than 60 s, so Factdeck stopped: the file is too large or damaged' });
		// A late answer changes nothing.
		worker.say({ type: 'done', outcome });
		expect(await settled).toEqual({ error: READ_FAILURES.timeout(READ_BUDGET_MS) });
	});

	it('a shorter budget from the test hook wins, a longer one does not', async () => {
		(globalThis as { factdeckReadBudgetMs?: number }).factdeckReadBudgetMs = 200;
		try {
			const { worker, settled } = start();
			vi.advanceTimersByTime(200);
			expect(worker.terminated).toBe(true);
			expect(await settled).toEqual({ error: 'reading it took longer than 0.2 s, so Factdeck stopped: the file is too large or damaged' });
			(globalThis as { factdeckReadBudgetMs?: number }).factdeckReadBudgetMs = 10 * READ_BUDGET_MS;
			const long = start();
			vi.advanceTimersByTime(READ_BUDGET_MS);
			expect(long.worker.terminated).toBe(true);
		} finally {
			delete (globalThis as { factdeckReadBudgetMs?: number }).factdeckReadBudgetMs;
		}
	});

	it('a worker that dies with an error event (out of memory) ends the read at once', async () => {
		const { worker, settled } = start();
		const event = { message: 'Uncaught RangeError: Array buffer allocation failed', preventDefault: vi.fn() } as unknown as ErrorEvent;
		worker.onerror?.(event);
		expect(await settled).toEqual({ error: READ_FAILURES.crashed });
		expect(worker.terminated).toBe(true);
	});

	it('an answer that cannot be passed back ends the read', async () => {
		const { worker, settled } = start();
		worker.onmessageerror?.({} as MessageEvent);
		expect(await settled).toEqual({ error: READ_FAILURES.garbled });
	});

	it('a worker that vanishes without a word is noticed by its lock, long before the budget', async () => {
		const locks = new FakeLocks();
		const { worker, settled } = start({ locks });
		const { lock } = worker.sent[0] as { lock: string };
		expect(lock).toMatch(/^factdeck-read-/);
		worker.say({ type: 'started' });
		locks.free(lock);
		await vi.advanceTimersByTimeAsync(1_000);
		expect(await settled).toEqual({ error: READ_FAILURES.crashed });
	});

	it('a lock freed by a worker that answered is no alarm', async () => {
		const locks = new FakeLocks();
		const { worker, settled } = start({ locks });
		const { lock } = worker.sent[0] as { lock: string };
		worker.say({ type: 'started' });
		locks.free(lock);
		worker.say({ type: 'done', outcome });
		await vi.advanceTimersByTimeAsync(5_000);
		expect(await settled).toEqual({ value: outcome });
	});

	it('the worker reports a parse it could not finish as an error', async () => {
		const { worker, settled } = start();
		worker.say({ type: 'error', message: 'sql.js could not be loaded' });
		expect(await settled).toEqual({ error: 'sql.js could not be loaded' });
	});

	it('cancel ends the worker and leaves the outcome unsettled', async () => {
		const { worker, reading, settled } = start();
		reading.cancel();
		expect(worker.terminated).toBe(true);
		vi.advanceTimersByTime(READ_BUDGET_MS);
		const raced = await Promise.race([settled, Promise.resolve('pending')]);
		expect(raced).toBe('pending');
	});
});
