/**
 * The storage side of a full backup: everything read in one transaction, and
 * everything written back in one. A restore writes rows exactly as exported
 * (review ids included, so the log keeps its order), after clearing what was
 * there, so restoring the same backup twice leaves one copy. exportAll leaves
 * media out (snapshots would hold a week of copies of every image); data that
 * brings media (a backup file, see backup-file.ts) replaces it, and data
 * without leaves it in place.
 */
import { contentHash } from '../core/bank/hash';
import type { Attempt } from '../core/quiz/attempt';
import type { Card } from '../core/srs/types';
import { toBank, toBankRow } from './bank-rows';
import { db, type FactdeckDB } from './db';
import { toPages } from './page-build';
import { cardRows } from './card-rows';
import { everyCard } from './card-reads';
import { allQuestionRows } from './question-pages';
import type { BackupData, KeyValueRow, MediaRow, QuestionRow, RestoreData, ResultRow, ReviewRow } from './rows';
import { SYNC_META_KEY, type SyncMeta } from './sync-meta';
import { queueEverything } from './sync-start';
import { RestoreError } from './errors';
import { restoreProblems } from './restore-check';
import { newUid } from './uid';

/** Every table a restore clears and writes. */
const tablesOf = (d: FactdeckDB) => [d.banks, d.questionPages, d.cards, d.reviews, d.attempts, d.results, d.settings, d.meta];

const byKey = (rows: KeyValueRow[]) => Object.fromEntries(rows.map((r) => [r.key, r.value]));

/** Reads everything but media and snapshots, in one read transaction. */
export async function exportAll(database: FactdeckDB = db): Promise<BackupData> {
	return database.transaction('r', tablesOf(database), async () => {
		const [bankRows, questions, cards, reviews, attempts, results, settings, meta] = await Promise.all([
			database.banks.toArray(),
			allQuestionRows(database),
			// Every card, those without a row too (implicit-cards.ts): a backup holds what version 7 held.
			everyCard(database),
			database.reviews.toArray(),
			database.attempts.toArray(),
			database.results.toArray(),
			database.settings.toArray(),
			database.meta.toArray()
		]);
		const grouped = new Map<string, QuestionRow[]>();
		for (const q of questions) {
			const list = grouped.get(q.bankId);
			if (list) list.push(q);
			else grouped.set(q.bankId, [q]);
		}
		const library = Object.fromEntries(bankRows.map((r) => [r.id, { shipped: r.shipped, addedAt: r.addedAt, updatedAt: r.updatedAt }]));
		return {
			banks: bankRows.map((row) => toBank(row, grouped.get(row.id) ?? [])),
			cards,
			reviews,
			attempts,
			results,
			// This device's sync state (its id, the server it signs in to) is not the learner's data.
			settings: { settings: byKey(settings), meta: byKey(meta.filter((row) => row.key !== SYNC_META_KEY)), library }
		};
	});
}

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

const rowsOf = (v: unknown): KeyValueRow[] => Object.entries(record(v)).map(([key, value]) => ({ key, value }));

/**
 * Replaces everything (media too when `data` has it) with `data`, in one
 * transaction; `now` dates banks that come without library facts. Throws
 * RestoreError, having written nothing, when attempts, results, settings or
 * media are not as stored.
 */
export async function restoreAll(data: RestoreData, now: Date, database: FactdeckDB = db): Promise<void> {
	const problems = restoreProblems(data);
	if (problems.length) throw new RestoreError(problems);
	const stored = record(data.settings);
	const library = record(stored.library);
	const banks = data.banks.map((bank) => {
		const info = record(library[bank.id]);
		const date = (v: unknown) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v : now);
		return toBankRow(bank, { hash: contentHash(bank), shipped: info.shipped === true, addedAt: date(info.addedAt), updatedAt: date(info.updatedAt) });
	});
	const pages = data.banks.flatMap((bank) => toPages(bank.id, bank.questions));
	// A card that is exactly its fact's implicit New card needs no row; any other is written as it came.
	const byBank = new Map<string, Card[]>();
	for (const c of data.cards) {
		const list = byBank.get(c.bankId);
		if (list) list.push(c);
		else byBank.set(c.bankId, [c]);
	}
	const cards = [...byBank].flatMap(([bankId, list]) => {
		const i = data.banks.findIndex((b) => b.id === bankId);
		return cardRows(list, banks[i], data.banks[i]?.questions ?? []);
	});
	// A backup made before version 5 (or elsewhere) has reviews without uids: each gets one, to travel by.
	const reviews = data.reviews.map((r: ReviewRow) => (r.uid ? r : { ...r, uid: newUid() }));
	const cleared = data.media ? [...tablesOf(database), database.media] : tablesOf(database);
	await database.transaction('rw', [...cleared, database.outbox], async () => {
		// This device's sync state is its own, not the backup's: it survives the restore.
		const sync = await database.meta.get(SYNC_META_KEY);
		await Promise.all([...cleared, database.outbox].map((table) => table.clear()));
		await Promise.all([
			data.media && database.media.bulkAdd(data.media as MediaRow[]),
			database.banks.bulkAdd(banks),
			database.questionPages.bulkAdd(pages),
			database.cards.bulkAdd(cards),
			database.reviews.bulkAdd(reviews),
			database.attempts.bulkAdd(data.attempts as Attempt[]),
			database.results.bulkAdd((data.results ?? []) as ResultRow[]),
			database.settings.bulkAdd(rowsOf(stored.settings) as KeyValueRow<never>[]),
			database.meta.bulkAdd(rowsOf(stored.meta).filter((row) => row.key !== SYNC_META_KEY))
		]);
		if (sync) await database.meta.put(sync);
		// While syncing, the restored state is pushed whole again.
		if ((sync?.value as SyncMeta | undefined)?.enabled) await queueEverything(database);
	});
}
