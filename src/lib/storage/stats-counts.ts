/**
 * What the statistics page reads of the cards before anything else: counts
 * by state, how much of each bank is known, and due times for the forecast.
 * Counting an index range walks its keys one by one, and a walk of every
 * card took a second on disk at 100,000 cards; so only the short ranges are
 * walked (learning and relearning cards, Review cards already due, those due
 * within the forecast, suspended cards), and the rest follows from the
 * per-bank counts the app keeps (counts.ts): every card of a bank, and its
 * New ones.
 */
import { Dexie } from 'dexie';
import { bankOfCard } from '../core/srs/card';
import { CardStateKind } from '../core/srs/types';
import { countTables } from './counts';
import { countBank } from './counting';
import { db, type FactdeckDB } from './db';

const MIN = Dexie.minKey;
const MAX = Dexie.maxKey;
const { New, Learning, Review, Relearning } = CardStateKind;
const STUDIED = [Learning, Review, Relearning];

/** Cards in `state` due from `from` to before `to`, of one bank or of all. */
function dueBetween(database: FactdeckDB, bankId: string | undefined, state: CardStateKind, from: unknown, to: unknown) {
	return bankId === undefined
		? database.cards.where('[state+due]').between([state, from], [state, to], true, false)
		: database.cards.where('[bankId+state+due]').between([bankId, state, from], [bankId, state, to], true, false);
}

/** The suspended ones among `dueBetween`'s cards, from the sparse suspended indexes. */
function suspendedBetween(database: FactdeckDB, bankId: string | undefined, state: CardStateKind, from: unknown, to: unknown) {
	return bankId === undefined
		? database.cards.where('[suspended+state+due]').between([1, state, from], [1, state, to], true, false)
		: database.cards.where('[suspended+bankId+state+due]').between([1, bankId, state, from], [1, bankId, state, to], true, false);
}

/** The last part of each compound key: the due time. */
const dueOf = (keys: unknown[]) => keys.map((key) => (key as unknown[])[(key as unknown[]).length - 1] as Date);

/** How many of the card ids belong to each bank. */
function perBank(ids: unknown[]): (bankId: string) => number {
	const counts = new Map<string, number>();
	for (const id of ids as string[]) counts.set(bankOfCard(id), (counts.get(bankOfCard(id)) ?? 0) + 1);
	return (bankId) => counts.get(bankId) ?? 0;
}

/** A bank as the statistics list it. */
export interface BankCards {
	id: string;
	title: string;
	cards: number;
	/** Review cards not due by the moment read (see knownShare in core/stats/cards.ts). */
	known: number;
	/** Cards per state (New, Learning, Review, Relearning), suspended ones included. */
	byState: number[];
}

export interface CardCounts {
	/** The banks in scope. */
	banks: BankCards[];
	/** The suspended cards in scope, per state. */
	suspended: number[];
	/** Due times of the cards studied and due before `until` (suspended ones too), and of the suspended ones, for the forecast. */
	due: Date[];
	suspendedDue: Date[];
}

/** The cards of every bank, or of one, at `now`, with their due times up to `until`; one read transaction, no card loaded. */
export function cardCounts(bankId: string | undefined, now: Date, until: Date, database: FactdeckDB = db): Promise<CardCounts> {
	const { banks, bankCounts } = database;
	return database.transaction('r', countTables(database), async () => {
		const [rows, stored] = await Promise.all(
			bankId === undefined
				? [banks.toArray(), bankCounts.toArray()]
				: [banks.where('id').equals(bankId).toArray(), bankCounts.where('bankId').equals(bankId).toArray()]
		);
		const counts = new Map(stored.map((row) => [row.bankId, row]));
		// A bank whose counts were emptied is counted from its indexes, as the library does.
		for (const row of await Promise.all(rows.filter((r) => !counts.has(r.id)).map((r) => countBank(database, r.id)))) counts.set(row.bankId, row);
		const [learning, relearning, dueReview, suspendedNew, suspended, due, suspendedDue] = await Promise.all([
			dueBetween(database, bankId, Learning, MIN, MAX).primaryKeys().then(perBank),
			dueBetween(database, bankId, Relearning, MIN, MAX).primaryKeys().then(perBank),
			dueBetween(database, bankId, Review, MIN, now).primaryKeys().then(perBank),
			suspendedBetween(database, bankId, New, MIN, MAX).primaryKeys().then(perBank),
			Promise.all([New, ...STUDIED].map((s) => suspendedBetween(database, bankId, s, MIN, MAX).count())),
			Promise.all(STUDIED.map((s) => dueBetween(database, bankId, s, MIN, until).keys())),
			Promise.all(STUDIED.map((s) => suspendedBetween(database, bankId, s, MIN, until).keys()))
		]);
		return {
			banks: rows.map((row) => {
				const { cards: all, fresh } = counts.get(row.id)!;
				// The counts keep the New cards the queue may introduce: the suspended New ones come on top.
				const allNew = fresh + suspendedNew(row.id);
				const review = Math.max(0, all - allNew - learning(row.id) - relearning(row.id));
				return {
					id: row.id,
					title: row.title,
					cards: all,
					known: Math.max(0, review - dueReview(row.id)),
					byState: [allNew, learning(row.id), review, relearning(row.id)]
				};
			}),
			suspended,
			due: dueOf(due.flat()),
			suspendedDue: dueOf(suspendedDue.flat())
		};
	});
}
