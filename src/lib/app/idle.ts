/**
 * Work that no page waits for (the service worker, the data checks, the daily
 * snapshot) is started when the browser has nothing better to do, so it never
 * competes with a page's first render.
 */

/** Runs `work` when the browser is idle after `delay` (ms), or `timeout` ms later at most; returns a cancel. */
export function whenIdle(work: () => void, delay: number, timeout = 10_000): () => void {
	let idle: number | undefined;
	const timer = setTimeout(() => {
		// Safari has no requestIdleCallback; the delay alone then has to do.
		if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout });
		else work();
	}, delay);
	return () => {
		clearTimeout(timer);
		if (idle !== undefined) cancelIdleCallback(idle);
	};
}
