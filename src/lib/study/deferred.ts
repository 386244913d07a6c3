/**
 * The study feature's one lazy-loading seam: what is needed only after the
 * first card is up, fetched on first use so it never delays that card (see
 * route-size.js and the route budget test).
 */
import { lazy } from '$lib/ui/lazy';

/** The answer panel and rating bar, fetched once a card is up and the browser idle, or at the first answer. */
export const afterAnswerParts = lazy(() => import('./after-answer'));

/** What answering a card needs: grading, the scheduler and the answer writes (see answering.ts). */
export type Answering = typeof import('./answering');

/** The answering module, fetched when the browser is idle after a card shows, or at the first answer. */
export const answeringModule = lazy(() => import('./answering'));

/** The keyboard help dialog, fetched the first time "?" is pressed. */
export const keyboardHelp = lazy(() => import('./KeyboardHelp.svelte'));

/** The end-of-session summary and its ways to go on, fetched when a session ends. */
export const sessionDonePart = lazy(() => import('./SessionDone.svelte'));
