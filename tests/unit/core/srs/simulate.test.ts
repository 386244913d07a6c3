import { seededRng } from '$lib/core/srs/rng';
import { memoryModel } from '$lib/core/srs/scheduler';
import { introductions, MAX_RUN, meanPerDay, simulateWorkload, type SimCard, type WorkloadInput } from '$lib/core/srs/simulate';

/** `n` studied cards of stabilities from 1 to 300 days, each somewhere in its interval. */
function cards(n: number, seed = 3): SimCard[] {
	const rng = seededRng(seed);
	return Array.from({ length: n }, () => {
		const stability = Math.exp(rng() * Math.log(300));
		const since = rng() * stability;
		return { stability, difficulty: 1 + rng() * 9, since, due: stability - since };
	});
}

const input = (patch: Partial<WorkloadInput> = {}): WorkloadInput => ({ cards: cards(300), newCards: [], newPerDay: 20, days: 365, ...patch });

describe('memoryModel', () => {
	it('is FSRS: recall 90% one stability after a review, and at retention 0.9 the interval is the stability', () => {
		const model = memoryModel({ retention: 0.9 });
		expect(model.retrievability(10, 10)).toBeCloseTo(0.9, 6);
		expect(model.interval(10)).toBe(10);
		expect(memoryModel({ retention: 0.8 }).interval(10)).toBeGreaterThan(10);
		const good = model.next({ stability: 10, difficulty: 5 }, 10, 3);
		expect(good.stability).toBeGreaterThan(10);
		expect(model.next({ stability: 10, difficulty: 5 }, 10, 1).stability).toBeLessThan(10);
	});
});

describe('simulateWorkload', () => {
	it('asks for nothing and remembers nothing without cards', () => {
		const w = simulateWorkload(input({ cards: [] }), 0.9);
		expect(w.perDay).toHaveLength(365);
		expect(w.perDay.every((n) => n === 0)).toBe(true);
		expect(w.remembered).toBeNull();
		expect(meanPerDay(w)).toBe(0);
	});

	it('asks for more reviews a day, and remembers more, the higher the desired retention', () => {
		const rows = [0.75, 0.85, 0.9, 0.95].map((r) => simulateWorkload(input(), r));
		for (let i = 1; i < rows.length; i++) {
			expect(meanPerDay(rows[i])).toBeGreaterThan(meanPerDay(rows[i - 1]));
			expect(meanPerDay(rows[i], 0, 30)).toBeGreaterThan(meanPerDay(rows[i - 1], 0, 30));
			expect(rows[i].remembered!).toBeGreaterThan(rows[i - 1].remembered!);
		}
		expect(rows[2].remembered!).toBeGreaterThan(0.85);
		expect(rows[2].remembered!).toBeLessThan(1);
	});

	it('gives the same numbers for the same seed', () => {
		expect(simulateWorkload(input({ newCards: [40] }), 0.9)).toEqual(simulateWorkload(input({ newCards: [40] }), 0.9));
	});

	it('counts a card that falls due after the last day nowhere, and its recall on that day as FSRS says', () => {
		const card = { stability: 100, difficulty: 5, since: 10, due: 90 };
		const w = simulateWorkload(input({ cards: [card], days: 30 }), 0.9);
		expect(w.perDay.every((n) => n === 0)).toBe(true);
		expect(w.remembered).toBeCloseTo(memoryModel({ retention: 0.9 }).retrievability(40, 100), 10);
	});

	it('reviews an overdue card today, at least once', () => {
		const w = simulateWorkload(input({ cards: [{ stability: 5, difficulty: 5, since: 12, due: -7 }], days: 10 }), 0.9);
		expect(w.perDay[0]).toBeGreaterThanOrEqual(1);
		expect(w.perDay[0]).toBeLessThanOrEqual(2);
	});

	it('brings New cards in at the daily limit of each bank, each answered once or more on its first day', () => {
		const w = simulateWorkload(input({ cards: [], newCards: [30, 5], newPerDay: 10 }), 0.9);
		expect(w.perDay[0]).toBeGreaterThanOrEqual(15);
		// Learning steps: about two answers per new card on its first day.
		expect(w.perDay[0]).toBeLessThan(15 * 3);
		expect(w.perDay[5]).toBeGreaterThan(0);
		expect(w.remembered).toBeGreaterThan(0.8);
	});

	it('runs an even sample of a large collection, each run standing for its share', () => {
		const many = cards(MAX_RUN * 3, 5);
		const whole = simulateWorkload(input({ cards: many, days: 60 }), 0.9);
		expect(whole.sampled).toBe(MAX_RUN);
		// Each third run in full, added up, is the whole collection run in full: the sample comes within 3% of it.
		const thirds = [0, 1, 2].map((k) => simulateWorkload(input({ cards: many.filter((_, i) => i % 3 === k), days: 60 }), 0.9));
		const full = thirds.reduce((sum, w) => sum + meanPerDay(w), 0);
		expect(Math.abs(meanPerDay(whole) / full - 1)).toBeLessThan(0.03);
		expect(meanPerDay(whole)).not.toBe(full);
	});

	it('scales a sample given with the count of cards it stands for', () => {
		const sample = cards(300);
		const alone = simulateWorkload(input({ cards: sample, days: 60 }), 0.9);
		const many = simulateWorkload(input({ cards: sample, cardCount: 3_000, days: 60 }), 0.9);
		expect(meanPerDay(many)).toBeCloseTo(10 * meanPerDay(alone), 6);
		expect(many.remembered).toBeCloseTo(alone.remembered!, 10);
	});
});

describe('introductions', () => {
	it('takes each bank at its daily limit until it has none left', () => {
		expect(introductions([5, 30], 20, 4)).toEqual([25, 10, 0, 0]);
		expect(introductions([], 20, 2)).toEqual([0, 0]);
		expect(introductions([7], 0, 2)).toEqual([0, 0]);
	});
});
