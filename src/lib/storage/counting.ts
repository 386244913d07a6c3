/**
 * Counting a bank's counts row (counts.ts) afresh from the indexes: when it
 * is missing (emptied by a write that did not keep it, or never made) or no
 * longer matches the cards. Apart from counts.ts, so that the study page's
 * first card, which nearly always finds its counts stored, does not load it.
 */
import { Dexie } from 'dexie';
import { CardStateKind } from '../core/srs/types';
import { AHEAD_KEPT, countTables, INTRODUCTIONS_KEPT_MS } from './counts';
import type { FactdeckDB } from './db';
import { implicitFacts } from './new-cards';
import { bankCards, newCards, suspendedNew } from './ranges';
import type { BankCountsRow, FactAt } from './rows';

/** The bank's review log keys of introductions (answers to New cards), from `from` on. */
function introductionsFrom(database: FactdeckDB, bankId: string, from: Date | typeof Dexie.minKey) {
	const New = CardStateKind.New;
	return database.reviews.where('[bankId+before.state+reviewedAt]').between([bankId, New, from], [bankId, New, [[]]], true, true);
}

/**
 * A bank's counts, counted from the indexes and its row; runs inside a
 * transaction over banks, questionPages, cards and reviews (countTables).
 */
export async function countBank(database: FactdeckDB, bankId: string): Promise<BankCountsRow> {
	const [bank, rows, newRows, suspended, last] = await Promise.all([
		database.banks.get(bankId),
		bankCards(database, bankId).count(),
		newCards(database, bankId).count(),
		suspendedNew(database, bankId).count(),
		introductionsFrom(database, bankId, Dexie.minKey).last()
	]);
	// One card per fact; the facts without a row are New (new-cards.ts), and so are the New rows not suspended.
	const cards = bank?.factCount ?? rows;
	const fresh = Math.max(0, cards - rows) + newRows - suspended;
	const { next, ahead } = bank ? await lookAhead(database, bankId, 0, bank.questionCount) : { next: 0, ahead: [] };
	if (!last) return { bankId, cards, fresh, introduced: [], next, ahead };
	const from = new Date(last.reviewedAt.getTime() - INTRODUCTIONS_KEPT_MS);
	const keys = (await introductionsFrom(database, bankId, from).keys()) as unknown as [string, number, Date][];
	return { bankId, cards, fresh, introduced: keys.map((key) => key[2].getTime()), next, ahead };
}

/**
 * The bank's first New cards without a row from order `from` on (every fact
 * before `from` has a row), and so where the first of them is: past the last
 * of the bank's `questionCount` questions when there is none.
 */
export function lookAhead(database: FactdeckDB, bankId: string, from: number, questionCount: number): Promise<{ next: number; ahead: FactAt[] }> {
	// Dexie's promise, not an async function: it is awaited deep inside callers' transactions (see implicitFacts).
	return implicitFacts(database, bankId, from, AHEAD_KEPT).then((ahead) => ({ next: ahead[0]?.order ?? questionCount, ahead }));
}

/** The bank's stored counts, or counted afresh when none are stored; inside a transaction over countTables. */
export async function countsOf(database: FactdeckDB, bankId: string): Promise<BankCountsRow> {
	return (await database.bankCounts.get(bankId)) ?? countBank(database, bankId);
}

/** Counts the given banks again from the indexes and stores their rows (banks no longer stored are skipped). */
export async function recountBanks(database: FactdeckDB, bankIds: readonly string[]): Promise<void> {
	const { banks, bankCounts } = database;
	await database.transaction('rw', countTables(database), async () => {
		await Promise.all(
			bankIds.map(async (id) => {
				if ((await banks.where('id').equals(id).count()) > 0) await bankCounts.put(await countBank(database, id));
			})
		);
	});
}
