/** Sample statistics shared by the page and the Node driver. */

/** Median, 95th percentile and extremes of a list of durations (ms). */
export interface Stats {
	n: number;
	median: number;
	p95: number;
	min: number;
	max: number;
}

/** The value at quantile q (0..1) of sorted samples, by nearest rank: a reported p95 is always a real sample. */
function quantile(sorted: readonly number[], q: number): number {
	const rank = Math.ceil(q * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Summarizes samples; an empty list gives NaN everywhere rather than a made-up zero. */
export function summarize(samples: readonly number[]): Stats {
	if (samples.length === 0) return { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN };
	const sorted = [...samples].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { n: sorted.length, median, p95: quantile(sorted, 0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}
