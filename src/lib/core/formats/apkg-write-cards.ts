/**
 * Factdeck's scheduling as Anki's: a card's state as the columns of Anki's
 * `cards` row (type, queue, due, interval, ease, reps, lapses, steps left)
 * with the FSRS memory state in its `data` as Anki 23.10 and later keep it,
 * and each answer as a `revlog` row. Due days count from the collection's
 * creation day, as Anki counts them (anki-revlog.ts `ankiDays`).
 */
import { CardStateKind, type Card, type ReviewLog, type Schedule } from '../srs/types';
import { ankiDayOf, RevlogKind, type AnkiDays } from './anki-revlog';

/** The scheduling columns of one Anki card. */
export interface CardColumns {
	type: number;
	queue: number;
	due: number;
	ivl: number;
	factor: number;
	reps: number;
	lapses: number;
	left: number;
	data: string;
}

/** One row of Anki's review log. */
export interface RevlogColumns {
	id: number;
	ease: number;
	ivl: number;
	lastIvl: number;
	factor: number;
	time: number;
	type: number;
}

/** Anki's starting ease, 250 %: what a card studied with Anki's defaults carries. */
const DEFAULT_EASE = 2500;

/** Anki's default learning steps (1 and 10 minutes) and relearning step (10 minutes). */
const LEARNING_STEPS = 2;
const RELEARNING_STEPS = 1;

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** A card never studied: new, at `position` in the order new cards are shown. */
export function newCard(position: number): CardColumns {
	return { type: 0, queue: 0, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: '{}' };
}

/** The FSRS memory state as Anki stores it in `cards.data`: stability, difficulty, desired retention, last review. */
function memoryState(card: Schedule, retention: number): string {
	if (card.stability <= 0 || card.difficulty <= 0) return '{}';
	const data: Record<string, number> = { s: round(card.stability, 4), d: round(card.difficulty, 4), dr: round(retention, 2) };
	if (card.last_review) data.lrt = Math.floor(card.last_review.getTime() / 1000);
	return JSON.stringify(data);
}

/**
 * The Anki card of a Factdeck card. Learning cards due within the day they
 * were last answered wait in Anki's intraday queue (due as a Unix time),
 * later ones in the interday queue (due as a day number); a suspended card's
 * queue is -1, as Anki marks it.
 */
export function studiedCard(card: Card, position: number, days: AnkiDays, retention: number): CardColumns {
	if (card.state === CardStateKind.New) return { ...newCard(position), queue: card.suspended ? -1 : 0 };
	const dueMs = card.due.getTime();
	const learning = card.state === CardStateKind.Learning || card.state === CardStateKind.Relearning;
	const intraday = learning && card.scheduled_days < 1;
	const steps = card.state === CardStateKind.Learning ? LEARNING_STEPS : RELEARNING_STEPS;
	const queue = card.suspended ? -1 : intraday ? 1 : learning ? 3 : 2;
	return {
		type: card.state,
		queue,
		due: intraday ? Math.floor(dueMs / 1000) : ankiDayOf(days, dueMs),
		ivl: card.state === CardStateKind.Review ? Math.max(1, card.scheduled_days) : card.state === CardStateKind.Relearning ? 1 : 0,
		factor: DEFAULT_EASE,
		reps: card.reps,
		lapses: card.lapses,
		left: learning ? Math.max(1, steps - card.learning_steps) : 0,
		data: memoryState(card, retention)
	};
}

/** Anki's interval of a schedule: days for a review card, negative seconds until due while learning. */
function interval(s: Schedule, at: number): number {
	if (s.state === CardStateKind.New) return 0;
	if (s.state === CardStateKind.Review) return Math.max(1, s.scheduled_days);
	return -Math.max(1, Math.round((s.due.getTime() - at) / 1000));
}

/** Anki's kind of an answer: by the card's state when it was answered. */
function revlogKind(before: Schedule): number {
	if (before.state === CardStateKind.Review) return RevlogKind.Review;
	if (before.state === CardStateKind.Relearning) return RevlogKind.Relearn;
	return RevlogKind.Learn;
}

/**
 * The review log rows of one card, oldest first. A row's id is the time of
 * the answer in ms and must be unique in the whole log: `taken` holds the ids
 * used so far, and a clash moves the later answer on by a millisecond.
 */
export function revlogRows(reviews: readonly ReviewLog[], taken: Set<number>): RevlogColumns[] {
	return [...reviews]
		.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime())
		.map((r) => {
			let id = r.reviewedAt.getTime();
			while (taken.has(id)) id++;
			taken.add(id);
			return {
				id,
				ease: r.rating,
				ivl: interval(r.after, r.reviewedAt.getTime()),
				lastIvl: interval(r.before, r.reviewedAt.getTime()),
				factor: DEFAULT_EASE,
				time: Math.max(0, Math.round(r.durationMs)),
				type: revlogKind(r.before)
			};
		});
}
