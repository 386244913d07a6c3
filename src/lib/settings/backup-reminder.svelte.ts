/**
 * The backup reminder banner: shown where the browser may clear the data,
 * once there is progress to lose and no recent backup (see core/backup-reminder).
 */
import { backupReminderDue, snoozeEnd } from '$lib/core/backup-reminder';
import { backupStatus, snoozeBackupReminder } from '$lib/storage/backup-status';
import { storageStatus } from '$lib/storage/persist';
import { dataBackup, type DataBackup } from './data-backup.svelte';

export class BackupReminder {
	#due = $state(false);
	#checkedAt = $state.raw<Date | null>(null);
	#backup: DataBackup;

	constructor(backup: DataBackup = dataBackup) {
		this.#backup = backup;
	}

	/** Due at the last check, and no backup made since (from the banner or the settings page). */
	get shown() {
		const last = this.#backup.lastBackupAt;
		return this.#due && !(last && this.#checkedAt && last >= this.#checkedAt);
	}
	/** Why the last backup failed, if it did. */
	get error() {
		return this.shown ? this.#backup.error : null;
	}
	get busy() {
		return this.#backup.busy;
	}

	/** Decides whether to show the reminder; a failure to find out leaves it hidden. */
	async check(now = new Date()): Promise<void> {
		try {
			const [{ persisted }, status] = await Promise.all([storageStatus(), backupStatus()]);
			this.#due = backupReminderDue({ persisted, ...status }, now);
			this.#checkedAt = now;
		} catch (err) {
			console.warn('Factdeck could not check when it was last backed up:', err);
		}
	}

	/** Downloads a backup; the reminder goes once it is made. */
	async backUp(now = new Date()): Promise<void> {
		if (await this.#backup.backUp(now)) this.#due = false;
	}

	/** "Not now": hidden at once, and for 7 days. */
	async dismiss(now = new Date()): Promise<void> {
		this.#due = false;
		try {
			await snoozeBackupReminder(snoozeEnd(now));
		} catch (err) {
			console.warn('Factdeck could not remember that the backup reminder was dismissed:', err);
		}
	}
}

/** The one instance the root layout shows. */
export const backupReminder = new BackupReminder();
