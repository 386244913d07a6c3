import { timeLeft } from '$lib/import/time-left';

describe('timeLeft', () => {
	it('extrapolates from the part done', () => {
		// A quarter in 10 s: 30 s to go.
		expect(timeLeft(10_000, 25, 100)).toBe('about 30 s left');
		// A tenth in 60 s: 9 minutes to go.
		expect(timeLeft(60_000, 100_000, 1_000_000)).toBe('about 9 min left');
		expect(timeLeft(2_000, 999, 1_000)).toBe('about 5 s left');
	});

	it('says nothing while it is too early to tell, or when done', () => {
		expect(timeLeft(500, 50, 100)).toBeNull();
		expect(timeLeft(5_000, 1, 100)).toBeNull();
		expect(timeLeft(5_000, 0, 0)).toBeNull();
		expect(timeLeft(5_000, 100, 100)).toBeNull();
	});
});
