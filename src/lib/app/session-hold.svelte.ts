/**
 * Banners wait while a study session or a test is running: one appearing above
 * the card would push it down mid-answer. The session pages say when they run;
 * the root layout reads `bannersHeld` and shows what waited once the session
 * ends (its summary, or any other page). Trouble that stops an answer from
 * being saved is still said at once: a failed save by the session itself,
 * where its card is, and "updated in another tab" by the bar fixed at the
 * bottom, which covers the page rather than moving it.
 */

import { untrack } from 'svelte';

let holds = $state(0);

/** True while some page has a session running. */
export function bannersHeld(): boolean {
	return holds > 0;
}

/**
 * Holds the banners for as long as `running()` is true and the calling
 * component is mounted. Call it while a component initialises.
 */
export function holdBannersWhile(running: () => boolean): void {
	$effect(() => {
		if (!running()) return;
		// untrack: `holds++` reads the count, and an effect that read what it writes would run
		// itself again, in a loop Svelte stops only after a thousand turns (and an error).
		untrack(() => holds++);
		return () => {
			untrack(() => holds--);
		};
	});
}
