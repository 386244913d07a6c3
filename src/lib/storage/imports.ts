/**
 * Importing a bank (from a file, a share link, an Anki deck, or one made on
 * /create): the bank, its questions, its cards, its images and the review
 * history it brings (an Anki package's: import-reviews.ts) are written in ONE
 * transaction, so a failure anywhere, or the tab closing midway, leaves
 * nothing behind; a free id for a copy is chosen in that transaction too. A
 * replace of a bank with progress snapshots everything first, in that same
 * transaction, so no caller can skip it.
 */
import type { Bank } from '../core/bank/schema';
import { contentHash } from '../core/bank/hash';
import type { ImportHistory } from '../core/formats/import-history';
import { bankTables, writeBank, writeChunks } from './banks';
import { db, type FactdeckDB } from './db';
import { mediaType, toMediaRows } from './media';
import { bankMedia } from './bank-ranges';
import { snapshotBeforeReplace } from './replace-loss';
import { snapshotTables } from './snapshots';

/** What to do when a bank with the same id is already stored. */
export type ConflictChoice = 'replace' | 'copy';

export interface ImportOptions {
	/** Images by file name, as an Anki deck carries them. */
	media?: Map<string, Uint8Array>;
	/** Review history and scheduling to bring along (an Anki package's): written with the bank, replayed with the learner's scheduler options. */
	history?: ImportHistory;
	/**
	 * `replace`: the stored bank becomes this one (card progress kept by fact,
	 * its images replaced by these), after a snapshot when it has progress;
	 * `copy`: keep both, this one under a free id (`id-2`, `id-3`…).
	 */
	onConflict: ConflictChoice;
	/**
	 * Hears rows written so far of the total, after each chunk. It is called
	 * inside the transaction, so it must be synchronous: awaiting anything that
	 * is not IndexedDB there would let the transaction commit half-way.
	 */
	onProgress?: (done: number, total: number) => void;
}

/** A bank id not yet stored: `base` itself, or `base-2`, `base-3`… (still a valid slug). */
export async function freeBankId(base: string, database: FactdeckDB = db): Promise<string> {
	return database.transaction('r', database.banks, async () => {
		const [own, suffixed] = await Promise.all([database.banks.get(base), database.banks.where('id').startsWith(`${base}-`).primaryKeys()]);
		if (!own) return base;
		const taken = new Set(suffixed);
		let n = 2;
		while (taken.has(`${base}-${n}`)) n++;
		return `${base}-${n}`;
	});
}

/** Where an import went: the id it was stored under, and the snapshot taken before it replaced a bank with progress. */
export interface Imported {
	id: string;
	snapshotId?: number;
}

/** Imports a bank with its images, all or nothing; a replace of a bank with progress snapshots everything first. */
export async function importBank(bank: Bank, now: Date, opts: ImportOptions, database: FactdeckDB = db): Promise<Imported> {
	const files = [...(opts.media ?? [])].map(([name, bytes]) => ({ name, type: mediaType(name, bytes), bytes }));
	const facts = new Set(bank.questions.map((q) => q.fact)).size;
	const total = bank.questions.length + facts + files.length + (opts.history?.summary.reviews ?? 0);
	// The history's code (and the scheduler's) is loaded only for an import that brings one, before the
	// transaction: awaiting a module load inside it would let it commit half-way.
	const history = opts.history && { data: opts.history, write: await import('./import-reviews') };
	const schedulerOptions = history && (await history.write.answerOptions(database));
	let done = 0;
	const advance = (count: number) => {
		done += count;
		opts.onProgress?.(done, total);
	};
	const replacing = opts.onConflict === 'replace';
	// A replace also reads everything for its snapshot, and writes the snapshot.
	const tables = replacing ? [...snapshotTables(database), database.bankCounts] : [...bankTables(database), database.media];
	return database.transaction('rw', tables, async () => {
		const id = replacing ? bank.id : await freeBankId(bank.id, database);
		const snapshotId = replacing ? await snapshotBeforeReplace(database, id, now, files.length > 0) : undefined;
		const stored: Bank = id === bank.id ? bank : { ...bank, id };
		// The media rows carry the final id, known only now; building Blobs is synchronous work.
		const rows = toMediaRows(id, files);
		await writeBank(database, stored, contentHash(stored), now, false, advance);
		await bankMedia(database, id).delete();
		await writeChunks((chunk) => database.media.bulkAdd(chunk), rows, advance);
		if (history && schedulerOptions) await history.write.writeHistory(database, id, history.data, schedulerOptions, now, advance);
		return snapshotId === undefined ? { id } : { id, snapshotId };
	});
}
