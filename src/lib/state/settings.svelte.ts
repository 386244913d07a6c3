/** The settings page: learner settings and how safe the stored data is. */
import { normalizeSettings, type Settings } from '$lib/core/settings';
import { storageStatus } from '$lib/storage/persist';
import { requestPersistence } from '$lib/storage/persist';
import { getSettings, saveSettings } from '$lib/storage/settings';

export interface StorageInfo {
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

export class SettingsState {
	#settings = $state.raw<Settings | null>(null);
	#storage = $state.raw<StorageInfo | null>(null);
	#message = $state<string | null>(null);

	get settings() { return this.#settings; }
	get storage() { return this.#storage; }
	/** The last save's outcome, for a status line. */
	get message() { return this.#message; }

	/** Loads the stored settings and storage status. */
	async load(): Promise<void> {
		this.#settings = await getSettings();
		this.#storage = await storageStatus();
	}

	/** Saves a change; out-of-range values are brought into range and said so; a field left empty saves nothing. */
	async save(patch: Partial<Settings>): Promise<void> {
		if (Object.values(patch).some((value) => !Number.isFinite(value))) {
			this.#message = 'Not saved: enter a number.';
			return;
		}
		const wanted = { ...this.#settings, ...patch };
		const saved = await saveSettings(normalizeSettings(wanted));
		this.#settings = saved;
		const adjusted = (Object.keys(patch) as (keyof Settings)[]).some((k) => saved[k] !== patch[k]);
		this.#message = adjusted ? 'Saved; a value out of range was brought into range.' : 'Saved.';
	}

	/** Asks the browser again for persistent storage. */
	async persist(): Promise<void> {
		await requestPersistence();
		this.#storage = await storageStatus();
	}
}
