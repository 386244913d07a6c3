/**
 * Per bank, the numbers the daily New-card limit and the library need, kept
 * in a small row so that "Study all" and the library read one row per bank
 * instead of counting index ranges bank by bank: how many cards and how many
 * New cards the bank holds, and when its last New cards were introduced (an
 * introduction is an answer given to a New card; the limit counts those of
 * the current study day).
 *
 * The rows are a cache of what the cards and the review log say. The storage
 * functions that write cards or the log keep them in step in the same
 * transaction; any other write empties the table (see counts-guard.ts), and
 * a missing row is counted again from the indexes when it is next needed.
 */
import { Dexie } from 'dexie';
import type { Settings } from '../core/settings';
import { CardStateKind } from '../core/srs/types';
import type { FactdeckDB } from './db';
import { implicitFacts } from './new-cards';
import { bankCards, newCards, suspendedNew, type DueWindow } from './ranges';
import type { BankCountsRow, FactAt } from './rows';

/** How many of a bank's next New cards without a row its counts row keeps, so that next card reads no question page. */
export const AHEAD_KEPT = 16;

/** Introductions older than this before the latest one are dropped: a study day lasts at most 25 hours. */
const INTRODUCTIONS_KEPT_MS = 48 * 3_600_000;

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
function lookAhead(database: FactdeckDB, bankId: string, from: number, questionCount: number): Promise<{ next: number; ahead: FactAt[] }> {
	// Dexie's promise, not an async function: it is awaited deep inside callers' transactions (see implicitFacts).
	return implicitFacts(database, bankId, from, AHEAD_KEPT).then((ahead) => ({ next: ahead[0]?.order ?? questionCount, ahead }));
}

/**
 * The counts after an introduction used the last New card without a row that
 * they kept: the next ones looked up, inside the answer's transaction once its
 * card row is written. Unchanged when some are still kept.
 */
export async function keepAhead(database: FactdeckDB, row: BankCountsRow): Promise<BankCountsRow> {
	if (row.ahead?.length !== 0 || row.next === undefined) return row;
	const bank = await database.banks.get(row.bankId);
	return bank ? { ...row, ...(await lookAhead(database, row.bankId, row.next, bank.questionCount)) } : row;
}

/** The tables countBank reads, for the transactions that may count a bank. */
export function countTables(database: FactdeckDB) {
	return [database.banks, database.questionPages, database.cards, database.reviews, database.bankCounts];
}

/** The bank's stored counts, or counted afresh when none are stored; inside a transaction over countTables. */
export async function countsOf(database: FactdeckDB, bankId: string): Promise<BankCountsRow> {
	return (await database.bankCounts.get(bankId)) ?? countBank(database, bankId);
}

/** How many New cards the bank may still introduce in the window's study day: its allowance, capped by its New cards. */
export function newLeft(row: BankCountsRow, window: DueWindow, settings: Settings): number {
	const start = window.dayStart.getTime();
	const end = window.dayEnd.getTime();
	const today = row.introduced.filter((at) => at >= start && at < end).length;
	return Math.min(row.fresh, Math.max(0, settings.newPerDay - today));
}

/** The counts after one of the bank's New cards (the one at `order`) was introduced at `at`: it has a row now. */
export function introduced(row: BankCountsRow, at: Date, order: number): BankCountsRow {
	const times = [...row.introduced, at.getTime()].sort((a, b) => a - b);
	const keepFrom = times[times.length - 1] - INTRODUCTIONS_KEPT_MS;
	const ahead = row.ahead?.filter((at) => at.order !== order);
	// The first New card without a row is further on than this one: the first still kept, or further.
	const next = ahead?.length ? ahead[0].order : row.next === order ? order + 1 : row.next;
	return withNext({ ...row, fresh: row.fresh - 1, introduced: times.filter((t) => t >= keepFrom), ...(ahead && { ahead }) }, next);
}

/** The counts after the introduction at `at` was undone: the card of `fact` is New again, without a row when `rowless`. */
export function unintroduced(row: BankCountsRow, at: Date, { fact, order }: FactAt, rowless: boolean): BankCountsRow {
	const times = [...row.introduced];
	const i = times.indexOf(at.getTime());
	if (i >= 0) times.splice(i, 1);
	const next = rowless && row.next !== undefined ? Math.min(row.next, order) : row.next;
	const last = row.ahead?.at(-1);
	// Among the first cards without a row kept only if it comes before the last of them; after it, they stay the first.
	const ahead =
		rowless && row.ahead && last && order < last.order ? [...row.ahead, { fact, order }].sort((a, b) => a.order - b.order).slice(0, AHEAD_KEPT) : row.ahead;
	return withNext({ ...row, fresh: row.fresh + 1, introduced: times, ...(ahead && { ahead }) }, next);
}

/** The row with `next`, or without it (and what it keeps ahead) when unknown: the row is then counted again before the queue uses it. */
function withNext(row: BankCountsRow, next: number | undefined): BankCountsRow {
	const { next: _old, ahead, ...rest } = row;
	return next === undefined ? rest : { ...rest, next, ...(ahead && { ahead }) };
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
