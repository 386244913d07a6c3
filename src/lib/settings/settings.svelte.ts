/** The settings page: learner settings, how safe the stored data is, and the tools that keep it safe. */
import { normalizeSettings, type Settings } from '$lib/core/settings';
import { requestPersistence, storageStatus } from '$lib/storage/persist';
import { getSettings } from '$lib/storage/settings';
import { saveSettings } from '$lib/storage/settings-save';
import { dataBackup } from './data-backup.svelte';
import { DbCheck } from './db-check.svelte';
import { RestoreFlow } from './restore-flow.svelte';
import { SnapshotList } from './snapshot-list.svelte';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

export interface StorageInfo {
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

export class SettingsState {
	#settings = $state.raw<Settings | null>(null);
	#storage = $state.raw<StorageInfo | null>(null);
	#message = $state<string | null>(null);
	#error = $state<string | null>(null);

	/** "Back up everything", shared with the backup reminder. */
	readonly backup = dataBackup;
	/** After a restore, everything shown here is read again: it all changed. */
	readonly restore = new RestoreFlow(() => this.load());
	readonly snapshots = new SnapshotList(() => this.load());
	readonly check = new DbCheck();

	get settings() {
		return this.#settings;
	}
	get storage() {
		return this.#storage;
	}
	/** The last save's outcome, for a status line. */
	get message() {
		return this.#message;
	}
	/** Why the settings could not be loaded or saved. */
	get error() {
		return this.#error;
	}

	/** Loads the stored settings, storage status, last backup date and snapshots. */
	async load(): Promise<void> {
		try {
			this.#settings = await getSettings();
			this.#error = null;
		} catch (err) {
			this.#error = `Your settings could not be loaded: ${storageTrouble.describe(err)}`;
			return;
		}
		await Promise.all([this.backup.load(), this.snapshots.load()]);
		this.#storage = await storageStatus();
	}

	/** Saves a change; out-of-range values are brought into range and said so; a field left empty saves nothing. */
	async save(patch: Partial<Settings>): Promise<void> {
		if (Object.values(patch).some((value) => !Number.isFinite(value))) {
			this.#message = 'Not saved: enter a number.';
			return;
		}
		// Only the keys changed here: another panel (the desired retention) saves its own, which this copy may not hold yet.
		const wanted = normalizeSettings({ ...this.#settings, ...patch });
		const changed = Object.fromEntries(Object.keys(patch).map((key) => [key, wanted[key as keyof Settings]]));
		try {
			const saved = await saveSettings(changed);
			this.#settings = saved;
			const adjusted = (Object.keys(patch) as (keyof Settings)[]).some((k) => saved[k] !== patch[k]);
			this.#message = adjusted ? 'Saved; a value out of range was brought into range.' : 'Saved.';
		} catch (err) {
			this.#message = `Not saved: ${storageTrouble.describe(err)}`;
		}
	}

	/** Asks the browser again for persistent storage. */
	async persist(): Promise<void> {
		await requestPersistence();
		this.#storage = await storageStatus();
	}
}
