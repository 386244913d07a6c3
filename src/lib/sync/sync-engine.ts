/**
 * One sync, start to end: push the outbox in batches, then pull the account's
 * changes in pages, then note the time. An outbox entry leaves only after the
 * server confirmed it (confirmPush), so a sync cut short by a closed tab, a
 * lost network or a failed server loses nothing: the next sync sends it again
 * and the server stores it once. A failed sync is retried later, each time
 * waiting longer (or as long as the server's Retry-After asks).
 */
import type { Failure, ServerApi } from './api';
import type { MergeCounts, SyncStore } from './store';

/** The name of the lock that keeps syncs one at a time across this browser's tabs. */
export const SYNC_LOCK = 'factdeck-sync';
/** The page size asked of the server when pulling. */
export const PULL_PAGE = 500;
/** The first retry waits this long; each failure after doubles it, up to RETRY_MAX_MS. */
export const RETRY_FIRST_MS = 10_000;
export const RETRY_MAX_MS = 5 * 60_000;
// A storage bug that never empties the outbox must not spin forever: this many batches is more than any device holds.
const MAX_BATCHES = 10_000;

/** What a sync did, or why it stopped. */
export type SyncReport =
	| { ok: true; sent: { reviews: number; docs: number }; received: { reviews: number; docs: number; banks: number } }
	| ({ ok: false; retryAt: Date | null } & Failure);

/** What signing in on this device did: what it had queued of its own, then the first sync. */
export interface FirstSync {
	merged: MergeCounts;
	report: SyncReport;
}

export interface EngineOptions {
	now?: () => Date;
	/** The browser's Web Locks; absent (an old browser, Node) means one tab's guard only. */
	locks?: Pick<LockManager, 'request'> | null;
	/** Called when a sync starts (no report) and when it ends, retries too, so the state on screen can follow. */
	onChange?: (report?: SyncReport) => void;
}

/** The delay before retry number `failures` (1 = the first), never shorter than the server asked. */
export function retryDelay(failures: number, serverAskedMs = 0): number {
	const backoff = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, failures - 1));
	return Math.max(backoff, serverAskedMs);
}

/** Pushes and pulls for one device; the state layer decides when. */
export class SyncEngine {
	api: ServerApi;
	#store: SyncStore;
	#now: () => Date;
	#locks: Pick<LockManager, 'request'> | null;
	#onChange: (report?: SyncReport) => void;
	#running: Promise<SyncReport> | null = null;
	#failures = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** When the next retry runs, after a failed sync; null when none is planned. */
	retryAt: Date | null = null;

	constructor(store: SyncStore, api: ServerApi, options: EngineOptions = {}) {
		this.#store = store;
		this.api = api;
		this.#now = options.now ?? (() => new Date());
		this.#locks = options.locks === undefined ? (globalThis.navigator?.locks ?? null) : options.locks;
		this.#onChange = options.onChange ?? (() => {});
	}

	/** True while a sync runs in this tab. */
	get running(): boolean {
		return this.#running !== null;
	}

	/** Runs one sync, or joins the one already running in this tab. */
	sync(): Promise<SyncReport> {
		if (this.#running) return this.#running;
		clearTimeout(this.#timer);
		this.retryAt = null;
		const run = this.#locks ? this.#locks.request(SYNC_LOCK, () => this.#syncOnce()) : this.#syncOnce();
		this.#running = run.then(
			(report) => this.#settle(report),
			(err: unknown) => this.#settle({ ok: false, kind: 'server', status: 0, message: `Syncing failed on this device: ${String(err)}`, retryAt: null })
		);
		this.#onChange();
		return this.#running;
	}

	/**
	 * The first sync of a device just signed in: everything already here goes
	 * into the outbox (merged with the account, never overwriting it), then one sync.
	 */
	async firstSync(): Promise<FirstSync> {
		const merged = await this.#store.startSyncing();
		return { merged, report: await this.sync() };
	}

	/** Stops any planned retry (signing out, leaving the page). */
	dispose(): void {
		clearTimeout(this.#timer);
		this.retryAt = null;
	}

	#settle(report: SyncReport): SyncReport {
		this.#running = null;
		if (report.ok) this.#failures = 0;
		else if (report.kind !== 'signed-out') {
			// Offline, a failed server, a refused batch: all may pass, so try again later.
			this.#failures += 1;
			const delay = retryDelay(this.#failures, report.retryAfterMs);
			report.retryAt = this.retryAt = new Date(this.#now().getTime() + delay);
			this.#timer = setTimeout(() => void this.sync(), delay);
		}
		this.#onChange(report);
		return report;
	}

	async #syncOnce(): Promise<SyncReport> {
		const meta = await this.#store.getSyncMeta();
		if (!meta.enabled) return { ok: false, kind: 'signed-out', message: 'Sign in to sync this device.', retryAt: null };
		const sent = { reviews: 0, docs: 0 };
		const received = { reviews: 0, docs: 0, banks: 0 };
		const failed =
			(await this.#pushAll(meta.deviceId, sent)) ??
			(await this.#pullAll(meta.cursor, received)) ??
			// A first sign-in holds this device's documents back until the account's have arrived (the pull
			// above): they go now, so the first sync leaves nothing behind.
			(await this.#pushAll(meta.deviceId, sent));
		if (failed) return { ok: false, ...failed, retryAt: null };
		await this.#store.setSyncMeta({ lastSyncedAt: this.#now() });
		return { ok: true, sent, received };
	}

	/** Pushes batches until the outbox is empty; each leaves the outbox only once the server confirmed it. */
	async #pushAll(deviceId: string, sent: { reviews: number; docs: number }): Promise<Failure | null> {
		for (let round = 0; round < MAX_BATCHES; round++) {
			const batch = await this.#store.nextPush();
			if (!batch) break;
			const pushed = await this.api.push({ deviceId, reviews: batch.reviews, docs: batch.docs });
			if (!pushed.ok) return pushed;
			await this.#store.confirmPush(batch, pushed.value);
			sent.reviews += batch.reviews.length;
			sent.docs += batch.docs.length;
		}
		return null;
	}

	/** Pulls pages from `cursor` until the server has no more; each page is applied (and the cursor kept) in one transaction. */
	async #pullAll(cursor: number, received: { reviews: number; docs: number; banks: number }): Promise<Failure | null> {
		const banks = new Set<string>();
		for (;;) {
			const pulled = await this.api.pull(cursor, PULL_PAGE);
			if (!pulled.ok) return pulled;
			const applied = await this.#store.applyPull(pulled.value, this.#now());
			received.reviews += applied.reviews;
			received.docs += applied.docs;
			for (const bank of applied.banks) banks.add(bank);
			received.banks = banks.size;
			cursor = pulled.value.cursor;
			if (!pulled.value.more) return null;
		}
	}
}
