/**
 * The storage half of the queue: read what the pure queue in core/srs needs
 * to decide, by index range reads. A session reads only the head of the queue
 * (`gatherQueueHead`): a handful of requests, whatever the number of cards,
 * due cards or banks. `gatherQueue` reads the whole lists, for a view that
 * shows them all.
 */
import type { Question } from '../core/bank/schema';
import type { Settings } from '../core/settings';
import type { QueueHead } from '../core/srs/queue';
import { CardStateKind, type Card, type QueueInput } from '../core/srs/types';
import { toQuestion } from './bank-read';
import { countBank, countTables, newLeft, recountBanks } from './counts';
import { db, type FactdeckDB } from './db';
import { implicitCard } from './implicit-cards';
import { firstImplicitFacts } from './new-cards';
import { factQuestionRows } from './question-pages';
import { active, dueWindow, learningDue, newAllowance, newCards, reviewsDue, type DueWindow } from './ranges';
import type { BankCountsRow } from './rows';

/** One bank, or every bank ("Study all") when bankId is absent. */
export interface Scope {
	bankId?: string;
}

/** The cards a session may show at `now`: learning due, reviews due today, new cards within each bank's daily limit. */
export async function gatherQueue(scope: Scope, now: Date, settings: Settings, database: FactdeckDB = db): Promise<QueueInput> {
	const window = dueWindow(now, settings);
	const { bankId } = scope;
	return database.transaction('r', countTables(database), async () => {
		const banks = bankId === undefined ? await database.banks.toArray() : await database.banks.where('id').equals(bankId).toArray();
		const [learning, reviews, fresh] = await Promise.all([
			Promise.all(learningDue(database, bankId, window).map((range) => range.filter(active).toArray())),
			reviewsDue(database, bankId, window).filter(active).toArray(),
			Promise.all(
				banks.map(async (bank): Promise<Card[]> => {
					const allowed = await newAllowance(database, bank.id, window, settings);
					return allowed > 0 ? firstNew(database, bank.id, await database.bankCounts.get(bank.id), allowed) : [];
				})
			)
		]);
		return { now, learning: learning.flat(), reviews, fresh: fresh.flat() };
	});
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
 * A bank's first `limit` New cards the queue may introduce, in order: its
 * New rows not suspended and its cards without a row (those its counts keep
 * ahead, or else from `next` on, see new-cards.ts), merged by order; every
 * read issued at once.
 */
async function firstNew(database: FactdeckDB, bankId: string, counts: BankCountsRow | undefined, limit: number): Promise<Card[]> {
	const [bank, rows, facts] = await Promise.all([
		database.banks.get(bankId),
		newCards(database, bankId).filter(active).limit(limit).toArray(),
		firstImplicitFacts(database, bankId, counts, limit)
	]);
	const implicit = bank ? facts.map(({ fact, order }) => implicitCard(bank, fact, order)) : [];
	return [...rows, ...implicit].sort((a, b) => a.order - b.order).slice(0, limit);
}

/** The New cards still allowed today in scope, and the first of them, from the per-bank counts. */
async function freshHead(database: FactdeckDB, bankId: string | undefined, window: DueWindow, settings: Settings) {
	const [ids, stored] = await Promise.all([
		bankId === undefined ? (database.banks.toCollection().primaryKeys() as Promise<string[]>) : [bankId],
		bankId === undefined ? database.bankCounts.toArray() : database.bankCounts.get(bankId).then((row) => (row ? [row] : []))
	]);
	const rows = new Map<string, BankCountsRow>(stored.map((row) => [row.bankId, row]));
	const recount = async (list: string[]) => {
		for (const row of await Promise.all(list.map((id) => countBank(database, id)))) rows.set(row.bankId, row);
	};
	// A row from before version 8 (no `next`) is counted again, as a missing one is.
	const uncounted = ids.filter((id) => rows.get(id)?.next === undefined);
	await recount(uncounted);
	for (let pass = 1; ; pass++) {
		let count = 0;
		let firstBank: string | undefined;
		// Bank ids in key order: the order in which "Study all" introduces banks' New cards.
		for (const id of ids) {
			const left = newLeft(rows.get(id)!, window, settings);
			count += left;
			if (left > 0) firstBank ??= id;
		}
		const first = firstBank === undefined ? undefined : (await firstNew(database, firstBank, rows.get(firstBank), 1))[0];
		// A count counted in this very transaction is exact: a second pass always returns.
		if (firstBank === undefined || first || pass === 2) return { count, first: first ?? null, uncounted };
		// Counts that promise a New card the bank does not have were not kept in step: count that bank again.
		uncounted.push(firstBank);
		await recount([firstBank]);
	}
}

/** The tables a queue head reads, for a caller that reads it inside a transaction of its own. */
export function queueTables(database: FactdeckDB) {
	return countTables(database);
}

/**
 * The head of the queue at `now`, read inside the caller's transaction over
 * `queueTables`, and the banks whose counts had to be counted for it: the
 * caller stores those after the transaction (`recountBanks`), as it only reads.
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
	const { head, uncounted } = await database.transaction('r', queueTables(database), () => readQueueHead(scope, now, settings, database));
	// What had to be counted here is stored, so the next read finds it.
	if (uncounted.length > 0) await recountBanks(database, uncounted);
	return head;
}

/** The questions that share the card of `fact`, in bank order. */
export async function questionsForFact(bankId: string, fact: string, database: FactdeckDB = db): Promise<Question[]> {
	return (await factQuestionRows(database, bankId, fact)).map(toQuestion);
}
