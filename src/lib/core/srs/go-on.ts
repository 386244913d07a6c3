/**
 * The queue of the ways to go on after a session (study ahead, the missed
 * cards again): apart from queue.ts, which the first card of every session
 * waits for, as only a session started from the summary needs them.
 */
import { earliestGroup, type QueueHead } from './queue';
import { CardStateKind, type Card } from './types';

/**
 * Whether a review card belongs to a study-ahead session that runs to
 * `aheadUntil`: due before then, and not already studied on the current study
 * day (from `dayStart`) unless due today anyway, so that a card answered ahead
 * leaves the session instead of coming back with its new, still close, due date.
 */
export function dueAhead(card: Card, dayStart: Date, dayEnd: Date, aheadUntil: Date): boolean {
	const due = card.due.getTime();
	if (due >= aheadUntil.getTime()) return false;
	if (due < dayEnd.getTime()) return true;
	return !card.last_review || card.last_review.getTime() < dayStart.getTime();
}

/**
 * The head of a session that goes over chosen cards again (those missed in a
 * session), whatever their due dates: each card not answered since `since`
 * comes once, earliest due first, as a review would; a card missed again
 * follows its learning steps like any learning card (due by `learnUntil`).
 */
export function againHead(cards: readonly Card[], now: Date, since: Date, learnUntil: Date): QueueHead {
	const notYet = cards.filter((card) => !card.last_review || card.last_review.getTime() < since.getTime());
	const stepping = cards.filter((card) => !notYet.includes(card) && card.state !== CardStateKind.Review && card.state !== CardStateKind.New);
	const learning = stepping.filter((card) => card.due.getTime() <= learnUntil.getTime());
	return {
		now,
		counts: { new: 0, learning: learning.length, review: notYet.length },
		learning: earliestGroup(learning),
		reviews: earliestGroup(notYet),
		fresh: null
	};
}
