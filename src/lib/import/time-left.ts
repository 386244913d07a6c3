/**
 * An estimate of the time left for a long read or write, from how long the
 * part already done took. Too early to tell (under a second, or under 2 %
 * done) gives nothing rather than a wild guess.
 */

/** "about 40 s left", "about 3 min left", or null while it is too early to tell. */
export function timeLeft(elapsedMs: number, done: number, total: number): string | null {
	if (total <= 0 || done <= 0 || done >= total || elapsedMs < 1_000 || done / total < 0.02) return null;
	const seconds = (elapsedMs * (total - done)) / done / 1_000;
	if (seconds < 60) return `about ${Math.max(5, Math.round(seconds / 5) * 5)} s left`;
	return `about ${Math.round(seconds / 60)} min left`;
}
