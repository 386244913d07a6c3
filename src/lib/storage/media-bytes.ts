/**
 * A bank's images as bytes, for the exports that embed them (Moodle XML).
 * Apart from media.ts, which the study page loads to show images.
 */
import { db, type FactdeckDB } from './db';

/** The bytes of those of a bank's media files that are stored, by name. */
export async function readMediaBytes(bankId: string, names: readonly string[], database: FactdeckDB = db): Promise<Map<string, Uint8Array>> {
	const rows = await database.media.bulkGet(names.map((name) => [bankId, name] as [string, string]));
	const out = new Map<string, Uint8Array>();
	// Reading a Blob is not IndexedDB work: after the read, outside any transaction.
	for (const row of rows) if (row) out.set(row.name, new Uint8Array(await row.blob.arrayBuffer()));
	return out;
}
