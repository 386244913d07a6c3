/**
 * Questions about a list of spans ("does any quoted span hold this
 * mention?") answered by binary search instead of a scan of the list, which
 * grows with the article: asked for every mention, the scan was quadratic.
 */
import type { Span } from './types';

type SpanIndex = { starts: number[]; reach: number[] };

const indexes = new WeakMap<readonly Span[], SpanIndex>();

/** The spans' starts in order, and the furthest end among the spans up to each; built once per (complete) list. */
function indexOf(spans: readonly Span[]): SpanIndex {
	let index = indexes.get(spans);
	if (!index) {
		const sorted = [...spans].sort((x, y) => x.start - y.start);
		const reach: number[] = [];
		sorted.forEach((s, i) => reach.push(Math.max(s.end, i ? reach[i - 1] : -Infinity)));
		index = { starts: sorted.map((s) => s.start), reach };
		indexes.set(spans, index);
	}
	return index;
}

/** How many of the sorted starts are at most `at`. */
function countUpTo(starts: number[], at: number): number {
	let lo = 0;
	let hi = starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (starts[mid] <= at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Does some span of the list hold `[start, end)` whole? */
export function withinAny(spans: readonly Span[], start: number, end: number): boolean {
	const { starts, reach } = indexOf(spans);
	const n = countUpTo(starts, start);
	return n > 0 && reach[n - 1] >= end;
}

/** Does some span of the list overlap `[start, end)`? */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
	const { starts, reach } = indexOf(spans);
	const n = countUpTo(starts, end - 1);
	return n > 0 && reach[n - 1] > start;
}

/** Does some span of the list start at or after `from` and before `to`? */
export function startsWithin(spans: readonly Span[], from: number, to: number): boolean {
	const { starts } = indexOf(spans);
	const n = countUpTo(starts, from - 1);
	return n < starts.length && starts[n] < to;
}
