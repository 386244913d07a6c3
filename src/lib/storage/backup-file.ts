/**
 * A backup as a file the learner keeps: exportAll plus every media file, in
 * the backup codec's JSON (images as base64). Restoring one goes through
 * restoreWithSnapshot, so a wrong file can be undone from the snapshot list.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, emitBackup, type Backup } from '../core/formats/backup';
import { fromBase64, toBase64 } from '../core/formats/backup-media';
import { exportAll } from './backup';
import { db, type FactdeckDB } from './db';
import { LAST_BACKUP_FLAG } from './backup-status';
import { RestoreError } from './errors';
import type { MediaRow } from './rows';
import { restoreWithSnapshot } from './snapshots';

/**
 * Everything, media included, as backup file text made at `now`. The file
 * records itself as the last backup, so restoring it later does not bring
 * back an older "last backup" date.
 */
export async function backupFileText(now: Date, database: FactdeckDB = db): Promise<string> {
	const tables = [
		database.banks,
		database.questionPages,
		database.cards,
		database.reviews,
		database.attempts,
		database.results,
		database.settings,
		database.meta,
		database.media
	];
	const { data, rows } = await database.transaction('r', tables, async () => {
		const data = await exportAll(database);
		return { data, rows: await database.media.toArray() };
	});
	// Reading Blobs is not IndexedDB work, so it happens after the transaction.
	const media = await Promise.all(
		rows.map(async (m) => ({ bankId: m.bankId, name: m.name, type: m.type, data: toBase64(new Uint8Array(await m.blob.arrayBuffer())) }))
	);
	data.settings.meta[LAST_BACKUP_FLAG] = now;
	return emitBackup({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, ...data, media });
}

/** A parsed backup's media as rows to store; built before the transaction, as Blobs must be. */
function mediaRows(backup: Backup): MediaRow[] | undefined {
	return backup.media?.map((m, i) => {
		const bytes = fromBase64(m.data);
		// parseBackup checked this already; a Backup built some other way is checked again here.
		if (!bytes) throw new RestoreError([`media[${i}].data: must be base64 text`]);
		return { bankId: m.bankId, name: m.name, type: m.type, blob: new Blob([bytes.slice()], { type: m.type }) };
	});
}

/**
 * Replaces everything on this device with a parsed backup, after taking a
 * snapshot that undoes it (its id is returned). All or nothing.
 */
export async function restoreBackupFile(backup: Backup, now: Date, database: FactdeckDB = db): Promise<number> {
	const { banks, cards, reviews, attempts, results, settings } = backup;
	return restoreWithSnapshot({ banks, cards, reviews, attempts, results, settings, media: mediaRows(backup) }, now, database);
}
