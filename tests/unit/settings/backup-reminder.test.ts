import { answerCard } from '$lib/core/srs/scheduler';
import { BackupReminder } from '$lib/settings/backup-reminder.svelte';
import { DataBackup } from '$lib/settings/data-backup.svelte';
import { saveAnswer } from '$lib/storage/answers';
import { saveBank } from '$lib/storage/banks';
import { bankOfFacts } from '../storage/helpers';
import { db, resetAppDb } from '../storage/app-db';
import { getCard } from '$lib/storage/card-reads';

afterEach(resetAppDb);

const NOW = new Date('2024-03-10T12:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

async function answerOne(): Promise<void> {
	await saveBank(bankOfFacts('b', 2), NOW, {}, db);
	const { card, log } = answerCard((await getCard('b\u0000f0', db))!, 3, NOW, { retention: 0.9, fuzz: false }, 'q0', 1000);
	await saveAnswer(card, log, db);
}

describe('BackupReminder', () => {
	// Node has no navigator.storage: persistence is unknown, which counts as not persistent.
	it('stays hidden until there is progress to lose', async () => {
		await resetAppDb();
		const reminder = new BackupReminder(new DataBackup(() => {}));
		await reminder.check(NOW);
		expect(reminder.shown).toBe(false);
		await answerOne();
		await reminder.check(NOW);
		expect(reminder.shown).toBe(true);
	});

	it('"Not now" hides it for 7 days', async () => {
		await answerOne();
		const reminder = new BackupReminder(new DataBackup(() => {}));
		await reminder.check(NOW);
		await reminder.dismiss(NOW);
		expect(reminder.shown).toBe(false);
		await reminder.check(days(6));
		expect(reminder.shown).toBe(false);
		await reminder.check(days(7.5));
		expect(reminder.shown).toBe(true);
	});

	it('Back up downloads a backup and hides it until the backup is a week old', async () => {
		await answerOne();
		const names: string[] = [];
		const reminder = new BackupReminder(new DataBackup((name) => names.push(name)));
		await reminder.check(NOW);
		await reminder.backUp(NOW);
		expect(names).toEqual(['factdeck-backup-2024-03-10.json']);
		expect(reminder.shown).toBe(false);
		await reminder.check(days(3));
		expect(reminder.shown).toBe(false);
		await reminder.check(days(8));
		expect(reminder.shown).toBe(true);
	});

	it('goes when a backup is made elsewhere (the settings page)', async () => {
		await answerOne();
		const backup = new DataBackup(() => {});
		const reminder = new BackupReminder(backup);
		await reminder.check(NOW);
		await backup.load();
		expect(reminder.shown).toBe(true);
		await backup.backUp(days(0.1));
		expect(reminder.shown).toBe(false);
	});

	it('stays up with the reason when the backup fails', async () => {
		await answerOne();
		const reminder = new BackupReminder(
			new DataBackup(() => {
				throw new Error('Downloads are blocked');
			})
		);
		await reminder.check(NOW);
		await reminder.backUp(NOW);
		expect(reminder.shown).toBe(true);
		expect(reminder.error).toBe('The backup could not be made: Downloads are blocked');
	});
});
