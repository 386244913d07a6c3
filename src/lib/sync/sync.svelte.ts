/**
 * Sync as the screen sees it: who is signed in, to which server, and a status
 * line. It decides when to sync: on start (when signed in), when the network
 * comes back, every 5 minutes while the app is open, when the tab comes back
 * into view after a while, and on "Sync now". Its count of waiting changes
 * follows the outbox as changes are queued. One instance per tab.
 */
import * as storage from '$lib/storage/sync';
import { ServerApi } from './api';
import { noteSignedIn } from './hint';
import { SyncEngine, type FirstSync, type SyncReport } from './sync-engine';
import type { SyncStore } from './store';
import { statusText } from './words';

/** How often an open app syncs. */
export const SYNC_EVERY_MS = 5 * 60_000;
/** A tab shown again syncs when its last sync is older than this. */
export const VISIBLE_AFTER_MS = 60_000;
// The status line's "2 minutes ago" and the outbox count are refreshed this often.
const TICK_MS = 30_000;

export class SyncState {
	/** The address of the server ('' for this app's own origin). */
	serverUrl = $state('');
	/** The account signed in on this device, or null. */
	login = $state<string | null>(null);
	/** True once the device's sync settings are read. */
	loaded = $state(false);
	syncing = $state(false);
	expired = $state(false);
	waiting = $state(0);
	lastSyncedAt = $state.raw<Date | null>(null);
	/** Why the last sync failed, in a sentence; null after a good one. */
	problem = $state<string | null>(null);
	// The browser says the network is gone (its events), and the last sync failed for want of one: either
	// is offline. Kept apart so that a sync that finished just after the network went does not hide it.
	#networkGone = $state(false);
	#syncOffline = $state(false);
	#now = $state.raw(new Date());
	readonly store: SyncStore;
	readonly engine: SyncEngine;
	#users = 0;
	#stop: (() => void) | null = null;
	// The status update of the last finished sync (a retry the engine ran by itself too).
	#noting: Promise<unknown> = Promise.resolve();

	/** Runs after each good sync (the class work of the account); its failures are its own. */
	#afterSync: ((api: ServerApi) => Promise<unknown>) | undefined;

	constructor(store: SyncStore = storage, fetcher?: typeof fetch, afterSync?: (api: ServerApi) => Promise<unknown>) {
		this.store = store;
		this.#afterSync = afterSync;
		this.engine = new SyncEngine(store, new ServerApi('', fetcher), {
			onChange: (report) => {
				this.syncing = this.engine.running;
				if (report) this.#noting = this.#note(report);
			}
		});
	}

	get signedIn(): boolean {
		return this.login !== null;
	}
	get api(): ServerApi {
		return this.engine.api;
	}
	/** "Synced 2 minutes ago", "3 changes waiting", "Offline", "Syncing…", "Sign-in expired". */
	get status(): string {
		const { syncing, expired, waiting, lastSyncedAt } = this;
		return statusText({ syncing, expired, offline: this.#networkGone || this.#syncOffline, waiting, lastSyncedAt, now: this.#now });
	}

	/** Points the API at a server ('' for this origin); kept with the sign-in. */
	useServer(url: string, fetcher?: typeof fetch): void {
		this.serverUrl = url;
		this.engine.api = new ServerApi(url, fetcher);
	}

	/** Reads this device's sync settings and outbox. */
	async load(): Promise<void> {
		const meta = await this.store.getSyncMeta();
		if (meta.serverUrl !== undefined && meta.serverUrl !== this.serverUrl) this.useServer(meta.serverUrl);
		this.login = meta.enabled ? (meta.login ?? '') : null;
		this.lastSyncedAt = meta.lastSyncedAt ? new Date(meta.lastSyncedAt) : null;
		this.waiting = await this.store.outboxSize();
		this.loaded = true;
		noteSignedIn(meta.enabled);
	}

	/** Starts the automatic syncs for one user of this state (the header, the settings panel); returns its stop. */
	start(): () => void {
		if (this.#users++ === 0) this.#stop = this.#listen();
		return () => {
			if (--this.#users > 0) return;
			this.#stop?.();
			this.#stop = null;
		};
	}

	#listen(): () => void {
		const online = () => {
			this.#networkGone = false;
			void this.syncNow();
		};
		const offline = () => (this.#networkGone = true);
		const visible = () => {
			if (document.visibilityState !== 'visible') return;
			const last = this.lastSyncedAt?.getTime() ?? 0;
			if (Date.now() - last > VISIBLE_AFTER_MS) void this.syncNow();
			else void this.#refresh();
		};
		// The network may have gone before this tab listened (the badge loads after the first card): start from what it is now.
		if (!navigator.onLine) offline();
		window.addEventListener('online', online);
		window.addEventListener('offline', offline);
		document.addEventListener('visibilitychange', visible);
		const every = setInterval(() => void this.syncNow(), SYNC_EVERY_MS);
		const tick = setInterval(() => void this.#refresh(), TICK_MS);
		const unqueued = this.store.onQueued(() => void this.#refresh());
		void this.load().then(
			() => this.syncNow(),
			(err: unknown) => console.warn('Factdeck could not read its sync settings:', err)
		);
		return () => {
			window.removeEventListener('online', online);
			window.removeEventListener('offline', offline);
			document.removeEventListener('visibilitychange', visible);
			clearInterval(every);
			clearInterval(tick);
			unqueued();
			this.engine.dispose();
		};
	}

	/** The clock and the outbox count, so the status line stays true between syncs. */
	async #refresh(): Promise<void> {
		this.#now = new Date();
		if (this.signedIn) this.waiting = await this.store.outboxSize();
	}

	/** One sync now, when signed in; resolves once the status shows what it did. */
	async syncNow(): Promise<SyncReport | null> {
		if (!this.signedIn || this.expired) return null;
		const report = await this.engine.sync();
		await this.#noting;
		return report;
	}

	/** The first sync of a device just signed in (see SyncEngine.firstSync); resolves once the status shows it. */
	async firstSync(): Promise<FirstSync> {
		const first = await this.engine.firstSync();
		await this.#noting;
		return first;
	}

	async #note(report: SyncReport): Promise<void> {
		this.#syncOffline = !report.ok && report.kind === 'offline';
		this.expired = !report.ok && report.kind === 'signed-out';
		this.problem = report.ok || report.kind === 'offline' ? null : report.message;
		const meta = await this.store.getSyncMeta();
		this.lastSyncedAt = meta.lastSyncedAt ? new Date(meta.lastSyncedAt) : null;
		await this.#refresh();
		// Last, so the status shows the sync at once; syncNow() still resolves only once this is done too.
		if (report.ok && this.#afterSync) await this.#afterSync(this.api).catch((err: unknown) => console.warn('Factdeck could not update its class work:', err));
	}
}

/** The one instance of this tab. */
export const syncState = new SyncState(storage, undefined, (api) =>
	Promise.all([
		// A pull that brought a new retention or new FSRS parameters left due dates to recompute (sync-merge.ts).
		import('$lib/scheduler/pending')
			.then((pending) => pending.finishPendingReschedule())
			.catch((err: unknown) => console.warn('Factdeck could not recompute due dates after a sync:', err)),
		import('$lib/classes/student/work').then((work) => work.refreshClassWork(api))
	])
);
