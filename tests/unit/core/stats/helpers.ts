import { dayKey } from '$lib/core/stats/days';
import type { ReviewFacts } from '$lib/core/stats/totals';
import { CardStateKind, type Rating } from '$lib/core/srs/types';

/** Local time, so day-boundary tests mean the same in every time zone. */
export const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

/** The study day (4 am boundary) of a local date at noon. */
export const day = (y: number, m: number, d: number) => dayKey(local(y, m, d, 12), 4);

/** One answer of a fixed log. */
export function review(bankId: string, at: Date, rating: Rating, state: CardStateKind = CardStateKind.Review, durationMs = 5_000): ReviewFacts {
	return { bankId, reviewedAt: at, rating, before: { state }, durationMs };
}
