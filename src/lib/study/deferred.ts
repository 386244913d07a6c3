/**
 * The study feature's one lazy-loading seam: what is needed only after the
 * first card is up, fetched on first use so it never delays that card (see
 * route-size.js and the route budget test).
 */
import { lazy } from '$lib/ui/lazy';

/** The answer panel and rating bar, fetched once a card is up and the browser idle, or at the first answer. */
export const afterAnswerParts = lazy(() => import('./after-answer'));

// The answering module (grading, the scheduler, the answer writes) is the session's own
// dependency, so it is declared with the others in session-deps.ts; it is listed here too.
export { answeringModule } from './session-deps';

/** The keyboard help dialog, fetched the first time "?" is pressed. */
export const keyboardHelp = lazy(() => import('./KeyboardHelp.svelte'));

/** The end-of-session summary and its ways to go on, fetched when a session ends. */
export const sessionDonePart = lazy(() => import('./SessionDone.svelte'));
