/**
 * A card's schedule rebuilt from its review log, as stored: after a pull
 * added or removed reviews of it, the card and each of its reviews' before
 * and after are written again from the replay (core/srs/replay.ts), keeping
 * the card's order and suspension.
 */
import { Dexie } from 'dexie';
import { normalizeSettings } from '../core/settings';
import { newSchedule } from '../core/srs/card';
import { replayCard } from '../core/srs/replay';
import type { Card, SchedulerOptions } from '../core/srs/types';
import type { FactdeckDB } from './db';
import { cardsById } from './card-reads';
import type { ReviewRow } from './rows';
import { SETTINGS_KEY } from './settings';

/** The scheduler options the app answers with: the learner's retention and parameters, fuzz on. */
export async function answerOptions(database: FactdeckDB): Promise<SchedulerOptions> {
	const { retention, fsrsParams } = normalizeSettings((await database.settings.get(SETTINGS_KEY))?.value);
	return { retention, fuzz: true, params: fsrsParams };
}

/** One card's reviews, oldest first. */
export function cardReviews(database: FactdeckDB, cardId: string) {
	return database.reviews.where('[cardId+reviewedAt]').between([cardId, Dexie.minKey], [cardId, Dexie.maxKey], true, true);
}

/**
 * Replays the cards and writes them with their reviews, inside a rw
 * transaction over banks, questionPages, cards and reviews; a card not on this device (its bank
 * has not arrived) is left, its reviews wait for it. Returns how many were written.
 */
export async function replayStored(database: FactdeckDB, cardIds: Iterable<string>, now: Date, opts: SchedulerOptions): Promise<number> {
	// Every card at once: each await inside a transaction is a round trip to IndexedDB.
	const written = await Promise.all([...cardIds].map((id) => replayOne(database, id, now, opts)));
	return written.filter(Boolean).length;
}

/** Replays one card and writes it with its reviews; false when the card is not on this device. */
async function replayOne(database: FactdeckDB, id: string, now: Date, opts: SchedulerOptions): Promise<boolean> {
	const [stored, reviews] = await Promise.all([database.cards.get(id), cardReviews(database, id).toArray()]);
	// A New card without a row (new-cards.ts) and without reviews is as a replay would make it: left so.
	// With reviews (pulled before it was studied here), its fact's card is replayed and gets a row.
	const card = stored ?? (reviews.length > 0 ? (await cardsById(database, [id]))[0] : undefined);
	if (!card) return false;
	const { card: next, rows } = replayRows(card, reviews, now, opts);
	await Promise.all([database.cards.put(next), rows.length && database.reviews.bulkPut(rows)]);
	return true;
}

/**
 * A stored card and its stored reviews as the replay with `opts` makes them,
 * ready to put: the card keeps its order and suspension (New at `now` when it
 * has no reviews), each review gets its before and after as replayed, so that
 * undoing the latest one restores the card exactly.
 */
export function replayRows(card: Card, reviews: readonly ReviewRow[], now: Date, opts: SchedulerOptions): { card: Card; rows: ReviewRow[] } {
	const { schedule, steps } = replayCard(card, reviews, opts);
	const next: Card = { id: card.id, bankId: card.bankId, fact: card.fact, order: card.order, ...(steps.length ? schedule : newSchedule(now)) };
	const last = steps.at(-1)?.review.questionId ?? card.lastQuestionId;
	if (last !== undefined) next.lastQuestionId = last;
	if (card.suspended) next.suspended = 1;
	const rows = steps.map(({ review, before, after }, i): ReviewRow => {
		const { beforeQuestionId: _old, ...row } = review;
		const previous = steps[i - 1]?.review.questionId;
		return previous === undefined ? { ...row, before, after } : { ...row, before, after, beforeQuestionId: previous };
	});
	return { card: next, rows };
}
