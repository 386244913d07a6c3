/**
 * Which card comes next. The queue keeps no state: the study session gathers a
 * fresh QueueInput from storage after every answer and asks again, so undo,
 * a second tab or a crash can never leave a stale queue behind.
 *
 * Only the head of each list matters: the cards due first (all of them when
 * several share that moment, for the tie-break) and how many each list holds.
 * So storage can read just that (QueueHead, by index heads and counts) instead
 * of whole lists, and 100,000 cards cost what 100 do; `headOf` makes the same
 * head from whole lists.
 *
 * Order, as in Anki:
 * 1. learning and relearning cards already due: their short steps are the
 *    most time-sensitive, so they go first, earliest due first;
 * 2. reviews due today, most overdue (earliest due) first, with new cards
 *    spread evenly among them (see `newCardNext`);
 * 3. only when nothing else is left, learning cards due a little later (the
 *    learn-ahead window that storage applied), so a session need not stall
 *    waiting for a 10-minute step.
 */
import { pickIndex } from './rng';
import type { Card, QueueCounts, QueueInput } from './types';

/** What `nextCard` needs to decide: the head of each list and the lists' lengths. */
export interface QueueHead {
	now: Date;
	/** How many cards each list holds (learning: due within the learn-ahead window). */
	counts: QueueCounts;
	/** The learning and relearning cards due earliest: every one sharing that due time, any order. */
	learning: Card[];
	/** The reviews due earliest: every one sharing that due time, any order. */
	reviews: Card[];
	/** The first New card still allowed today, or null. */
	fresh: Card | null;
}

/**
 * Whether the next of `reviews + fresh` remaining cards should be a new one.
 *
 * The rule must work from the remaining counts alone. Picture the T remaining
 * cards laid out from the end in blocks of s cards, s a power of two close to
 * T / N (N new cards left): a new card goes wherever the number of cards left
 * is a multiple of s. Every answer lowers T by exactly one, so new cards land
 * s cards apart without any memory. s is a power of two so that, as T / N
 * drifts and s doubles or halves, the multiples of one size stay multiples of
 * the other: new cards never bunch up, and every gap stays within a small
 * factor of the ideal. No reviews left means all new, no new means all reviews.
 */
export function newCardNext(reviews: number, fresh: number): boolean {
	if (fresh <= 0) return false;
	if (reviews <= 0) return true;
	const total = reviews + fresh;
	// s = 2^round(log2(total / fresh)), in integers: double while total/fresh >= s * sqrt(2).
	let s = 1;
	while (total * total >= 2 * s * s * fresh * fresh) s *= 2;
	return total % s === 0;
}

/** Earliest due first; equal dues in bank order, then by id, so the result never depends on input order. */
function byDue(a: Card, b: Card): number {
	return (
		a.due.getTime() - b.due.getTime() ||
		(a.bankId < b.bankId ? -1 : a.bankId > b.bankId ? 1 : 0) ||
		a.order - b.order ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/**
 * The card due first; with `rng`, a random one among those sharing the
 * earliest due time (cards imported together often do), so that siblings
 * created in one go are not always met in the same order.
 */
function earliest(cards: readonly Card[], rng?: () => number): Card {
	const sorted = [...cards].sort(byDue);
	if (!rng) return sorted[0];
	const first = sorted[0].due.getTime();
	const ties = sorted.filter((c) => c.due.getTime() === first);
	return ties[pickIndex(ties.length, rng)];
}

/** The cards that share the earliest due time (empty for an empty list). */
export function earliestGroup(cards: readonly Card[]): Card[] {
	let first = Infinity;
	for (const card of cards) first = Math.min(first, card.due.getTime());
	return cards.filter((card) => card.due.getTime() === first);
}

/** The head of whole lists, as storage would read it. */
export function headOf(input: QueueInput): QueueHead {
	return {
		now: input.now,
		counts: queueCounts(input),
		learning: earliestGroup(input.learning),
		reviews: earliestGroup(input.reviews),
		fresh: input.fresh[0] ?? null
	};
}

/** The next card to study from the queue's head, or null when the session is over. */
export function nextFromHead(head: QueueHead, rng?: () => number): Card | null {
	const { learning, reviews, counts } = head;
	// Learning cards share one due time: either all of them are due now or none is.
	if (learning.length > 0 && learning[0].due.getTime() <= head.now.getTime()) return earliest(learning, rng);

	if (newCardNext(counts.review, counts.new) && head.fresh) return head.fresh;
	if (reviews.length > 0) return earliest(reviews, rng);

	// What is left in learning is due within the learn-ahead window.
	if (learning.length > 0) return earliest(learning, rng);
	return null;
}

/** The next card to study, or null when the session is over. */
export function nextCard(input: QueueInput, rng?: () => number): Card | null {
	return nextFromHead(headOf(input), rng);
}

/** What is left to study, learn-ahead learning cards included. */
export function queueCounts(input: QueueInput): QueueCounts {
	return { new: input.fresh.length, learning: input.learning.length, review: input.reviews.length };
}
