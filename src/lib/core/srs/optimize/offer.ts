/**
 * When the optimizer is offered: once the learner has enough reviews for
 * the fit to mean something, and again a month after the last run, when a
 * month of new reviews may have changed what fits them.
 */
import type { Score } from './metrics';

/** Reviews needed before the optimizer is offered. */
export const MIN_REVIEWS = 400;
/** Days after a run before it is offered again. */
export const RERUN_DAYS = 30;

/** The record kept of the last run (in the app's meta table). */
export interface LastOptimization {
	at: Date;
	/** Reviews in the log when it ran. */
	reviews: number;
	current: Score;
	fitted: Score;
	/** Whether the fitted parameters were kept. */
	kept: boolean;
}

/** Why the optimizer is or is not offered now. */
export type Offer = { offered: true; reason: 'first' | 'monthly' } | { offered: false; reason: 'few-reviews' | 'recent'; nextAt?: Date };

/** Whether to offer a run now, given the reviews in the log and the last run. */
export function optimizerOffer(reviews: number, last: LastOptimization | undefined, now: Date): Offer {
	if (reviews < MIN_REVIEWS) return { offered: false, reason: 'few-reviews' };
	if (!last) return { offered: true, reason: 'first' };
	const nextAt = new Date(last.at.getTime() + RERUN_DAYS * 86_400_000);
	return now.getTime() >= nextAt.getTime() ? { offered: true, reason: 'monthly' } : { offered: false, reason: 'recent', nextAt };
}
