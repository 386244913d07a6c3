/**
 * A card's schedule rebuilt from its reviews: what each device does after a
 * sync brought reviews made elsewhere. The reviews are taken in time order
 * (ties by review id) from a New card through the scheduler, with the options
 * the app answers with. ts-fsrs seeds its fuzz from the card and the review
 * time, so two devices replaying the same reviews reach the same schedule.
 */
import { answerCard, newSchedule } from './scheduler';
import type { Card, Rating, Schedule, SchedulerOptions } from './types';

/** What the replay needs of a review: its rating, its moment, and the id that breaks a tie. */
export interface ReplayReview {
	uid?: string;
	rating: Rating;
	reviewedAt: Date;
	questionId: string;
}

/** One review with the schedule before and after it. */
export interface ReplayStep<T> {
	review: T;
	before: Schedule;
	after: Schedule;
}

/** The final schedule (New when there are no reviews) and each review's step, in replay order. */
export interface Replay<T> {
	schedule: Schedule;
	steps: ReplayStep<T>[];
}

/** Time order, then review id: the same order on every device. */
export function replayOrder(a: ReplayReview, b: ReplayReview): number {
	const byTime = a.reviewedAt.getTime() - b.reviewedAt.getTime();
	if (byTime !== 0) return byTime;
	const [x, y] = [a.uid ?? '', b.uid ?? ''];
	return x < y ? -1 : x > y ? 1 : 0;
}

/** Replays a card's reviews from a New card; `card` gives the ids the scheduler carries along. */
export function replayCard<T extends ReplayReview>(
	card: Pick<Card, 'id' | 'bankId' | 'fact' | 'order'>,
	reviews: readonly T[],
	opts: SchedulerOptions
): Replay<T> {
	const ordered = [...reviews].sort(replayOrder);
	// A New card's schedule does not depend on when it was made: start it at the first review.
	let current: Card = { id: card.id, bankId: card.bankId, fact: card.fact, order: card.order, ...newSchedule(ordered[0]?.reviewedAt ?? new Date(0)) };
	const steps: ReplayStep<T>[] = [];
	for (const review of ordered) {
		const { card: next, log } = answerCard(current, review.rating, review.reviewedAt, opts, review.questionId, 0);
		steps.push({ review, before: log.before, after: log.after });
		current = next;
	}
	const { id: _i, bankId: _b, fact: _f, order: _o, lastQuestionId: _q, ...schedule } = current;
	return { schedule, steps };
}
