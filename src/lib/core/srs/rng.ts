/**
 * A small seeded random number generator, so that every random choice in core
 * (question format, tie-breaks) can be replayed exactly in tests.
 */

/** Returns a generator of numbers in [0, 1) fully determined by `seed` (mulberry32). */
export function seededRng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** An index in [0, length) drawn from `rng`, safe even if rng returns 1 or a negative number. */
export function pickIndex(length: number, rng: () => number): number {
	const i = Math.floor(rng() * length);
	return Math.min(length - 1, Math.max(0, i));
}
