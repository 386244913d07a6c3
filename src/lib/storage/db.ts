/**
 * The IndexedDB schema. Every index exists for a named query (see the comment
 * on each); the queue and the library counts are index range reads or index
 * `count()`s, never table scans, so 100,000 cards study as fast as 100.
 * Never delete or edit a `version()` declaration once shipped: add a new one,
 * with an `upgrade()` for any data change.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Bank, Question } from '../core/bank/schema';
import type { Settings } from '../core/settings';
import type { Card, ReviewLog } from '../core/srs/types';

/** A bank's metadata (everything but its questions), plus what the library needs without loading them. */
export interface BankRow extends Omit<Bank, 'questions'> {
	/** `contentHash(bank)` of the whole bank as saved: tells a changed shipped bank from an unchanged one. */
	contentHash: string;
	questionCount: number;
	factCount: number;
	/** True while the stored content is the copy shipped with the app; a learner's own save makes it false. */
	shipped: boolean;
	addedAt: Date;
	updatedAt: Date;
}

/** A question as stored: the question itself, its bank, and its place in the bank. */
export type QuestionRow = Question & { bankId: string; position: number };

/** A review log row; `beforeQuestionId` lets undo restore the card's `lastQuestionId` exactly. */
export interface ReviewRow extends ReviewLog {
	beforeQuestionId?: string;
}

/** One stored record per key: the learner's settings, or an app flag. */
export interface KeyValueRow<T = unknown> {
	key: string;
	value: T;
}

export class FactdeckDB extends Dexie {
	banks!: EntityTable<BankRow, 'id'>;
	questions!: Table<QuestionRow, [string, string]>;
	cards!: EntityTable<Card, 'id'>;
	reviews!: EntityTable<ReviewRow, 'id'>;
	settings!: Table<KeyValueRow<Settings>, string>;
	meta!: Table<KeyValueRow, string>;

	constructor(name: string) {
		super(name);
		this.version(1).stores({
			// id: getBank/getBankMeta/deleteBank, and the list of bank ids for "Study all".
			// No title index: the library sorts a handful of rows with localeCompare, which an index cannot do.
			banks: 'id',
			questions: [
				// [bankId+id] (primary): question ids are unique within a bank only.
				'[bankId+id]',
				// questionsForFact: the questions that share a card.
				'[bankId+fact]',
				// getBank in bank order; replacing or deleting a bank's questions.
				'[bankId+position]'
			].join(','),
			cards: [
				// id (primary): getCard, and the one card written per answer/undo.
				'id',
				// One bank's learning/review cards due by a time (queue, due counts, due tomorrow);
				// with state and due left open, every card of a bank (re-save diff, delete, total).
				'[bankId+state+due]',
				// The same due ranges across all banks, for "Study all".
				'[state+due]',
				// A bank's New cards in introduction order, read with limit(n); also their count.
				'[bankId+state+order]'
			].join(','),
			reviews: [
				// ++id (primary): saveAnswer returns it, undoAnswer deletes exactly that row.
				'++id',
				// reviewsSince(bankId, from), and deleting a bank's log with the bank.
				'[bankId+reviewedAt]',
				// reviewsSince(undefined, from): the log of every bank since a time.
				'reviewedAt',
				// Cards of a bank introduced today (answered while New): the daily new limit, by count().
				'[bankId+before.state+reviewedAt]'
			].join(','),
			// key 'learner': the one Settings record.
			settings: 'key',
			// key: small app flags (persistRequested, shippedBanksKey, ...).
			meta: 'key'
		});
	}
}

/** A database of the given name; tests open one per test, the app uses `db`. */
export function openDatabase(name: string): FactdeckDB {
	return new FactdeckDB(name);
}

/** The app's database. Every storage function takes an optional database that defaults to this one. */
export const db = openDatabase('factdeck');
