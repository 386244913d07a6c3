/**
 * Due dates recomputed after the learner changed the desired retention or
 * the FSRS parameters: every card with reviews is replayed from its log with
 * the new options (sync-replay.ts replayRows), New cards and cards without a
 * log (nothing to replay) are left as they are.
 *
 * Why chunks and a pending flag rather than one transaction: a card's
 * reviews are rewritten with it (each one's before and after: undo and the
 * log's chain rely on them), and the writes are most of the time. Measured
 * in Chromium on 10,000 studied cards with 100,000 reviews (a retention
 * change rewrites about 80% of the rows; a learning step keeps its due
 * time): one transaction took 12.5 s, holding every answer in every tab all
 * that time, with no progress between writes and nothing kept after a crash;
 * chunks of 1,000 reviews took 13.5 s in all, about 200 ms each (of which
 * ~9 s writing, ~3 s reading, ~1 s replaying). So the new settings and a
 * "reschedule pending" row (reschedule-flag.ts) are written together; each
 * chunk of cards, in card id order through the reviews' `[cardId+reviewedAt]`
 * index, is then replayed and written in one transaction with the cursor
 * moved past it, and the last one deletes the row. A tab closed midway
 * leaves the row, so the rest is done on the next start (app/background.ts)
 * or on the settings page: the learner is never left with some cards under
 * the new settings and no record of it. Each chunk reads the settings and
 * the cursor inside its transaction, so two tabs finishing at once share
 * the work, and a newer change restarts it.
 *
 * The bankCounts cache: the chunks do not name it, so counts-guard.ts
 * empties it on their first write (a replay may correct a review's stored
 * state, which the New-card counts read); the banks are counted again at the end.
 */
import { Dexie } from 'dexie';
import type { Settings } from '../core/settings';
import { CardStateKind, type Card, type Schedule } from '../core/srs/types';
import { recountBanks } from './counting';
import { db, type FactdeckDB } from './db';
import { markReschedulePending, pendingReschedule, RESCHEDULE_PENDING, type ReschedulePending } from './reschedule-flag';
import type { ReviewRow } from './rows';
import { saveSettings } from './settings-save';
import { answerOptions, cardReviews, replayRows } from './sync-replay';

/** Review rows read per chunk (and so about that many cards and reviews written per transaction). */
export const RESCHEDULE_CHUNK = 1_000;

/** Called after each chunk with the reviews replayed so far and their total. */
export type RescheduleProgress = (done: number, total: number) => void;

/**
 * Saves the retention or FSRS parameters and recomputes every studied card's
 * schedule from its reviews with them; returns how many cards were recomputed.
 */
export async function rescheduleAll(
	patch: Partial<Pick<Settings, 'retention' | 'fsrsParams'>>,
	onProgress?: RescheduleProgress,
	database: FactdeckDB = db
): Promise<{ cards: number }> {
	await database.transaction('rw', [database.settings, database.meta, database.outbox, database.reviews], async () => {
		await saveSettings(patch, database);
		await markReschedulePending(database, await database.reviews.count());
	});
	return finishReschedule(onProgress, database);
}

/**
 * Finishes the reschedule under way, chunk by chunk; returns the cards
 * recomputed in all (0 when none was under way). The banks are counted again at the end.
 */
export async function finishReschedule(onProgress?: RescheduleProgress, database: FactdeckDB = db): Promise<{ cards: number }> {
	let last: ReschedulePending | undefined;
	let wrote = false;
	for (;;) {
		const step = await nextChunk(database);
		if (!step) break;
		last = step.pending;
		wrote ||= step.wrote;
		onProgress?.(Math.min(last.done, last.total), last.total);
		if (step.finished) break;
	}
	// A chunk that wrote emptied every bank's counts (counts-guard.ts): count them all now, not on the study page.
	if (wrote) await recountBanks(database, (await database.banks.toCollection().primaryKeys()) as string[]);
	return { cards: last?.cards ?? 0 };
}

/** A schedule as one comparable string; a damaged date compares as changed. */
const scheduleKey = (s: Schedule): string =>
	[Number(s.due), Number(s.last_review ?? -1), s.stability, s.difficulty, s.elapsed_days, s.scheduled_days, s.learning_steps, s.reps, s.lapses, s.state].join(
		'|'
	);

/** Whether the replayed card is the stored one (suspension is carried over by the replay). */
function sameCard(stored: Card, replayed: Card): boolean {
	return stored.lastQuestionId === replayed.lastQuestionId && scheduleKey(stored) === scheduleKey(replayed);
}

/**
 * Whether the replayed review row is the stored one. A New card's due time
 * schedules nothing (the replay starts it at its first review, the app when
 * its bank was saved): it alone does not make a row worth writing.
 */
function sameRow(stored: ReviewRow | undefined, replayed: ReviewRow): boolean {
	if (stored === undefined || stored.beforeQuestionId !== replayed.beforeQuestionId) return false;
	const before = replayed.before.state === CardStateKind.New ? { ...replayed.before, due: stored.before.due } : replayed.before;
	return scheduleKey(stored.before) === scheduleKey(before) && scheduleKey(stored.after) === scheduleKey(replayed.after);
}

/** The review rows of the next chunk of cards after `after`, each card's complete. */
async function chunkReviews(database: FactdeckDB, after: string | null): Promise<{ reviews: ReviewRow[]; end: boolean }> {
	const index = '[cardId+reviewedAt]';
	const range = after === null ? database.reviews.orderBy(index) : database.reviews.where(index).above([after, Dexie.maxKey]);
	const reviews = await range.limit(RESCHEDULE_CHUNK).toArray();
	if (reviews.length < RESCHEDULE_CHUNK) return { reviews, end: true };
	// The last card's reviews may go on past the limit: leave it to the next chunk, or, alone, read it whole.
	const lastId = reviews[reviews.length - 1].cardId;
	const whole = reviews.filter((r) => r.cardId !== lastId);
	return { reviews: whole.length ? whole : await cardReviews(database, lastId).toArray(), end: false };
}

/** Replays and writes the next chunk in one transaction; null when no reschedule is under way. */
async function nextChunk(database: FactdeckDB): Promise<{ pending: ReschedulePending; finished: boolean; wrote: boolean } | null> {
	const { cards, reviews, meta, settings } = database;
	return database.transaction('rw', [cards, reviews, meta, settings], async () => {
		const pending = await pendingReschedule(database);
		if (!pending) return null;
		// A reschedule marked by a pull has not counted its reviews (that pull's transaction is busy enough).
		const [opts, chunk, total] = await Promise.all([
			answerOptions(database),
			chunkReviews(database, pending.after),
			pending.total > 0 ? pending.total : reviews.count()
		]);
		const byCard = new Map<string, ReviewRow[]>();
		for (const review of chunk.reviews) {
			const list = byCard.get(review.cardId);
			if (list) list.push(review);
			else byCard.set(review.cardId, [review]);
		}
		const ids = [...byCard.keys()];
		const stored = await cards.bulkGet(ids);
		const written: Card[] = [];
		const rows: ReviewRow[] = [];
		let replays = 0;
		const now = new Date();
		stored.forEach((card, i) => {
			// Reviews whose bank has not arrived on this device wait for it, as after a pull.
			if (!card) return;
			const log = byCard.get(ids[i])!;
			const replayed = replayRows(card, log, now, opts);
			replays++;
			// Only what the replay changed is written: writes are most of the time, and a learning step keeps its due time.
			if (!sameCard(card, replayed.card)) written.push(replayed.card);
			const byId = new Map(log.map((row) => [row.id, row]));
			for (const row of replayed.rows) if (!sameRow(byId.get(row.id), row)) rows.push(row);
		});
		const next: ReschedulePending = {
			after: ids.at(-1) ?? pending.after,
			done: pending.done + chunk.reviews.length,
			total,
			cards: pending.cards + replays
		};
		await Promise.all([
			written.length && cards.bulkPut(written),
			rows.length && reviews.bulkPut(rows),
			chunk.end ? meta.delete(RESCHEDULE_PENDING) : meta.put({ key: RESCHEDULE_PENDING, value: next })
		]);
		return { pending: chunk.end ? { ...next, done: next.total } : next, finished: chunk.end, wrote: written.length + rows.length > 0 };
	});
}
