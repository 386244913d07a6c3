/**
 * The settings page's list of automatic snapshots, and restoring one after
 * the learner confirms. A restore first snapshots the current state, so the
 * list always offers a way back.
 */
import { listSnapshots, restoreSnapshot, type SnapshotSummary } from '$lib/storage/snapshots';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

/** What the list shows of each snapshot; its panel reads the type from here, not from storage. */
export type { SnapshotSummary };

export class SnapshotList {
	#items = $state.raw<SnapshotSummary[] | null>(null);
	#confirming = $state<number | null>(null);
	#busy = $state(false);
	#restored = $state.raw<SnapshotSummary | null>(null);
	#error = $state<string | null>(null);
	#onrestored: () => void | Promise<void>;

	/** `onrestored` runs after a restore, for the page to reload what it shows. */
	constructor(onrestored: () => void | Promise<void> = () => {}) {
		this.#onrestored = onrestored;
	}

	/** Newest first; null while loading. */
	get items() {
		return this.#items;
	}
	/** The snapshot waiting for the learner's confirmation. */
	get confirming() {
		return this.#confirming;
	}
	get busy() {
		return this.#busy;
	}
	/** The snapshot last restored, for the done message. */
	get restored() {
		return this.#restored;
	}
	get error() {
		return this.#error;
	}

	/** Loads (or reloads) the list. */
	async load(): Promise<void> {
		try {
			this.#items = await listSnapshots();
		} catch (err) {
			this.#error = `The snapshots could not be read: ${storageTrouble.describe(err)}`;
		}
	}

	/** Asks to restore snapshot `id`: the page shows the confirmation. */
	ask(id: number): void {
		this.#confirming = id;
		this.#restored = null;
		this.#error = null;
	}

	cancel(): void {
		this.#confirming = null;
	}

	/** Restores the snapshot being confirmed. */
	async restore(now = new Date()): Promise<void> {
		const id = this.#confirming;
		const chosen = this.#items?.find((s) => s.id === id);
		if (id === null || !chosen || this.#busy) return;
		this.#busy = true;
		try {
			await restoreSnapshot(id, now);
			this.#confirming = null;
			this.#restored = chosen;
			await this.load();
			await this.#onrestored();
		} catch (err) {
			this.#error = `The snapshot was not restored, and nothing was changed: ${storageTrouble.describe(err)}`;
		} finally {
			this.#busy = false;
		}
	}
}
