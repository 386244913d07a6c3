/**
 * The editor's save: a bank with the images it added. Kept apart from
 * banks.ts, which every page loads, since only the editor saves images.
 */
import type { Bank } from '../core/bank/schema';
import { contentHash } from '../core/bank/hash';
import { bankTables, writeBank } from './banks';
import { db, type FactdeckDB } from './db';
import type { MediaRow } from './rows';

/**
 * Saves a whole bank as saveBank does and, in the same transaction, the
 * images its questions show (rows from toMediaRows, their Blobs built before
 * it starts), so a saved bank never names an image that was not stored.
 */
export async function saveBankWithMedia(bank: Bank, now: Date, media: readonly MediaRow[], database: FactdeckDB = db): Promise<void> {
	const hash = contentHash(bank);
	await database.transaction('rw', [...bankTables(database), database.media], async () => {
		await writeBank(database, bank, hash, now, false);
		// None to write: no request, and none needed, after the bank's own writes.
		if (media.length) await database.media.bulkPut(media);
	});
}
