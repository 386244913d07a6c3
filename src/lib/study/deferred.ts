/**
 * The study feature's seam for what its page needs only after the first card
 * is up: fetched on first use, so it never delays that card (see route-size.js).
 */
import { lazy } from '$lib/ui/lazy';

/** The answer panel and rating bar, fetched once a card is up and the browser idle, or at the first answer. */
export const afterAnswerParts = lazy(() => import('./after-answer'));
