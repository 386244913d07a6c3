/**
 * The workload a desired retention implies: how many reviews a day the
 * learner's own cards will ask for over the coming days, and how much of
 * them they will remember. A seeded Monte Carlo run over FSRS's formulas
 * (scheduler.ts memoryModel), day by day as FSRS's own simulator does it:
 * each card comes back when due; it is recalled with the FSRS
 * retrievability of that moment, and then rated Hard, Good or Easy in the
 * shares FSRS's simulator assumes; a lapse is rated Again, relearned the same
 * day and its stability falls. New cards come in at the learner's daily
 * limit per bank while a bank has some left, each through its learning steps.
 *
 * Cards are independent (no daily cap on reviews), so each is run alone, and
 * one set of runs of a fresh card serves every new card, shifted to the day
 * it comes in. The same seed gives the same numbers; every retention of a
 * table uses the same seed, so rows differ by the retention, not by chance.
 */
import { seededRng } from './rng';
import { memoryModel, type Memory, type MemoryModel } from './scheduler';
import type { Rating } from './types';

/** A studied card as the simulation starts it: its memory, and its dates as days from now. */
export interface SimCard extends Memory {
	/** Days from now to its due time (negative when overdue). */
	due: number;
	/** Days from its last review to now. */
	since: number;
}

/** What the simulation needs of the learner's collection and settings. */
export interface WorkloadInput {
	/** The studied cards (not New, not suspended), or an even sample of them. */
	cards: readonly SimCard[];
	/** How many studied cards `cards` stands for, when it is a sample; its length otherwise. */
	cardCount?: number;
	/** New cards left in each bank being studied; each bank introduces up to `newPerDay` of them a day. */
	newCards: readonly number[];
	newPerDay: number;
	/** How many days to simulate, today first. */
	days: number;
	/** The learner's FSRS parameters; null or absent for FSRS's defaults. */
	params?: readonly number[] | null;
	seed?: number;
}

/** The workload at one desired retention. */
export interface Workload {
	retention: number;
	/** Expected reviews on each day, today first (learning steps and relearning included). */
	perDay: number[];
	/** The expected share of all studied cards (those studied now and those introduced) recalled on the last day; null with none. */
	remembered: number | null;
	/** Cards run: all of them, or an even sample by due date when there are more than MAX_RUN. */
	sampled: number;
}

/** Above this many studied cards, an even sample of this many is run, each standing for its share. */
export const MAX_RUN = 4_000;
/** At least this many runs in all: a handful of cards is run many times over, so that chance averages out. */
const MIN_RUNS = 2_000;
/** Runs of a fresh card, the pattern every new card follows from the day it comes in. */
const NEW_RUNS = 1_000;

/** How a recalled card is rated (Hard, Good, Easy) and how a New card is first rated (Again to Easy): FSRS's simulator defaults. */
const RECALL_RATINGS: readonly [Rating, number][] = [
	[2, 0.224],
	[3, 0.632],
	[4, 0.144]
];
const FIRST_RATINGS: readonly [Rating, number][] = [
	[1, 0.24],
	[2, 0.094],
	[3, 0.495],
	[4, 0.171]
];
/** Same-day answers after a New card's first rating, through the learning steps (1 and 10 minutes), each Good. */
const LEARNING_AFTER: Record<Rating, number> = { 1: 2, 2: 2, 3: 1, 4: 0 };

/** A rating drawn from a table of shares. */
function draw(table: readonly [Rating, number][], u: number): Rating {
	for (const [rating, share] of table) {
		if (u < share) return rating;
		u -= share;
	}
	return table[table.length - 1][0];
}

/** Counts reviews per day, each run weighted by how many cards it stands for. */
type Tally = (day: number, weight: number) => void;

/**
 * Runs one card from its first coming back (`day`, its last review at
 * `last`) to the end; returns its memory and last review day at the end.
 */
function run(model: MemoryModel, memory: Memory, day: number, last: number, days: number, rng: () => number, tally: Tally, weight: number) {
	while (day < days) {
		const elapsed = day - last;
		tally(day, weight);
		if (rng() < model.retrievability(elapsed, memory.stability)) memory = model.next(memory, elapsed, draw(RECALL_RATINGS, rng()));
		else {
			// Relearned the same day: one more answer, through the 10-minute step.
			tally(day, weight);
			memory = model.next(model.next(memory, elapsed, 1), 0, 3);
		}
		last = day;
		day += model.interval(memory.stability);
	}
	return { memory, last };
}

/**
 * MAX_RUN cards taken at even steps through the cards in due order: how
 * soon a card comes back decides most of its reviews, so every stretch of
 * due dates is represented in its share.
 */
function evenSample(cards: readonly SimCard[]): SimCard[] {
	const byDue = [...cards].sort((a, b) => a.due - b.due);
	return Array.from({ length: MAX_RUN }, (_, i) => byDue[Math.floor(((i + 0.5) * byDue.length) / MAX_RUN)]);
}

/** The studied cards' expected reviews per day and recall on the last day. */
function studied(model: MemoryModel, input: WorkloadInput, seed: number, perDay: number[]): number {
	const { cards, days, cardCount = cards.length } = input;
	if (cards.length === 0) return 0;
	const sample = cards.length > MAX_RUN ? evenSample(cards) : cards;
	const repeats = Math.ceil(MIN_RUNS / sample.length);
	const weight = cardCount / sample.length / repeats;
	const tally: Tally = (day, w) => (perDay[day] += w);
	let recalled = 0;
	sample.forEach((card, i) => {
		// A damaged or odd memory is brought into FSRS's range rather than stopping the simulation.
		const memory = { stability: Math.max(0.01, card.stability || 0), difficulty: Math.min(10, Math.max(1, card.difficulty || 5)) };
		for (let k = 0; k < repeats; k++) {
			const rng = seededRng(seed + i * 7_919 + k * 104_729);
			const start = Math.max(0, Math.floor(card.due));
			const end = run(model, memory, start, -card.since, days, rng, tally, weight);
			recalled += weight * model.retrievability(days - end.last, end.memory.stability);
		}
	});
	return recalled;
}

/** A fresh card's expected reviews on each day after it comes in, and its expected recall that many days on. */
function freshPattern(model: MemoryModel, days: number, seed: number): { reviews: number[]; recall: number[] } {
	const reviews = new Array<number>(days).fill(0);
	const recall = new Array<number>(days + 1).fill(0);
	const weight = 1 / NEW_RUNS;
	const tally: Tally = (day, w) => (reviews[day] += w);
	for (let k = 0; k < NEW_RUNS; k++) {
		const rng = seededRng(seed + 1_000_003 + k * 104_729);
		const first = draw(FIRST_RATINGS, rng());
		reviews[0] += weight * (1 + LEARNING_AFTER[first]);
		let memory = model.next(null, 0, first);
		for (let i = 0; i < LEARNING_AFTER[first]; i++) memory = model.next(memory, 0, 3);
		// Review by review, so that the recall `end` days on (for every end) uses the last review before it.
		let last = 0;
		for (let day = model.interval(memory.stability); last < days; day = last + model.interval(memory.stability)) {
			const until = Math.min(day, days);
			for (let end = last + 1; end <= until; end++) recall[end] += weight * model.retrievability(end - last, memory.stability);
			if (day >= days) break;
			({ memory, last } = run(model, memory, day, last, day + 1, rng, tally, weight));
		}
	}
	return { reviews, recall };
}

/** How many New cards come in on each day: each bank's daily limit while it has some left. */
export function introductions(newCards: readonly number[], newPerDay: number, days: number): number[] {
	const left = [...newCards];
	const perDay: number[] = [];
	for (let day = 0; day < days; day++) {
		let count = 0;
		left.forEach((n, bank) => {
			const today = Math.min(n, newPerDay);
			left[bank] -= today;
			count += today;
		});
		perDay.push(count);
	}
	return perDay;
}

/** The workload at `retention`: reviews per day and recall on the last day, for these cards and settings. */
export function simulateWorkload(input: WorkloadInput, retention: number): Workload {
	const { days, seed = 1 } = input;
	const model = memoryModel({ retention, params: input.params });
	const perDay = new Array<number>(days).fill(0);
	let recalled = studied(model, input, seed, perDay);
	const incoming = introductions(input.newCards, input.newPerDay, days);
	const introduced = incoming.reduce((a, b) => a + b, 0);
	if (introduced > 0) {
		const pattern = freshPattern(model, days, seed);
		incoming.forEach((count, start) => {
			if (count === 0) return;
			for (let day = start; day < days; day++) perDay[day] += count * pattern.reviews[day - start];
			recalled += count * pattern.recall[days - start];
		});
	}
	const cards = (input.cards.length ? (input.cardCount ?? input.cards.length) : 0) + introduced;
	return { retention, perDay, remembered: cards > 0 ? recalled / cards : null, sampled: Math.min(input.cards.length, MAX_RUN) };
}

/** Mean reviews per day over days `from` (inclusive) to `to` (exclusive) of a workload. */
export function meanPerDay(workload: Workload, from = 0, to = workload.perDay.length): number {
	const slice = workload.perDay.slice(from, to);
	return slice.length ? slice.reduce((a, b) => a + b, 0) / slice.length : 0;
}
