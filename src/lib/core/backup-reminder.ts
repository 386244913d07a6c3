/**
 * When to remind the learner to download a backup. Only where the browser may
 * evict the data (storage not persistent, or it does not say), only once there
 * is progress to lose, and not again for a week after a backup or a "not now".
 */

/** Days a backup, or a dismissed reminder, keeps the reminder away. */
const BACKUP_REMINDER_DAYS = 7;
const DAY_MS = 86_400_000;

export interface ReminderInput {
	/** From the browser: true only when it promised to keep the data. */
	persisted: boolean | null;
	lastBackupAt: Date | null;
	snoozedUntil: Date | null;
	hasReviews: boolean;
}

/** True when the reminder should be shown at `now`. */
export function backupReminderDue(input: ReminderInput, now: Date): boolean {
	if (input.persisted === true || !input.hasReviews) return false;
	if (input.snoozedUntil && input.snoozedUntil > now) return false;
	if (!input.lastBackupAt) return true;
	// A backup dated in the future (the clock was set back) is not a reason to stay quiet for ever.
	const age = now.getTime() - input.lastBackupAt.getTime();
	return age > BACKUP_REMINDER_DAYS * DAY_MS || age < -DAY_MS;
}

/** The end of a snooze that starts at `now`. */
export function snoozeEnd(now: Date): Date {
	return new Date(now.getTime() + BACKUP_REMINDER_DAYS * DAY_MS);
}
