/**
 * The storage half of the queue: read what the pure queue in core/srs needs
 * to decide, by index range reads. A session reads only the head of the queue
 * (`gatherQueueHead`): a handful of requests, whatever the number of cards,
 * due cards or banks. `gatherQueue` (queue-lists.ts) reads the whole lists.
 */
import type { Question } from '../core/bank/schema';
import type { Settings } from '../core/settings';
import type { QueueHead } from '../core/srs/queue';
import { CardStateKind, type Card } from '../core/srs/types';
import { toQuestion } from './bank-read';
import { cardId } from '../core/srs/card';
import { countTables, newLeft } from './counts';
import { db, type FactdeckDB } from './db';
import { implicitCard } from './implicit-cards';
import { factQuestionRows } from './question-pages';
import { active, dueWindow, learningDue, newCards, reviewsDue, type DueWindow } from './ranges';
import type { BankCountsRow, FactAt } from './rows';

/** One bank, or every bank ("Study all") when bankId is absent. */
export interface Scope {
	bankId?: string;
}

type Range = ReturnType<typeof reviewsDue>;

/** Cards of `state` due exactly at `due`, in one bank or in all: the ties of a list's head. */
function dueAt(database: FactdeckDB, bankId: string | undefined, state: CardStateKind, due: Date) {
	return bankId === undefined
		? database.cards.where('[state+due]').equals([state, due])
		: database.cards.where('[bankId+state+due]').equals([bankId, state, due]);
}

const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/**
 * How many cards the ranges hold that are not suspended, and the cards due
 * first among those (all of those sharing that due time). `ranges(false)`
 * makes fresh collections, as a Dexie collection is changed by limit();
 * `ranges(true)` the same ranges' suspended cards, which a sparse index
 * counts without reading the rest. States are given in range order.
 */
async function listHead(
	database: FactdeckDB,
	bankId: string | undefined,
	states: readonly CardStateKind[],
	ranges: (suspended: boolean) => Range[]
): Promise<{ count: number; head: Card[] }> {
	const [counts, suspended, tops] = await Promise.all([
		Promise.all(ranges(false).map((range) => range.count())),
		Promise.all(ranges(true).map((range) => range.count())),
		Promise.all(ranges(false).map((range) => range.filter(active).limit(2).toArray()))
	]);
	const count = sum(counts) - sum(suspended);
	const firsts = tops.flatMap((top) => top.slice(0, 1));
	if (firsts.length === 0) return { count, head: [] };
	const due = Math.min(...firsts.map((card) => card.due.getTime()));
	const groups = await Promise.all(
		tops.map((top, i) => {
			if (top[0]?.due.getTime() !== due) return [];
			// A second card at the same moment means there may be more: read them all.
			return top[1]?.due.getTime() === due ? dueAt(database, bankId, states[i], top[0].due).filter(active).toArray() : [top[0]];
		})
	);
	return { count, head: groups.flat() };
}

/**
 * A bank's first New card the queue may introduce: its first New row not
 * suspended, or the first card without a row its counts keep ahead, whichever
 * comes first. Null when the counts are stale: the card they keep has a row
 * after all, or the bank has no New card they promise.
 */
async function firstNewCard(database: FactdeckDB, bankId: string, ahead: readonly FactAt[]): Promise<Card | null> {
	const kept = ahead[0];
	const [bank, rows, taken] = await Promise.all([
		database.banks.get(bankId),
		newCards(database, bankId).filter(active).limit(1).toArray(),
		kept && database.cards.get(cardId(bankId, kept.fact))
	]);
	if (taken) return null;
	const implicit = bank && kept ? implicitCard(bank, kept.fact, kept.order) : undefined;
	const row = rows[0];
	return (row && (!implicit || row.order < implicit.order) ? row : implicit) ?? null;
}

/**
 * The New cards still allowed today in scope and the first of them, from the
 * per-bank counts; `uncounted` names the banks whose counts are missing or
 * stale, which the caller counts before reading again (readCounted).
 */
async function freshHead(database: FactdeckDB, bankId: string | undefined, window: DueWindow, settings: Settings) {
	const [ids, stored] = await Promise.all([
		(bankId === undefined ? database.banks.toCollection() : database.banks.where('id').equals(bankId)).primaryKeys() as Promise<string[]>,
		bankId === undefined ? database.bankCounts.toArray() : database.bankCounts.get(bankId).then((row) => (row ? [row] : []))
	]);
	const rows = new Map<string, BankCountsRow>(stored.map((row) => [row.bankId, row]));
	// A missing row, or one from before version 8 (nothing kept ahead), is counted first.
	const uncounted = ids.filter((id) => rows.get(id)?.ahead === undefined);
	if (uncounted.length > 0) return { count: 0, first: null, uncounted };
	let count = 0;
	let firstBank: BankCountsRow | undefined;
	// Bank ids in key order: the order in which "Study all" introduces banks' New cards.
	for (const id of ids) {
		const row = rows.get(id)!;
		const left = newLeft(row, window, settings);
		count += left;
		if (left > 0) firstBank ??= row;
	}
	const first = firstBank ? await firstNewCard(database, firstBank.bankId, firstBank.ahead!) : null;
	// Counts that promise a New card the bank does not have were not kept in step: that bank is counted again.
	return { count, first, uncounted: firstBank && !first ? [firstBank.bankId] : [] };
}

/** The tables a queue head reads, for a caller that reads it inside a transaction of its own. */
export function queueTables(database: FactdeckDB) {
	return countTables(database);
}

/**
 * The head of the queue at `now`, read inside the caller's transaction over
 * `queueTables`, and the banks whose counts are missing or stale: when there
 * are any, the head's New card is not known yet, and the caller counts them
 * and reads again (readCounted).
 */
export async function readQueueHead(scope: Scope, now: Date, settings: Settings, database: FactdeckDB): Promise<{ head: QueueHead; uncounted: string[] }> {
	const window = dueWindow(now, settings);
	const { bankId } = scope;
	const { Learning, Relearning, Review } = CardStateKind;
	// The New-card counts go first: the read of the first New card that depends on them is
	// then queued while IndexedDB is still busy with the lists' counts.
	const [fresh, learning, reviews] = await Promise.all([
		freshHead(database, bankId, window, settings),
		listHead(database, bankId, [Learning, Relearning], (suspended) => learningDue(database, bankId, window, suspended)),
		listHead(database, bankId, [Review], (suspended) => [reviewsDue(database, bankId, window, suspended)])
	]);
	const counts = { new: fresh.count, learning: learning.count, review: reviews.count };
	return { head: { now, counts, learning: learning.head, reviews: reviews.head, fresh: fresh.first }, uncounted: fresh.uncounted };
}

/**
 * The head of the queue at `now`: the learning and review cards due first,
 * the first New card allowed today, and how many of each are left.
 */
export async function gatherQueueHead(scope: Scope, now: Date, settings: Settings, database: FactdeckDB = db): Promise<QueueHead> {
	const read = () => database.transaction('r', queueTables(database), () => readQueueHead(scope, now, settings, database));
	return (await readCounted(database, read)).head;
}

/**
 * Reads (`read`, a queue head read in a transaction of its own) until no
 * bank's counts are missing or stale, counting those that are between reads:
 * counting.ts is fetched only then, as stored counts are the rule. A third
 * read that still finds some (writes racing the counts) stands as it is.
 */
export async function readCounted<T extends { uncounted: string[] }>(database: FactdeckDB, read: () => Promise<T>): Promise<T> {
	let result = await read();
	for (let tries = 1; result.uncounted.length > 0 && tries < 3; tries++) {
		const { recountBanks } = await import('./counting');
		await recountBanks(database, result.uncounted);
		result = await read();
	}
	return result;
}

/** The questions that share the card of `fact`, in bank order. */
export async function questionsForFact(bankId: string, fact: string, database: FactdeckDB = db): Promise<Question[]> {
	return (await factQuestionRows(database, bankId, fact)).map(toQuestion);
}
