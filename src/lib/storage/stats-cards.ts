/**
 * What the statistics page reads of the cards: counts by state, due times for
 * the forecast and how much of each bank is known, all from index ranges and
 * counts; and the studied cards for the hardest questions, the one full read,
 * which the page makes after showing the rest.
 */
import { Dexie } from 'dexie';
import { CardStateKind, type Card } from '../core/srs/types';
import { db, type FactdeckDB } from './db';

const MIN = Dexie.minKey;
const MAX = Dexie.maxKey;
const STATES = [CardStateKind.New, CardStateKind.Learning, CardStateKind.Review, CardStateKind.Relearning];
const STUDIED = [CardStateKind.Learning, CardStateKind.Review, CardStateKind.Relearning];

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

export interface CardCounts {
	/** Cards per state (New, Learning, Review, Relearning), suspended ones included. */
	byState: number[];
	/** The suspended cards among them, per state. */
	suspended: number[];
	/** Due times of the cards studied and due before `until` (suspended ones too), and of the suspended ones, for the forecast. */
	due: Date[];
	suspendedDue: Date[];
}

/** Counts by state and due times up to `until`, of one bank or of all, in one read transaction of index keys only. */
export function cardCounts(bankId: string | undefined, until: Date, database: FactdeckDB = db): Promise<CardCounts> {
	return database.transaction('r', database.cards, async () => {
		const [byState, suspended, due, suspendedDue] = await Promise.all([
			Promise.all(STATES.map((s) => dueBetween(database, bankId, s, MIN, MAX).count())),
			Promise.all(STATES.map((s) => suspendedBetween(database, bankId, s, MIN, MAX).count())),
			Promise.all(STUDIED.map((s) => dueBetween(database, bankId, s, MIN, until).keys())),
			Promise.all(STUDIED.map((s) => suspendedBetween(database, bankId, s, MIN, until).keys()))
		]);
		return { byState, suspended, due: dueOf(due.flat()), suspendedDue: dueOf(suspendedDue.flat()) };
	});
}

/** A bank as the statistics list it: its title, its cards (one per fact), and its Review cards not due by the moment read. */
export interface BankCards {
	id: string;
	title: string;
	cards: number;
	known: number;
}

/** Every bank with its cards and known cards (see knownShare in core/stats/cards.ts): its row and one index count, no card loaded. */
export function bankCards(now: Date, database: FactdeckDB = db): Promise<BankCards[]> {
	return database.transaction('r', [database.banks, database.cards], async () => {
		const rows = await database.banks.toArray();
		const known = await Promise.all(rows.map((row) => dueBetween(database, row.id, CardStateKind.Review, now, MAX).count()));
		return rows.map((row, i) => ({ id: row.id, title: row.title, cards: row.factCount, known: known[i] }));
	});
}

/** Every studied card (Learning, Review or Relearning) of one bank or of all: what the hardest questions are chosen from. */
export function cardsStudied(bankId: string | undefined, database: FactdeckDB = db): Promise<Card[]> {
	const range =
		bankId === undefined
			? database.cards.where('[state+due]').between([CardStateKind.Learning, MIN], [CardStateKind.Relearning, MAX], true, true)
			: database.cards.where('[bankId+state+due]').between([bankId, CardStateKind.Learning, MIN], [bankId, CardStateKind.Relearning, MAX], true, true);
	return range.toArray();
}

/** A question to name a card by. */
export interface CardQuestion {
	questionId: string;
	prompt: string;
}

/** For each card, the question it was last shown with, or else its fact's first question, by card id. */
export async function cardQuestions(
	cards: readonly Pick<Card, 'id' | 'bankId' | 'fact' | 'lastQuestionId'>[],
	database: FactdeckDB = db
): Promise<Map<string, CardQuestion>> {
	return database.transaction('r', database.questions, async () => {
		const found = await Promise.all(
			cards.map(async (card) => {
				const last = card.lastQuestionId === undefined ? undefined : await database.questions.get([card.bankId, card.lastQuestionId]);
				return last ?? (await database.questions.where('[bankId+fact]').equals([card.bankId, card.fact]).first());
			})
		);
		const byCard = new Map<string, CardQuestion>();
		found.forEach((q, i) => q && byCard.set(cards[i].id, { questionId: q.id, prompt: q.prompt }));
		return byCard;
	});
}

/** Whether any answer was ever given, in one bank or in any. */
export async function anyReview(bankId: string | undefined, database: FactdeckDB = db): Promise<boolean> {
	const range = bankId === undefined ? database.reviews.toCollection() : database.reviews.where('[bankId+reviewedAt]').between([bankId, MIN], [bankId, MAX]);
	return (await range.limit(1).primaryKeys()).length > 0;
}
