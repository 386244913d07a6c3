import { backupReminderDue, snoozeEnd, type ReminderInput } from '$lib/core/backup-reminder';

const NOW = new Date('2024-03-10T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const input = (patch: Partial<ReminderInput> = {}): ReminderInput => ({ persisted: false, lastBackupAt: null, snoozedUntil: null, hasReviews: true, ...patch });

describe('backupReminderDue', () => {
	it('reminds when storage may be cleared, there is progress and no backup', () => {
		expect(backupReminderDue(input(), NOW)).toBe(true);
		expect(backupReminderDue(input({ persisted: null }), NOW)).toBe(true);
	});

	it('stays quiet with persistent storage or nothing answered yet', () => {
		expect(backupReminderDue(input({ persisted: true }), NOW)).toBe(false);
		expect(backupReminderDue(input({ hasReviews: false }), NOW)).toBe(false);
	});

	it('waits 7 days after a backup', () => {
		expect(backupReminderDue(input({ lastBackupAt: daysAgo(6.9) }), NOW)).toBe(false);
		expect(backupReminderDue(input({ lastBackupAt: daysAgo(7.1) }), NOW)).toBe(true);
	});

	it('waits 7 days after "not now"', () => {
		const snoozedUntil = snoozeEnd(daysAgo(6.9));
		expect(backupReminderDue(input({ snoozedUntil }), NOW)).toBe(false);
		expect(backupReminderDue(input({ snoozedUntil: snoozeEnd(daysAgo(7.1)) }), NOW)).toBe(true);
	});

	it('does not trust a backup dated more than a day in the future', () => {
		expect(backupReminderDue(input({ lastBackupAt: daysAgo(-0.5) }), NOW)).toBe(false);
		expect(backupReminderDue(input({ lastBackupAt: daysAgo(-30) }), NOW)).toBe(true);
	});
});
