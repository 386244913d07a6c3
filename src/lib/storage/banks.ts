/**
 * Banks as stored: the bank row, its questions, and one card per fact. A bank
 * is always written whole, in one transaction, and card progress is kept by
 * fact, so editing or updating a bank never loses what the learner has learnt.
 */
import type { Bank, Question } from '../core/bank/schema';
import { contentHash } from '../core/bank/hash';
import { createCard } from '../core/srs/scheduler';
import type { Card } from '../core/srs/types';
import { db, type BankRow, type FactdeckDB, type QuestionRow } from './db';
import { bankCards, bankQuestions, bankReviews } from './ranges';

export { listBankSummaries, type BankSummary } from './summaries';

/** What a shipped-bank sync did, by bank id. */
export interface SyncResult {
	added: string[];
	updated: string[];
	unchanged: string[];
}

/** The question without its storage fields: exactly what was saved. */
export function toQuestion(row: QuestionRow): Question {
	const { bankId: _bank, position: _position, ...question } = row;
	return question;
}

/** Where each fact first appears: its card's introduction order. */
function firstPositions(questions: readonly Question[]): Map<string, number> {
	const positions = new Map<string, number>();
	questions.forEach((q, i) => {
		if (!positions.has(q.fact)) positions.set(q.fact, i);
	});
	return positions;
}

/** Writes a whole bank; must run inside a rw transaction over banks, questions and cards. */
async function writeBank(database: FactdeckDB, bank: Bank, hash: string, now: Date, shipped: boolean): Promise<void> {
	const { questions, ...meta } = bank;
	const positions = firstPositions(questions);
	const existing = await database.banks.get(bank.id);
	const row: BankRow = {
		...meta,
		contentHash: hash,
		questionCount: questions.length,
		factCount: positions.size,
		shipped,
		addedAt: existing?.addedAt ?? now,
		updatedAt: now
	};
	await database.banks.put(row);

	await bankQuestions(database, bank.id).delete();
	await database.questions.bulkAdd(questions.map((q, position) => ({ ...q, bankId: bank.id, position })));

	// Progress belongs to the fact: its card survives any change to the fact's questions.
	const kept = new Set<string>();
	const gone: string[] = [];
	const writes: Card[] = [];
	for (const card of await bankCards(database, bank.id).toArray()) {
		const order = positions.get(card.fact);
		if (order === undefined) gone.push(card.id);
		else {
			kept.add(card.fact);
			if (card.order !== order) writes.push({ ...card, order });
		}
	}
	for (const [fact, order] of positions) {
		if (!kept.has(fact)) writes.push(createCard(bank.id, fact, order, now));
	}
	// The review log of a vanished fact stays: it is history, and a backup keeps it.
	await database.cards.bulkDelete(gone);
	await database.cards.bulkPut(writes);
}

/** Saves a whole bank (new or changed) in one transaction, keeping card progress by fact. */
export async function saveBank(
	bank: Bank,
	now: Date,
	opts: { shipped?: boolean } = {},
	database: FactdeckDB = db
): Promise<void> {
	const hash = contentHash(bank);
	await database.transaction('rw', [database.banks, database.questions, database.cards], () =>
		writeBank(database, bank, hash, now, opts.shipped ?? false)
	);
}

/** The bank exactly as it was saved, questions in order; undefined if there is none. */
export async function getBank(id: string, database: FactdeckDB = db): Promise<Bank | undefined> {
	return database.transaction('r', [database.banks, database.questions], async () => {
		const row = await database.banks.get(id);
		if (!row) return undefined;
		const rows = await bankQuestions(database, id).toArray();
		const { contentHash: _h, questionCount: _q, factCount: _f, shipped: _s, addedAt: _a, updatedAt: _u, ...meta } = row;
		return { ...meta, questions: rows.map(toQuestion) };
	});
}

/** A bank's stored row (metadata and counts, no questions). */
export function getBankMeta(id: string, database: FactdeckDB = db): Promise<BankRow | undefined> {
	return database.banks.get(id);
}

/** Deletes a bank with its questions, cards and review log, in one transaction. */
export async function deleteBank(id: string, database: FactdeckDB = db): Promise<void> {
	const tables = [database.banks, database.questions, database.cards, database.reviews];
	await database.transaction('rw', tables, async () => {
		await database.banks.delete(id);
		await bankQuestions(database, id).delete();
		await bankCards(database, id).delete();
		await bankReviews(database, id).delete();
	});
}

/**
 * Loads the banks shipped with the app: new ones are added, and a shipped bank
 * whose content changed replaces the stored copy (card progress kept by fact).
 * A bank the learner has saved themselves (shipped: false) is theirs and is
 * left alone, as is any bank whose content hash is unchanged. All or nothing.
 */
export async function syncShippedBanks(banks: Bank[], now: Date, database: FactdeckDB = db): Promise<SyncResult> {
	const hashed = banks.map((bank) => ({ bank, hash: contentHash(bank) }));
	const result: SyncResult = { added: [], updated: [], unchanged: [] };
	await database.transaction('rw', [database.banks, database.questions, database.cards], async () => {
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
