/**
 * A review log turned into what the FSRS optimizer (fsrs-rs) trains on and
 * predicts: for each card, its reviews in time order, each with the whole
 * study days since the card's previous review (0 for the first review and
 * for a repeat the same day: short-term reviews stay in the history). One
 * training item per review that came on a later day than the one before it:
 * the item is the card's history up to and including that review, whose
 * outcome (Again or not) the model must predict. This is how fsrs-rs and
 * the reference optimizer build items from a review log; same-day repeats are
 * history, never targets.
 */
import { dayKey } from '../../stats/days';
import type { Rating } from '../types';

/** One answer as the optimizer needs it: which card, how it went, when. */
export interface OptimizeReview {
	cardId: string;
	rating: Rating;
	reviewedAt: Date;
}

/** One review in fsrs-rs's terms. */
export interface ItemReview {
	rating: Rating;
	/** Whole study days since the card's previous review; 0 for the first and for same-day repeats. */
	deltaT: number;
}

/** A card's reviews up to one of them: the history, then the review to predict (the last). */
export interface TrainingItem {
	reviews: readonly ItemReview[];
	/** When the last review was made (ms): items are ordered by it. */
	at: number;
}

/** The number of the day a moment falls in: the day boundary of the reviews. */
export type DayNumber = (at: Date) => number;

const DAY_MS = 86_400_000;

/** Calendar days in UTC: the day boundary the reference figures use. */
export const utcDay: DayNumber = (at) => Math.floor(at.getTime() / DAY_MS);

/** The learner's study days: they start at `dayStartHour`, local time, numbered as the statistics number them. */
export function studyDayNumber(dayStartHour: number): DayNumber {
	return (at) => dayKey(at, dayStartHour);
}

/** Each card's reviews in time order (reviews at the same moment keep the order they came in). */
function byCard(reviews: readonly OptimizeReview[]): OptimizeReview[][] {
	const cards = new Map<string, OptimizeReview[]>();
	for (const review of reviews) {
		const list = cards.get(review.cardId);
		if (list) list.push(review);
		else cards.set(review.cardId, [review]);
	}
	const lists = [...cards.values()];
	for (const list of lists) list.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
	return lists;
}

/** The training items of a review log, in the time order of the review each predicts. */
export function trainingItems(reviews: readonly OptimizeReview[], dayOf: DayNumber): TrainingItem[] {
	const items: TrainingItem[] = [];
	for (const list of byCard(reviews)) {
		const history: ItemReview[] = [];
		let previousDay: number | null = null;
		for (const review of list) {
			const day = dayOf(review.reviewedAt);
			const deltaT = previousDay === null ? 0 : Math.max(0, day - previousDay);
			previousDay = day;
			history.push({ rating: review.rating, deltaT });
			if (history.length > 1 && deltaT > 0) items.push({ reviews: history.slice(), at: review.reviewedAt.getTime() });
		}
	}
	return items.sort((a, b) => a.at - b.at);
}

/** How many of the item's reviews came on a later day than the one before (its long-term reviews). */
export function longTermReviews(item: TrainingItem): number {
	let n = 0;
	for (const review of item.reviews) if (review.deltaT > 0) n++;
	return n;
}

/** The review the item predicts. */
export const target = (item: TrainingItem): ItemReview => item.reviews[item.reviews.length - 1];
