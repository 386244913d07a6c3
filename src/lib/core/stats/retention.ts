/**
 * True retention: of the answers given to cards in Review state (cards the
 * scheduler expected the learner to remember), the share not rated Again.
 * FSRS schedules each review for when recall is expected to have fallen to
 * the desired retention, so over many reviews the two should be close.
 */
import type { DayTotals } from './totals';

export interface Retention {
	/** Answers to Review cards. */
	reviews: number;
	/** Of them, recalled (not Again). */
	passed: number;
	/** passed / reviews, or null with no such answer. */
	rate: number | null;
}

/** True retention of the answers summed in `totals`. */
export function trueRetention(totals: DayTotals): Retention {
	return { reviews: totals.inReview, passed: totals.passed, rate: totals.inReview > 0 ? totals.passed / totals.inReview : null };
}

/** How true retention compares with the desired one, in words a learner can act on. */
export type RetentionVerdict = 'none' | 'few' | 'below' | 'near' | 'above';

/** Fewer Review answers than this say little about retention. */
export const FEW_REVIEWS = 30;
/** Within this many percentage points the two count as the same. */
const NEAR = 0.03;

/** The verdict on `retention` against `desired` (0.70-0.97). */
export function retentionVerdict(retention: Retention, desired: number): RetentionVerdict {
	if (retention.rate === null) return 'none';
	if (retention.reviews < FEW_REVIEWS) return 'few';
	if (retention.rate < desired - NEAR) return 'below';
	return retention.rate > desired + NEAR ? 'above' : 'near';
}

/** True retention over a span of days. */
export interface SpanRetention extends Retention {
	/** The span's first day. */
	start: number;
}

/** True retention of each of `count` spans of `spanDays` days that end on `lastDay`, oldest first. */
export function retentionBySpan(byDay: ReadonlyMap<number, DayTotals>, lastDay: number, spanDays: number, count: number): SpanRetention[] {
	return Array.from({ length: count }, (_, i) => {
		const start = lastDay - (count - i) * spanDays + 1;
		let reviews = 0;
		let passed = 0;
		for (let day = start; day < start + spanDays; day++) {
			const totals = byDay.get(day);
			reviews += totals?.inReview ?? 0;
			passed += totals?.passed ?? 0;
		}
		return { start, reviews, passed, rate: reviews > 0 ? passed / reviews : null };
	});
}
