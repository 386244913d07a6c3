/**
 * Banks as stored: the bank row, its questions, and one card per fact. A bank
 * is always saved whole, in one transaction (only its new and changed rows are
 * written), and card progress is kept by fact, so editing or updating a bank
 * never loses what the learner has learnt.
 */
import { Dexie } from 'dexie';
import type { Bank } from '../core/bank/schema';
import { contentHash } from '../core/bank/hash';
import { CardStateKind, type Card } from '../core/srs/types';
import { AHEAD_KEPT } from './counts';
import { countBank } from './counting';
import { bankMeta, toBank, toBankRow, toQuestionRows } from './bank-rows';
import { db, type FactdeckDB } from './db';
import { factOrders, isImplicit } from './card-rows';
import { pageRows } from './page-layout';
import { writePages } from './page-writes';
import { bankPages, bankQuestionRows } from './question-pages';
import { bankAttempts, bankMedia, bankReviews } from './bank-ranges';
import { bankCards } from './ranges';
import { bankDocs, outboxTables, queueBankDeletion, queueDocs } from './outbox';
import type { BankRow, FactAt, QuestionRow } from './rows';

export { getBankMeta } from './bank-read';
export { listBankSummaries } from './summaries';

/** What a shipped-bank sync did, by bank id. */
export interface SyncResult {
	added: string[];
	updated: string[];
	unchanged: string[];
}

/** Rows per bulk write: small enough to report progress on a large import, large enough to stay fast. */
const WRITE_CHUNK = 2000;

/** Writes `rows` in chunks of WRITE_CHUNK, telling `onRows` of each one written. */
export async function writeChunks<T>(write: (chunk: T[]) => Promise<unknown>, rows: readonly T[], onRows?: (count: number) => void): Promise<void> {
	for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
		const chunk = rows.slice(i, i + WRITE_CHUNK);
		await write(chunk);
		onRows?.(chunk.length);
	}
}

/** Compared with the stored rows: ids no longer there, rows with a new id, and rows whose content changed. */
function questionChanges(stored: readonly QuestionRow[], rows: readonly QuestionRow[]): { gone: string[]; added: QuestionRow[]; changed: QuestionRow[] } {
	const before = new Map(stored.map((row) => [row.id, row]));
	const ids = new Set(rows.map((row) => row.id));
	const added: QuestionRow[] = [];
	const changed: QuestionRow[] = [];
	for (const row of rows) {
		const old = before.get(row.id);
		// Both sides are plain rows built by toQuestionRows, so their JSON differs exactly when a field does.
		if (!old) added.push(row);
		else if (JSON.stringify(old) !== JSON.stringify(row)) changed.push(row);
	}
	return { gone: stored.filter((row) => !ids.has(row.id)).map((row) => row.id), added, changed };
}

/**
 * Writes a whole bank; must run inside a rw transaction over banks,
 * questions, cards, reviews and bankCounts (`bankTables`). `onRows` hears of
 * each chunk written (questions, then cards, one per fact), so an import can
 * show progress without leaving the transaction. With `queue` (a learner's
 * own save; never a shipped bank, which every device has, nor a pulled one)
 * the bank and its changed or removed questions wait to be pushed, while
 * syncing is on.
 */
export async function writeBank(
	database: FactdeckDB,
	bank: Bank,
	hash: string,
	now: Date,
	shipped: boolean,
	onRows?: (count: number) => void,
	queue = !shipped
): Promise<void> {
	const positions = factOrders(bank.questions);
	const [existing, stored, counts, storedPages] = await Promise.all([
		database.banks.get(bank.id),
		bankCards(database, bank.id).toArray(),
		database.bankCounts.get(bank.id),
		bankPages(database, bank.id).toArray()
	]);
	const storedQuestions = storedPages.flatMap(pageRows);
	// A missing counts row is counted from the review log, which this write leaves as it is.
	const introduced = counts ? counts.introduced : (await countBank(database, bank.id)).introduced;

	// Progress belongs to the fact: its card survives any change to the fact's questions. A fact
	// with no card row has a New card all the same (implicit-cards.ts): a new fact needs no write.
	const row = toBankRow(bank, { hash, shipped, addedAt: existing?.addedAt ?? now, updatedAt: now });
	const kept = new Set<string>();
	const gone: string[] = [];
	const writes: Card[] = [];
	let fresh = 0;
	for (const card of stored) {
		const order = positions.get(card.fact);
		const placed = order === undefined || card.order === order ? card : { ...card, order };
		// A row that says no more than its fact's implicit card goes too: the card reads back the same.
		if (order === undefined || isImplicit(placed, row)) gone.push(card.id);
		else {
			kept.add(card.fact);
			if (card.state === CardStateKind.New && !card.suspended) fresh++;
			if (placed !== card) writes.push(placed);
		}
	}
	// Facts in introduction order: the first without a row is where the queue starts, and the first few are kept ahead.
	const ahead: FactAt[] = [];
	for (const [fact, order] of positions) {
		if (kept.has(fact)) continue;
		fresh++;
		if (ahead.length < AHEAD_KEPT) ahead.push({ fact, order });
	}
	const next = ahead[0]?.order ?? bank.questions.length;
	// The review log of a vanished fact stays: it is history, and a backup keeps it; so do its introductions.
	await Promise.all([
		database.banks.put(row),
		database.cards.bulkDelete(gone),
		database.bankCounts.put({ bankId: bank.id, cards: positions.size, fresh, introduced, next, ahead })
	]);
	// Only pages whose questions changed are written: saving one edit of a large bank rewrites one page.
	await writePages(database, bank.id, bank.questions, storedPages, onRows);
	if (queue) {
		const { gone: goneQuestions, added, changed } = questionChanges(storedQuestions, toQuestionRows(bank));
		// The bank's own document (its metadata and question order) goes when it is new here, becomes the
		// learner's, or either changed.
		const questions = bankDocs(bank.id, [...goneQuestions, ...added.map((q) => q.id), ...changed.map((q) => q.id)]);
		const reordered = storedQuestions.map((q) => q.id).join('\n') !== bank.questions.map((q) => q.id).join('\n');
		await queueDocs(database, !existing || existing.shipped || reordered || metaChanged(existing, bank) ? questions : questions.slice(1));
	}
	// Every card counts once in the progress, written or not (a new fact's card has no row to write),
	// so the total is always questions + facts.
	await writeChunks((chunk) => database.cards.bulkPut(chunk), writes, onRows);
	if (writes.length < positions.size) onRows?.(positions.size - writes.length);
}

/** Whether the bank's metadata (all but its questions) differs from the stored row's. */
function metaChanged(row: BankRow, bank: Bank): boolean {
	const { questions: _q, ...meta } = bank;
	return JSON.stringify(bankMeta(row)) !== JSON.stringify(meta);
}

/** A bank's cards that are not New (Learning, Review, Relearning: the states after New), by index range. */
export function studiedCards(database: FactdeckDB, bankId: string) {
	const { Learning, Relearning } = CardStateKind;
	return database.cards.where('[bankId+state+due]').between([bankId, Learning, Dexie.minKey], [bankId, Relearning, Dexie.maxKey], true, true);
}

/** The tables `writeBank` writes (and reads), for the transactions that call it. */
export function bankTables(database: FactdeckDB) {
	return [database.banks, database.questionPages, database.cards, database.reviews, database.bankCounts, ...outboxTables(database)];
}

/** Saves a whole bank (new or changed) in one transaction, keeping card progress by fact. */
export async function saveBank(bank: Bank, now: Date, opts: { shipped?: boolean } = {}, database: FactdeckDB = db): Promise<void> {
	const hash = contentHash(bank);
	await database.transaction('rw', bankTables(database), () => writeBank(database, bank, hash, now, opts.shipped ?? false));
}

/** The bank exactly as it was saved, questions in order; undefined if there is none. */
export async function getBank(id: string, database: FactdeckDB = db): Promise<Bank | undefined> {
	return database.transaction('r', [database.banks, database.questionPages], async () => {
		const row = await database.banks.get(id);
		if (!row) return undefined;
		return toBank(row, await bankQuestionRows(database, id));
	});
}

/** Deletes a bank with everything that belongs to it (questions, cards, log, attempts, results, media), in one transaction. */
export async function deleteBank(id: string, database: FactdeckDB = db): Promise<void> {
	const { banks, questionPages, cards, reviews, attempts, results, media, bankCounts } = database;
	await database.transaction('rw', [banks, questionPages, cards, reviews, attempts, results, media, bankCounts, ...outboxTables(database)], async () => {
		await removeBank(database, id);
		// A deleted bank is deleted on every device, and never comes back.
		await queueBankDeletion(database, id);
	});
}

/** Deletes a bank with everything that belongs to it, inside a rw transaction over those tables. */
export async function removeBank(database: FactdeckDB, id: string): Promise<void> {
	await database.banks.delete(id);
	await Promise.all([
		database.bankCounts.delete(id),
		bankPages(database, id).delete(),
		bankCards(database, id).delete(),
		bankReviews(database, id).delete(),
		bankAttempts(database, id).delete(),
		database.results.where('bankId').equals(id).delete(),
		bankMedia(database, id).delete()
	]);
}

/** A bank with its content hash (`contentHash`). */
export interface HashedBank {
	bank: Bank;
	hash: string;
}

/**
 * Loads the banks shipped with the app: new ones are added, and a shipped bank
 * whose content changed replaces the stored copy (card progress kept by fact).
 * A bank the learner has saved themselves (shipped: false) is theirs and is
 * left alone, as is any bank whose content hash is unchanged. All or nothing;
 * an update that drops a fact the learner studied snapshots everything first.
 */
export async function syncShippedBanks(banks: (Bank | HashedBank)[], now: Date, database: FactdeckDB = db): Promise<SyncResult> {
	// The app's shipped banks come with their hashes, computed when the app was built.
	const hashed = banks.map((bank) => ('hash' in bank ? bank : { bank, hash: contentHash(bank) }));
	const result: SyncResult = { added: [], updated: [], unchanged: [] };
	// Checked before the write, so the snapshot code loads only for such an update, never on a first run.
	const guard = (await dropsStudiedFact(database, hashed)) ? await import('./snapshots') : undefined;
	const tables = guard ? [...guard.snapshotTables(database), database.bankCounts] : bankTables(database);
	await database.transaction('rw', tables, async () => {
		if (guard) await guard.snapshotNow(database, now, false, 'Before an app update of its banks');
		for (const { bank, hash } of hashed) {
			const stored = await database.banks.get(bank.id);
			if (stored && (!stored.shipped || stored.contentHash === hash)) {
				result.unchanged.push(bank.id);
				continue;
			}
			await writeBank(database, bank, hash, now, true);
			(stored ? result.updated : result.added).push(bank.id);
		}
	});
	return result;
}

/** Whether updating the stored shipped banks to `hashed` would delete a studied card (its fact gone); reads only. */
async function dropsStudiedFact(database: FactdeckDB, hashed: HashedBank[]): Promise<boolean> {
	const stored = await database.banks.bulkGet(hashed.map(({ bank }) => bank.id));
	const updates = hashed.filter(({ hash }, i) => stored[i]?.shipped && stored[i].contentHash !== hash);
	const drops = await Promise.all(
		updates.map(async ({ bank }) => {
			const facts = new Set(bank.questions.map((q) => q.fact));
			return (await studiedCards(database, bank.id).toArray()).some((card) => !facts.has(card.fact));
		})
	);
	return drops.includes(true);
}
