import { answerCard } from '$lib/core/srs/scheduler';
import { saveAnswer } from '$lib/storage/answers';
import { saveBank } from '$lib/storage/banks';
import { backupStatus, lastBackupAt, markBackedUp, snoozeBackupReminder } from '$lib/storage/backup-status';
import { setFlag } from '$lib/storage/settings';
import { bankOfFacts, closeAll, freshDb } from './helpers';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const T = new Date('2024-03-10T08:00:00Z');

describe('backupStatus', () => {
	it('says never backed up, not snoozed and nothing to lose on a new device', async () => {
		expect(await backupStatus(freshDb())).toEqual({ lastBackupAt: null, snoozedUntil: null, hasReviews: false });
	});

	it('reads the last backup, the snooze and whether anything was answered', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('b', 2), T, {}, d);
		const { card, log } = answerCard((await getCard('b\u0000f0', d))!, 3, T, { retention: 0.9, fuzz: false }, 'q0', 1000);
		await saveAnswer(card, log, d);
		await markBackedUp(T, d);
		await snoozeBackupReminder(new Date(T.getTime() + 1000), d);
		expect(await backupStatus(d)).toEqual({ lastBackupAt: T, snoozedUntil: new Date(T.getTime() + 1000), hasReviews: true });
	});

	it('ignores a flag that is not a date', async () => {
		const d = freshDb();
		await setFlag('lastBackupAt', 'yesterday', d);
		expect(await lastBackupAt(d)).toBeNull();
	});
});
