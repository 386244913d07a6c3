/**
 * Replaying one card of an Anki history (anki-history.ts) through Factdeck's
 * scheduler, on Anki's days. The scheduler counts elapsed days between UTC
 * calendar dates; Anki counts them between its own day boundaries (the
 * rollover hour in the collection's time zone). So the replay moves every
 * review back by the history's `dayShiftMs`, which puts UTC midnight on Anki's
 * boundary, and moves the dates of each schedule it returns forward again:
 * elapsed days, and so stability and difficulty, are Anki's, and every date is
 * real time. A later replay of the same log in Factdeck (a sync on another
 * device, new FSRS parameters) counts UTC dates, as for every review made here;
 * the two differ only where a review and the one before it sit on the same
 * Anki day but different UTC dates, or the other way round.
 */
import { replayCard } from '../srs/replay';
import type { Card, Rating, Schedule, SchedulerOptions } from '../srs/types';
import type { HistoryCard, ImportHistory } from './import-history';

/** One review of a history card, in real time. */
export interface HistoryReview {
	questionId: string;
	rating: Rating;
	reviewedAt: Date;
	durationMs: number;
}

/** A history card's reviews, oldest first. */
export function historyReviews(history: ImportHistory, card: HistoryCard): HistoryReview[] {
	const { question, rating, at, durationMs } = history.reviews;
	const out: HistoryReview[] = [];
	for (let i = card.from; i < card.from + card.count; i++) {
		out.push({ questionId: history.questionIds[question[i]], rating: rating[i] as Rating, reviewedAt: new Date(at[i]), durationMs: durationMs[i] });
	}
	return out;
}

/** A schedule with its dates moved by `ms`. */
function moved(s: Schedule, ms: number): Schedule {
	const out: Schedule = { ...s, due: new Date(s.due.getTime() + ms) };
	if (s.last_review) out.last_review = new Date(s.last_review.getTime() + ms);
	return out;
}

/** One replayed review: the review, and the card's schedule before and after it. */
export interface HistoryStep {
	review: HistoryReview;
	before: Schedule;
	after: Schedule;
}

/** Replays `reviews` (oldest first) from a New card on Anki's days; `shiftMs` is the history's `dayShiftMs`. */
export function replayOnAnkiDays(
	card: Pick<Card, 'id' | 'bankId' | 'fact' | 'order'>,
	reviews: readonly HistoryReview[],
	shiftMs: number,
	opts: SchedulerOptions
): { schedule: Schedule; steps: HistoryStep[] } {
	// Each moved review carries its index: ties in time keep the given order, and the step finds its review again.
	const shifted = reviews.map((r, index) => ({ rating: r.rating, questionId: r.questionId, reviewedAt: new Date(r.reviewedAt.getTime() - shiftMs), index }));
	const { schedule, steps } = replayCard(card, shifted, opts);
	return {
		schedule: moved(schedule, shiftMs),
		steps: steps.map((step) => ({ review: reviews[step.review.index], before: moved(step.before, shiftMs), after: moved(step.after, shiftMs) }))
	};
}
