import { parseBackup, type Backup } from '$lib/core/formats/backup';
import { restoreAll } from '$lib/storage/backup';
import { backupFileText, restoreBackupFile } from '$lib/storage/backup-file';
import { lastBackupAt, markBackedUp } from '$lib/storage/backup-status';
import { saveBank } from '$lib/storage/banks';
import type { FactdeckDB } from '$lib/storage/db';
import { RestoreError } from '$lib/storage/errors';
import { saveMedia } from '$lib/storage/media';
import { listSnapshots, restoreSnapshot } from '$lib/storage/snapshots';
import { bankOfFacts, closeAll, dump, freshDb } from './helpers';
import { fill, T0 } from './fill';

afterEach(closeAll);

const MADE = new Date('2024-03-10T08:00:00Z');
const LATER = new Date('2024-04-01T12:00:00Z');

/** Deletes every row of every table. */
async function wipe(d: FactdeckDB): Promise<void> {
	await d.transaction('rw', d.tables, () => Promise.all(d.tables.map((t) => t.clear())));
}

/** Everything but the snapshots, which a restore adds to. */
async function content(d: FactdeckDB) {
	const { snapshots: _s, ...rest } = await dump(d);
	return rest;
}

function parsed(text: string): Backup {
	const result = parseBackup(text);
	if (!result.ok) expect.fail(result.error.message);
	return result.backup;
}

/** A database filled, and backed up at MADE as the app does it: the file, then the flag. */
async function backedUp(d: FactdeckDB): Promise<string> {
	await fill(d);
	const text = await backupFileText(MADE, d);
	await markBackedUp(MADE, d);
	return text;
}

describe('backup file', () => {
	it('carries every bank, card, review, attempt, result, setting and media file', async () => {
		const d = freshDb();
		const backup = parsed(await backedUp(d));
		expect(backup.exportedAt).toEqual(MADE);
		expect(backup.banks.map((b) => b.id)).toEqual(['mine', 'shipped']);
		expect([backup.cards.length, backup.reviews.length, backup.attempts.length, backup.results?.length]).toEqual([6, 4, 1, 1]);
		expect(backup.settings).toMatchObject({ settings: { learner: { newPerDay: 7 } }, meta: { persistRequested: true, lastBackupAt: MADE } });
		expect(backup.media).toEqual([{ bankId: 'mine', name: 'a.png', type: 'image/png', data: 'iVBORw==' }]);
	});

	it('export → wipe → import gives deep-equal data, Dates as Dates, images byte for byte', async () => {
		const d = freshDb();
		const text = await backedUp(d);
		const before = await content(d);
		await wipe(d);
		await restoreBackupFile(parsed(text), LATER, d);
		const after = await content(d);
		expect(after).toStrictEqual(before);
		expect(after.reviews[0].reviewedAt).toBeInstanceOf(Date);
		expect(after.cards[0].due).toBeInstanceOf(Date);
		expect(after.attempts[0].startedAt).toBeInstanceOf(Date);
		expect(after.media[0].blob).toEqual([0x89, 0x50, 0x4e, 0x47]);
		expect(await lastBackupAt(d)).toEqual(MADE);
	});

	it('importing the same backup twice creates no duplicates', async () => {
		const d = freshDb();
		const text = await backedUp(d);
		await restoreBackupFile(parsed(text), LATER, d);
		const once = await content(d);
		await restoreBackupFile(parsed(text), LATER, d);
		expect(await content(d)).toStrictEqual(once);
		expect(once.reviews).toHaveLength(4);
		expect(once.media).toHaveLength(1);
	});

	it('takes a snapshot first, media included, that undoes the restore', async () => {
		const other = freshDb();
		await saveBank(bankOfFacts('elsewhere', 3), T0, {}, other);
		const text = await backupFileText(MADE, other);

		const d = freshDb();
		await fill(d);
		await saveMedia('mine', [{ name: 'b.png', type: 'image/png', bytes: new Uint8Array([1, 2, 3]) }], d);
		const mine = await content(d);
		const undo = await restoreBackupFile(parsed(text), LATER, d);
		expect(await d.banks.toCollection().primaryKeys()).toEqual(['elsewhere']);
		expect(await d.media.count()).toBe(0);
		expect(await listSnapshots(d)).toEqual([{ id: undo, takenAt: LATER, banks: 2, cards: 6, reviews: 4 }]);

		await restoreSnapshot(undo, LATER, d);
		expect(await content(d)).toStrictEqual(mine);
	});

	it('writes nothing, not even the snapshot, when the backup does not check out', async () => {
		const d = freshDb();
		const backup = parsed(await backedUp(d));
		const before = await dump(d);
		const bad = { ...backup, attempts: [{ ...(backup.attempts[0] as object), finishedAt: 'soon' }] };
		await expect(restoreBackupFile(bad, LATER, d)).rejects.toBeInstanceOf(RestoreError);
		const damagedMedia = { ...backup, media: [{ ...backup.media![0], data: '%%' }] };
		await expect(restoreBackupFile(damagedMedia, LATER, d)).rejects.toBeInstanceOf(RestoreError);
		const { format: _f, version: _v, exportedAt: _e, ...data } = backup;
		const error = await restoreAll({ ...data, media: [{ bankId: 'mine', name: 'a.png', type: 'image/png', blob: 'bytes' }] }, LATER, d).catch(
			(e: unknown) => e
		);
		expect((error as RestoreError).problems).toEqual(['media[0].blob: must be a Blob']);
		expect(await dump(d)).toStrictEqual(before);
	});
});
