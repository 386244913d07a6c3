/**
 * The cleaning fsrs-rs applies before it trains, which the reference
 * optimizer (@open-spaced-repetition/binding, through fsrs-rs's
 * `filter_outlier`) also applies before its time-series split: the items
 * whose first long-term review is a card's first long-term review are
 * grouped by the card's first rating and the days until that review; in each
 * rating, the rarest intervals (5% of the items, at least 20) and any
 * interval seen fewer than 6 times or longer than 100 days (365 for Easy) are
 * outliers, and every item of a card whose first interval is one of them is
 * dropped. Group order follows fsrs-rs exactly, so the same items go.
 */
import { longTermReviews, type TrainingItem } from './items';

/** The first interval of an item's card: days until its first long-term review. */
const firstInterval = (item: TrainingItem): number => item.reviews.find((r) => r.deltaT > 0)!.deltaT;
const firstRating = (item: TrainingItem): number => item.reviews[0].rating;

interface Outliers {
	/** Per first rating, the first intervals found to be outliers. */
	removed: Map<number, Set<number>>;
	/** The first-interval items kept, in fsrs-rs's group order (the reference's split starts with them). */
	kept: TrainingItem[];
}

/** The items predicting each card's first long-term review, grouped by first rating, then by that interval. */
function firstIntervalGroups(items: readonly TrainingItem[]): Map<number, Map<number, TrainingItem[]>> {
	const groups = new Map<number, Map<number, TrainingItem[]>>();
	for (const item of items) {
		if (longTermReviews(item) !== 1) continue;
		const byDays = groups.get(firstRating(item)) ?? new Map<number, TrainingItem[]>();
		groups.set(firstRating(item), byDays);
		const days = firstInterval(item);
		const group = byDays.get(days);
		if (group) group.push(item);
		else byDays.set(days, [item]);
	}
	return groups;
}

function outliers(items: readonly TrainingItem[]): Outliers {
	const removed = new Map<number, Set<number>>();
	const kept: TrainingItem[] = [];
	const groups = firstIntervalGroups(items);
	for (const rating of [...groups.keys()].sort((a, b) => a - b)) {
		// Smallest group first; among equal sizes, the shorter interval first.
		const intervals = [...groups.get(rating)!.entries()].sort(([daysA, a], [daysB, b]) => a.length - b.length || daysA - daysB);
		const total = intervals.reduce((n, [, group]) => n + group.length, 0);
		const gone = new Set<number>();
		removed.set(rating, gone);
		let dropped = 0;
		for (const [days, group] of intervals) {
			if (dropped + group.length < Math.max(20, Math.floor(total / 20))) {
				dropped += group.length;
				gone.add(days);
			} else if (group.length >= 6 && days <= (rating !== 4 ? 100 : 365)) kept.push(...group);
			else gone.add(days);
		}
	}
	return { removed, kept };
}

const survives = (removed: Outliers['removed']) => (item: TrainingItem) => !removed.get(firstRating(item))?.has(firstInterval(item));

/** The items without the outliers, still in time order: what the app fits and scores on. */
export function withoutOutliers(items: readonly TrainingItem[]): TrainingItem[] {
	return items.filter(survives(outliers(items).removed));
}

/**
 * The order the reference optimizer gives its time-series split: the kept
 * first-interval items first (in fsrs-rs's group order), then every other
 * kept item in time order. Its published figures come from this order; it
 * puts every card's first interval ahead of later reviews, so it is not a
 * strict past/future split, and the app does not score on it.
 */
export function referenceOrder(items: readonly TrainingItem[]): TrainingItem[] {
	const { removed, kept } = outliers(items);
	return [...kept, ...items.filter((item) => longTermReviews(item) !== 1).filter(survives(removed))];
}
