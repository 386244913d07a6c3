/**
 * "Back up everything": the backup file downloaded, and the date of the last
 * one, shared by the settings page and the backup reminder.
 */
import { lastBackupAt, markBackedUp } from '$lib/storage/backup-status';
import { downloadText } from '$lib/ui/download';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

const pad = (n: number) => String(n).padStart(2, '0');

/** `factdeck-backup-YYYY-MM-DD.json`, by the local date at `now`. */
export function backupFileName(now: Date): string {
	return `factdeck-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export class DataBackup {
	#last = $state.raw<Date | null>(null);
	#busy = $state(false);
	#error = $state<string | null>(null);
	#download: typeof downloadText;

	/** `download` is replaceable so tests can see the file a browser would save. */
	constructor(download: typeof downloadText = downloadText) {
		this.#download = download;
	}

	/** When the last backup file was made; null if never. */
	get lastBackupAt() {
		return this.#last;
	}
	get busy() {
		return this.#busy;
	}
	get error() {
		return this.#error;
	}

	/** Reads the date of the last backup. */
	async load(): Promise<void> {
		try {
			this.#last = await lastBackupAt();
		} catch (err) {
			this.#error = storageTrouble.describe(err);
		}
	}

	/** Downloads a backup of everything; true when the file was handed to the browser. */
	async backUp(now = new Date()): Promise<boolean> {
		if (this.#busy) return false;
		this.#busy = true;
		this.#error = null;
		try {
			// The backup writer (and the format's validation) loads only when asked: the
			// reminder banner that offers it is in every page's layout.
			const { backupFileText } = await import('$lib/storage/backup-file');
			this.#download(backupFileName(now), await backupFileText(now));
			await markBackedUp(now);
			this.#last = now;
			return true;
		} catch (err) {
			this.#error = `The backup could not be made: ${storageTrouble.describe(err)}`;
			return false;
		} finally {
			this.#busy = false;
		}
	}
}

/** The one instance the settings page and the reminder share. */
export const dataBackup = new DataBackup();
