import { parseBackup } from '$lib/core/formats/backup';
import { backupFileName, DataBackup } from '$lib/settings/data-backup.svelte';
import { lastBackupAt } from '$lib/storage/backup-status';
import { db, filledAppDb, resetAppDb } from '../storage/app-db';

afterEach(resetAppDb);

const NOW = new Date(2024, 2, 9, 23, 30);

describe('backupFileName', () => {
	it('names the file by the local date', () => {
		expect(backupFileName(NOW)).toBe('factdeck-backup-2024-03-09.json');
		expect(backupFileName(new Date(2024, 11, 1, 0, 5))).toBe('factdeck-backup-2024-12-01.json');
	});
});

describe('DataBackup', () => {
	it('downloads a backup of everything and remembers when', async () => {
		await filledAppDb();
		const files: { name: string; text: string }[] = [];
		const backup = new DataBackup((name, text) => files.push({ name, text }));
		await backup.load();
		expect(backup.lastBackupAt).toBeNull();
		expect(await backup.backUp(NOW)).toBe(true);
		expect(files.map((f) => f.name)).toEqual(['factdeck-backup-2024-03-09.json']);
		const parsed = parseBackup(files[0].text);
		if (!parsed.ok) expect.fail(parsed.error.message);
		expect(parsed.backup.reviews).toHaveLength(4);
		expect(parsed.backup.media).toHaveLength(1);
		expect(backup.lastBackupAt).toEqual(NOW);
		expect(await lastBackupAt()).toEqual(NOW);
		expect(backup.error).toBeNull();
	});

	it('says why when the backup cannot be made, and remembers no date', async () => {
		await filledAppDb();
		const backup = new DataBackup(() => {
			throw new Error('Downloads are blocked');
		});
		expect(await backup.backUp(NOW)).toBe(false);
		expect(backup.error).toBe('The backup could not be made: Downloads are blocked');
		expect(backup.busy).toBe(false);
		expect(await lastBackupAt(db)).toBeNull();
	});
});
