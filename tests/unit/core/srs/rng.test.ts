import { pickIndex, seededRng } from '$lib/core/srs/rng';

describe('seededRng', () => {
	it('repeats the same sequence for the same seed', () => {
		const a = seededRng(42);
		const b = seededRng(42);
		const seqA = Array.from({ length: 5 }, a);
		expect(Array.from({ length: 5 }, b)).toEqual(seqA);
		expect(new Set(seqA).size).toBe(5);
	});

	it('gives different sequences for different seeds', () => {
		expect(seededRng(1)()).not.toBe(seededRng(2)());
	});

	it('stays in [0, 1) and covers the range', () => {
		const rng = seededRng(7);
		const xs = Array.from({ length: 2000 }, rng);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
		const low = xs.filter((x) => x < 0.5).length;
		expect(low).toBeGreaterThan(900);
		expect(low).toBeLessThan(1100);
	});
});

describe('pickIndex', () => {
	it('maps the unit interval onto indices, clamping bad generators', () => {
		expect(pickIndex(4, () => 0)).toBe(0);
		expect(pickIndex(4, () => 0.5)).toBe(2);
		expect(pickIndex(4, () => 0.9999)).toBe(3);
		expect(pickIndex(4, () => 1)).toBe(3);
		expect(pickIndex(4, () => -0.2)).toBe(0);
	});
});
