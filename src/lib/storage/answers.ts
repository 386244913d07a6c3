/**
 * Answers and their undo. An answer writes the card and its review log row in
 * one transaction, so a crash can never keep one without the other; both
 * operations first check that the card is still the one the caller saw, so an
 * answer given in another tab is never silently overwritten. An answer to a
 * New card also updates its bank's New-card counts (counts.ts), in the same
 * transaction. The writes of one answer are issued together, not one after
 * another: each await inside a transaction is a round trip to IndexedDB.
 */
import type { Settings } from '../core/settings';
import { studyDayEnd } from '../core/srs/day';
import { toSchedule } from '../core/srs/card';
import { CardStateKind, type Card, type ReviewLog, type Schedule } from '../core/srs/types';
import { countTables } from './counts';
import { countsOf } from './counting';
import { introduced, keepAhead, unintroduced } from './counts-step';
import { db, type FactdeckDB } from './db';
import { NotFoundError, StaleCardError, unwrapErrors } from './errors';
import { isImplicit } from './card-rows';
import { cardsById } from './card-reads';
import { outboxTables, queueReview, queueUndo } from './outbox';
import { bankReviews } from './bank-ranges';
import { dueCards, suspendedDue } from './ranges';
import type { ReviewRow } from './rows';
import type { Scope } from './queue';
import { newUid } from './uid';

/** The same scheduling moment: enough to tell whether anyone answered the card meanwhile. */
function sameMoment(a: Schedule, b: Schedule): boolean {
	return a.due.getTime() === b.due.getTime() && a.reps === b.reps && a.state === b.state;
}

/** Exactly the Card fields, copied: no stray properties or proxies reach IndexedDB. */
function cardRecord(card: Pick<Card, 'id' | 'bankId' | 'fact' | 'order' | 'suspended'>, schedule: Schedule, lastQuestionId?: string): Card {
	const record: Card = { id: card.id, bankId: card.bankId, fact: card.fact, order: card.order, ...toSchedule(schedule) };
	if (lastQuestionId !== undefined) record.lastQuestionId = lastQuestionId;
	if (card.suspended) record.suspended = 1;
	return record;
}

/** Saves an answer: the new card and its review log row, together. Returns the log row's id. */
export async function saveAnswer(card: Card, log: ReviewLog, database: FactdeckDB = db): Promise<number> {
	if (card.id !== log.cardId) throw new Error(`The review log is for "${log.cardId}", not for "${card.id}".`);
	const next = cardRecord(card, card, card.lastQuestionId);
	const introduces = log.before.state === CardStateKind.New;
	const { cards, reviews, bankCounts } = database;
	const work = database.transaction('rw', [...countTables(database), ...outboxTables(database)], async () => {
		// A New card may have no row yet (implicit-cards.ts): its fact's implicit card is the one answered.
		const [[stored], counts] = await Promise.all([cardsById(database, [card.id]), introduces ? countsOf(database, card.bankId) : undefined]);
		if (!stored) throw new NotFoundError('card', card.id);
		if (!sameMoment(stored, log.before)) throw new StaleCardError(card.id);
		const row: ReviewRow = {
			cardId: log.cardId,
			bankId: log.bankId,
			questionId: log.questionId,
			rating: log.rating,
			before: toSchedule(log.before),
			after: toSchedule(log.after),
			durationMs: log.durationMs,
			reviewedAt: new Date(log.reviewedAt.getTime()),
			// Its name on every device: a review pulled back from the server is known by it.
			uid: newUid()
		};
		if (stored.lastQuestionId !== undefined) row.beforeQuestionId = stored.lastQuestionId;
		const after = counts && introduced(counts, row.reviewedAt, stored.order);
		const [, id] = await Promise.all([cards.put(next), reviews.add(row), after && bankCounts.put(after), queueReview(database, row)]);
		// Once in AHEAD_KEPT introductions the counts look up the next New cards without a row, now that this one has its row.
		if (after && after.ahead?.length === 0) await bankCounts.put(await keepAhead(database, after));
		return id as number;
	});
	return unwrapErrors(work);
}

/** Takes an answer back: deletes that log row and restores the card to how it was before it. */
export async function undoAnswer(logId: number, database: FactdeckDB = db): Promise<Card> {
	const { banks, cards, reviews, bankCounts } = database;
	const work = database.transaction('rw', [...countTables(database), ...outboxTables(database)], async () => {
		const log = await reviews.get(logId);
		if (!log) throw new NotFoundError('review', logId);
		const introduction = log.before.state === CardStateKind.New;
		const [stored, counts, bank] = await Promise.all([
			cards.get(log.cardId),
			introduction ? countsOf(database, log.bankId) : undefined,
			introduction ? banks.get(log.bankId) : undefined
		]);
		if (!stored) throw new NotFoundError('card', log.cardId);
		// A later answer (here or in another tab) must be undone first, or it would be lost.
		if (!sameMoment(stored, log.after)) throw new StaleCardError(log.cardId);
		const restored = cardRecord(stored, log.before, log.beforeQuestionId);
		// A card back to exactly its fact's implicit New card needs no row (implicit-cards.ts): it reads back the same without one.
		const rowless = bank !== undefined && isImplicit(restored, bank);
		await Promise.all([
			rowless ? cards.delete(restored.id) : cards.put(restored),
			reviews.delete(logId),
			counts && bankCounts.put(unintroduced(counts, log.reviewedAt, restored, rowless)),
			queueUndo(database, log)
		]);
		return restored;
	});
	return unwrapErrors(work);
}

/** The review log from `from` on, oldest first, of one bank or of all. */
export function reviewsSince(bankId: string | undefined, from: Date, database: FactdeckDB = db): Promise<ReviewLog[]> {
	return bankId === undefined ? database.reviews.where('reviewedAt').aboveOrEqual(from).toArray() : bankReviews(database, bankId, from).toArray();
}

/**
 * Learning and review cards due by the end of the next study day: what waits
 * for the learner tomorrow (anything still due later today waits till then too).
 */
export async function countDueTomorrow(scope: Scope, now: Date, settings: Settings, database: FactdeckDB = db): Promise<number> {
	const tomorrowEnd = studyDayEnd(studyDayEnd(now, settings.dayStartHour), settings.dayStartHour);
	const states = [CardStateKind.Learning, CardStateKind.Review, CardStateKind.Relearning];
	return database.transaction('r', database.cards, async () => {
		// Suspended cards wait for nobody: their sparse index counts them, to be taken off.
		const [due, suspended] = await Promise.all([
			Promise.all(states.map((s) => dueCards(database, scope.bankId, s, tomorrowEnd, false).count())),
			Promise.all(states.map((s) => suspendedDue(database, scope.bankId, s, tomorrowEnd, false).count()))
		]);
		return [...due, ...suspended.map((n) => -n)].reduce((a, b) => a + b, 0);
	});
}
