/**
 * What the backup reminder needs to know: when the last backup file was made,
 * until when the learner put the reminder off, and whether there is any
 * progress to lose. The dates are meta flags, so a backup carries them.
 */
import { db, type FactdeckDB } from './db';
import { getFlag, setFlag } from './settings';

/** The meta flag holding when the last backup file was made. */
export const LAST_BACKUP_FLAG = 'lastBackupAt';
const SNOOZE_FLAG = 'backupReminderSnoozedUntil';

export interface BackupStatus {
	lastBackupAt: Date | null;
	snoozedUntil: Date | null;
	/** At least one answer is in the review log. */
	hasReviews: boolean;
}

async function dateFlag(key: string, database: FactdeckDB): Promise<Date | null> {
	const value = await getFlag(key, database);
	return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
}

/** When the last backup file was made, or null if never (here, or in the data restored). */
export function lastBackupAt(database: FactdeckDB = db): Promise<Date | null> {
	return dateFlag(LAST_BACKUP_FLAG, database);
}

/** Remembers that a backup file was made at `now`. */
export async function markBackedUp(now: Date, database: FactdeckDB = db): Promise<void> {
	await setFlag(LAST_BACKUP_FLAG, now, database);
}

/** Puts the backup reminder off until `until`. */
export async function snoozeBackupReminder(until: Date, database: FactdeckDB = db): Promise<void> {
	await setFlag(SNOOZE_FLAG, until, database);
}

/** Everything the reminder decides on, read together. */
export async function backupStatus(database: FactdeckDB = db): Promise<BackupStatus> {
	const [last, snoozed, first] = await Promise.all([
		lastBackupAt(database),
		dateFlag(SNOOZE_FLAG, database),
		// One key, not a count: the log may hold 100,000 rows.
		database.reviews.limit(1).primaryKeys()
	]);
	return { lastBackupAt: last, snoozedUntil: snoozed, hasReviews: first.length > 0 };
}
