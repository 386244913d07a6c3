/**
 * What the statistics count of the review log, per study day: answers, New
 * cards introduced, Again answers, answers to cards in Review state and how
 * many of those were recalled (true retention), and time spent. Sums of
 * these are sums of days, so a cache can keep them per day and per bank and
 * add new answers as they come.
 */
import { CardStateKind, Rating, type ReviewLog } from '../srs/types';
import { studyDayEnd, studyDayStart } from '../srs/day';
import { dayKey, type DayKey } from './days';

export interface DayTotals {
	/** Every answer. */
	reviews: number;
	/** Answers to New cards: cards introduced. */
	fresh: number;
	/** Answers rated Again. */
	again: number;
	/** Answers to cards in Review state: the base of true retention. */
	inReview: number;
	/** Of those, the ones not rated Again. */
	passed: number;
	/** Time spent answering, ms. */
	ms: number;
}

/** One bank's totals of one study day. */
export interface BankDay extends DayTotals {
	bankId: string;
	day: DayKey;
}

/** The fields of a review log row the totals read. */
export type ReviewFacts = Pick<ReviewLog, 'bankId' | 'rating' | 'durationMs' | 'reviewedAt'> & { before: Pick<ReviewLog['before'], 'state'> };

/** Totals of nothing. */
export function emptyTotals(): DayTotals {
	return { reviews: 0, fresh: 0, again: 0, inReview: 0, passed: 0, ms: 0 };
}

/** Adds `from` into `into`, field by field. */
export function addTotals(into: DayTotals, from: DayTotals): DayTotals {
	into.reviews += from.reviews;
	into.fresh += from.fresh;
	into.again += from.again;
	into.inReview += from.inReview;
	into.passed += from.passed;
	into.ms += from.ms;
	return into;
}

/** Counts one answer into `into`. */
function addReview(into: DayTotals, review: ReviewFacts): void {
	const again = review.rating === Rating.Again;
	const inReview = review.before.state === CardStateKind.Review;
	into.reviews++;
	if (review.before.state === CardStateKind.New) into.fresh++;
	if (again) into.again++;
	if (inReview) into.inReview++;
	if (inReview && !again) into.passed++;
	into.ms += Number.isFinite(review.durationMs) ? review.durationMs : 0;
}

/**
 * The totals of `reviews` per bank and study day, in no particular order.
 * Reviews come mostly in time order, so the day of the previous one is
 * tried first: a million reviews then cost a few thousand day computations.
 */
export function bankDays(reviews: Iterable<ReviewFacts>, dayStartHour: number): BankDay[] {
	const byBank = new Map<string, Map<DayKey, BankDay>>();
	const out: BankDay[] = [];
	let dayFrom = Infinity;
	let dayTo = -Infinity;
	let day: DayKey = 0;
	for (const review of reviews) {
		const at = review.reviewedAt.getTime();
		if (at < dayFrom || at >= dayTo) {
			day = dayKey(review.reviewedAt, dayStartHour);
			dayFrom = studyDayStart(review.reviewedAt, dayStartHour).getTime();
			dayTo = studyDayEnd(review.reviewedAt, dayStartHour).getTime();
		}
		let days = byBank.get(review.bankId);
		if (!days) byBank.set(review.bankId, (days = new Map()));
		let entry = days.get(day);
		if (!entry) {
			entry = { bankId: review.bankId, day, ...emptyTotals() };
			days.set(day, entry);
			out.push(entry);
		}
		addReview(entry, review);
	}
	return out;
}

/** Merges lists of bank-day totals: one entry per bank and day, each the sum of its namesakes. */
export function mergeBankDays(lists: Iterable<readonly BankDay[]>): BankDay[] {
	const byBank = new Map<string, Map<DayKey, BankDay>>();
	const out: BankDay[] = [];
	for (const list of lists) {
		for (const entry of list) {
			let days = byBank.get(entry.bankId);
			if (!days) byBank.set(entry.bankId, (days = new Map()));
			const found = days.get(entry.day);
			if (found) addTotals(found, entry);
			else {
				const copy = { ...entry };
				days.set(entry.day, copy);
				out.push(copy);
			}
		}
	}
	return out;
}

/** The totals per study day of the banks `include` accepts (every bank by default). */
export function totalsByDay(entries: readonly BankDay[], include: (bankId: string) => boolean = () => true): Map<DayKey, DayTotals> {
	const byDay = new Map<DayKey, DayTotals>();
	for (const entry of entries) {
		if (!include(entry.bankId)) continue;
		let totals = byDay.get(entry.day);
		if (!totals) byDay.set(entry.day, (totals = emptyTotals()));
		addTotals(totals, entry);
	}
	return byDay;
}

/** The sum of the days from `from` to `to`, both included. */
export function totalsBetween(byDay: ReadonlyMap<DayKey, DayTotals>, from: DayKey, to: DayKey): DayTotals {
	const sum = emptyTotals();
	for (const [day, totals] of byDay) if (day >= from && day <= to) addTotals(sum, totals);
	return sum;
}
