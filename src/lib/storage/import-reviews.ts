/**
 * The review history an import brings (an Anki package's: core/formats/
 * anki-history.ts), written inside the import's own transaction, after the
 * bank: each card's reviews become review log rows, and the card becomes what
 * replaying them on Anki's days gives (anki-replay.ts), due when Anki has it
 * due, suspended when Anki has it suspended. Loaded only by an import that
 * brings history, so the scheduler stays out of every other page's JavaScript.
 *
 * A card that already has reviews here (a replace of a bank studied in
 * Factdeck, or the same package imported again) takes only the reviews it does
 * not have yet (same moment, same card), then is replayed from its whole log as
 * a sync replays it (sync-replay.ts): its due date is then the scheduler's.
 */
import type { HistoryCard, ImportHistory } from '../core/formats/import-history';
import { historyReviews, replayOnAnkiDays, type HistoryStep } from '../core/formats/anki-replay';
import { cardId, toSchedule } from '../core/srs/card';
import { CardStateKind, type Card, type SchedulerOptions } from '../core/srs/types';
import { countBank } from './counting';
import { cardsById } from './card-reads';
import type { FactdeckDB } from './db';
import { REVIEW_PREFIX } from './outbox';
import { bankReviews } from './bank-ranges';
import type { ReviewRow } from './rows';
import { syncingOn } from './sync-meta';
import { cardReviews, replayStored } from './sync-replay';
import { newUid } from './uid';

export { answerOptions } from './sync-replay';

/** Reviews replayed and written per step: each step is a few bulk writes, and a progress report. */
const CHUNK_REVIEWS = 2000;

const DAY_MS = 86_400_000;

/** The review log rows of a replay, each with the question shown before it (undo restores it). */
function rowsOf(card: Pick<Card, 'id' | 'bankId'>, steps: readonly HistoryStep[]): ReviewRow[] {
	return steps.map(({ review, before, after }, i) => {
		const { questionId, rating, durationMs, reviewedAt } = review;
		const row: ReviewRow = { uid: newUid(), cardId: card.id, bankId: card.bankId, questionId, rating, before, after, durationMs, reviewedAt };
		const previous = steps[i - 1]?.review.questionId;
		if (previous !== undefined) row.beforeQuestionId = previous;
		return row;
	});
}

/** The card after its replay, with Anki's due (and the interval to it, for a review card) and Anki's suspension. */
function replayedCard(stored: Card, history: ImportHistory, item: HistoryCard, opts: SchedulerOptions): { card: Card; rows: ReviewRow[] } {
	const { schedule, steps } = replayOnAnkiDays(stored, historyReviews(history, item), history.dayShiftMs, opts);
	const card: Card = { id: stored.id, bankId: stored.bankId, fact: stored.fact, order: stored.order, ...schedule };
	if (item.due !== undefined) {
		card.due = new Date(item.due);
		if (card.state === CardStateKind.Review && card.last_review) {
			card.scheduled_days = Math.max(1, Math.round((item.due - card.last_review.getTime()) / DAY_MS));
		}
	}
	const last = steps.at(-1)?.review.questionId;
	if (last !== undefined) card.lastQuestionId = last;
	if (item.suspended || stored.suspended) card.suspended = 1;
	return { card, rows: rowsOf(card, steps) };
}

/** Anki's reviews a card with a log here does not have yet, as rows the replay of its whole log will complete. */
function missingRows(stored: Card, history: ImportHistory, item: HistoryCard, have: readonly ReviewRow[]): ReviewRow[] {
	const moments = new Set(have.map((r) => r.reviewedAt.getTime()));
	const fresh = historyReviews(history, item).filter((r) => !moments.has(r.reviewedAt.getTime()));
	// The replay writes every row's before and after; the card as it is stands in until it does.
	const now = toSchedule(stored);
	return rowsOf(
		stored,
		fresh.map((review) => ({ review, before: now, after: now }))
	);
}

/** The cards of `history` in steps of about CHUNK_REVIEWS reviews. */
function* chunks(cards: readonly HistoryCard[]): Generator<HistoryCard[]> {
	let chunk: HistoryCard[] = [];
	let reviews = 0;
	for (const card of cards) {
		chunk.push(card);
		reviews += card.count;
		if (reviews >= CHUNK_REVIEWS) {
			yield chunk;
			[chunk, reviews] = [[], 0];
		}
	}
	if (chunk.length) yield chunk;
}

/**
 * Writes the history of bank `bankId`, just written with its cards, inside
 * the import's rw transaction (cards, reviews, bankCounts, meta, outbox);
 * `onRows` hears of the reviews written. Ends with the bank's counts counted
 * again, since cards left New and reviews were added.
 */
export async function writeHistory(
	database: FactdeckDB,
	bankId: string,
	history: ImportHistory,
	opts: SchedulerOptions,
	now: Date,
	onRows?: (count: number) => void
): Promise<void> {
	const ids = history.cards.map((item) => cardId(bankId, item.fact));
	// A bank new here has no reviews yet: its cards need no look at their logs (one query each).
	const [syncing, logged, stored] = await Promise.all([syncingOn(database), bankReviews(database, bankId).first(), cardsById(database, ids)]);
	const logs = logged ? await Promise.all(ids.map((id) => cardReviews(database, id).toArray())) : [];
	// Each step's writes are issued without waiting: IndexedDB stores one step while the next is replayed.
	// Two steps in flight at most, so that memory holds two steps of rows, whatever the size of the log.
	const inFlight: Promise<unknown>[] = [];
	let at = 0;
	for (const chunk of chunks(history.cards)) {
		const cards: Card[] = [];
		const rows: ReviewRow[] = [];
		const merged: string[] = [];
		for (const item of chunk) {
			const [card, log] = [stored[at], logs[at] ?? []];
			at++;
			// Every fact of the history is a fact of the bank just written; a card missing here is a bug, not the file's fault.
			if (!card) throw new Error(`The imported bank has no card for "${item.fact}".`);
			if (log.length > 0) {
				rows.push(...missingRows(card, history, item, log));
				merged.push(card.id);
			} else if (item.count > 0) {
				const replayed = replayedCard(card, history, item, opts);
				cards.push(replayed.card);
				rows.push(...replayed.rows);
			} else if (item.suspended && !card.suspended) cards.push({ ...card, suspended: 1 });
		}
		// Empty lists are skipped: a request for nothing is no request, and the transaction must always have one.
		const writes = Promise.all([
			cards.length && database.cards.bulkPut(cards),
			rows.length && database.reviews.bulkAdd(rows),
			syncing && rows.length && database.outbox.bulkPut(rows.map((row) => ({ key: REVIEW_PREFIX + row.uid, bankId }))),
			// Requests run in order: this replay reads the rows just added.
			merged.length && replayStored(database, merged, now, opts)
		]);
		const count = chunk.reduce((n, item) => n + item.count, 0);
		inFlight.push(writes.then(() => onRows?.(count)));
		if (inFlight.length > 2) await inFlight.shift();
	}
	await Promise.all(inFlight);
	await database.bankCounts.put(await countBank(database, bankId));
}
