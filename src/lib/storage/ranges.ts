/**
 * The index ranges that the queue, the library counts and the bank writes
 * share, so that "due" means the same thing on every screen.
 */
import { Dexie, type IndexableType } from 'dexie';
import type { Settings } from '../core/settings';
import { studyDayEnd, studyDayStart } from '../core/srs/day';
import { CardStateKind, type Card } from '../core/srs/types';
import type { FactdeckDB } from './db';

const MIN = Dexie.minKey;
/**
 * Above every key. A fresh array each time: IndexedDB rejects a key that holds
 * the same object twice (its cycle check), so one shared constant cannot fill
 * two slots of a compound key.
 */
export const max = (): IndexableType => [[]];

/** The time bounds of "due" at `now`. */
export interface DueWindow {
	/** Learning and relearning cards are due up to and including this moment. */
	learnUntil: Date;
	/** The current study day: reviews are due before its end; new cards introduced within it count. */
	dayStart: Date;
	dayEnd: Date;
}

/** The due window at `now` under these settings. */
export function dueWindow(now: Date, settings: Settings): DueWindow {
	return {
		learnUntil: new Date(now.getTime() + settings.learnAheadMinutes * 60_000),
		dayStart: studyDayStart(now, settings.dayStartHour),
		dayEnd: studyDayEnd(now, settings.dayStartHour)
	};
}

/** Every card of a bank. */
export function bankCards(database: FactdeckDB, bankId: string) {
	return database.cards.where('[bankId+state+due]').between([bankId, MIN, MIN], [bankId, max(), max()], true, true);
}

/** Cards in `state` due by `until` (inclusive or not), in one bank or, without a bank, in all. */
export function dueCards(database: FactdeckDB, bankId: string | undefined, state: CardStateKind, until: Date, inclusive: boolean) {
	return bankId === undefined
		? database.cards.where('[state+due]').between([state, MIN], [state, until], true, inclusive)
		: database.cards.where('[bankId+state+due]').between([bankId, state, MIN], [bankId, state, until], true, inclusive);
}

/** The suspended cards among `dueCards(database, bankId, state, until, inclusive)`, from the sparse indexes. */
export function suspendedDue(database: FactdeckDB, bankId: string | undefined, state: CardStateKind, until: Date, inclusive: boolean) {
	return bankId === undefined
		? database.cards.where('[suspended+state+due]').between([1, state, MIN], [1, state, until], true, inclusive)
		: database.cards.where('[suspended+bankId+state+due]').between([1, bankId, state, MIN], [1, bankId, state, until], true, inclusive);
}

/** A bank's suspended New cards: newCards() counts them, the queue must not. */
export function suspendedNew(database: FactdeckDB, bankId: string) {
	const New = CardStateKind.New;
	return database.cards.where('[suspended+bankId+state+due]').between([1, bankId, New, MIN], [1, bankId, New, max()], true, true);
}

/** A card the queue may show: not suspended. */
export const active = (card: Card): boolean => !card.suspended;

/** The range of `dueCards` or of `suspendedDue`, by `suspended`. */
const due = (suspended: boolean) => (suspended ? suspendedDue : dueCards);

/** Learning and relearning cards due by the window's learn-ahead limit (with `suspended`, only the suspended ones). */
export function learningDue(database: FactdeckDB, bankId: string | undefined, window: DueWindow, suspended = false) {
	return [CardStateKind.Learning, CardStateKind.Relearning].map((state) => due(suspended)(database, bankId, state, window.learnUntil, true));
}

/** Review cards due before the end of the study day (with `suspended`, only the suspended ones). */
export function reviewsDue(database: FactdeckDB, bankId: string | undefined, window: DueWindow, suspended = false) {
	return due(suspended)(database, bankId, CardStateKind.Review, window.dayEnd, false);
}

/** A bank's New cards, in introduction order. */
export function newCards(database: FactdeckDB, bankId: string) {
	const New = CardStateKind.New;
	return database.cards.where('[bankId+state+order]').between([bankId, New, MIN], [bankId, New, max()], true, true);
}

/** How many more New cards of a bank may be introduced in the window's study day. */
export async function newAllowance(database: FactdeckDB, bankId: string, window: DueWindow, settings: Settings): Promise<number> {
	const New = CardStateKind.New;
	const introduced = await database.reviews
		.where('[bankId+before.state+reviewedAt]')
		.between([bankId, New, window.dayStart], [bankId, New, window.dayEnd], true, false)
		.count();
	return Math.max(0, settings.newPerDay - introduced);
}
