/**
 * fsrs-rs's outlier filter, on cards whose first interval (days until their
 * first long-term review) is rare or long: those cards' items go, all of them.
 */
import type { TrainingItem } from '$lib/core/srs/optimize/items';
import { referenceOrder, withoutOutliers } from '$lib/core/srs/optimize/prepare';
import { item } from './helpers';

let clock = 0;
/** `count` cards rated `first` on their first day and seen again `days` later; each card's second interval too when `again`. */
function cards(count: number, first: number, days: number, again = false): TrainingItem[] {
	return Array.from({ length: count }, () => {
		const firstItem = item(`${first}@0 3@${days}`, ++clock);
		return again ? [firstItem, item(`${first}@0 3@${days} 3@5`, ++clock + 1000)] : [firstItem];
	}).flat();
}

describe('withoutOutliers', () => {
	// Rated Good first: 30 cards back after 1 day, 10 after 3, 3 after 7 (rare) and 8 after 150 (too long, and rare).
	const good1 = cards(30, 3, 1);
	const good3 = cards(10, 3, 3, true);
	const good7 = cards(3, 3, 7, true);
	const good150 = cards(8, 3, 150);
	// Rated Again first: 25 cards after 1 day. With 25 items, dropping the rarest 20 would leave one group of 5 (< 6).
	const again1 = cards(25, 1, 1);
	const all = [...good1, ...good3, ...good7, ...good150, ...again1].sort((a, b) => a.at - b.at);

	it('drops the rarest intervals (5% of a rating, at least 20 items) and every item of those cards', () => {
		const kept = new Set(withoutOutliers(all));
		expect(good7.every((i) => !kept.has(i))).toBe(true);
		expect(good150.every((i) => !kept.has(i))).toBe(true);
		expect([...good1, ...good3].every((i) => kept.has(i))).toBe(true);
	});

	it('keeps a rating whose rarest groups are under 20 items only when the rest is big enough', () => {
		// Again/1 day is the only group: 25 ≥ 20 at once, and it has ≥ 6 items and ≤ 100 days: kept.
		expect(again1.every((i) => withoutOutliers(all).includes(i))).toBe(true);
		const few = cards(5, 1, 1);
		expect(withoutOutliers(few)).toEqual([]);
	});

	it('keeps time order', () => {
		const ats = withoutOutliers(all).map((i) => i.at);
		expect(ats).toEqual([...ats].sort((a, b) => a - b));
	});
});

describe('referenceOrder', () => {
	it('puts the kept first intervals first, by rating then from the smallest group, then the rest in time order', () => {
		clock = 0;
		// 25 cards after 3 days, 30 after 1: the smaller group is already 20 items or more, so both stay.
		const good1 = cards(30, 3, 1, true);
		const good3 = cards(25, 3, 3, true);
		const all = [...good1, ...good3].sort((a, b) => a.at - b.at);
		const firsts = (list: TrainingItem[]) => list.filter((i) => i.reviews.length === 2);
		const later = all.filter((i) => i.reviews.length === 3);
		expect(referenceOrder(all)).toEqual([...firsts(good3), ...firsts(good1), ...later]);
	});
});
