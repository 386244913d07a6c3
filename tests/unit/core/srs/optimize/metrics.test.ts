/** Log loss and RMSE(bins), on predictions small enough to check by hand. */
import { binOf, scorePredictions } from '$lib/core/srs/optimize/metrics';
import { item } from './helpers';

describe('binOf', () => {
	it('bins the days since the last review on 2.48·3.62ⁿ, as fsrs-rs does (×100, rounded)', () => {
		const days = (d: number) => binOf(item(`3@0 3@${d}`)).split('|')[0];
		expect([1, 3, 4, 13, 14, 47, 48].map(days)).toEqual(['248', '248', '898', '898', '3250', '3250', '11765']);
	});

	it('bins the long-term reviews so far plus one on 1.99·1.89ⁿ', () => {
		const length = (n: number) => binOf(item(['3@0', ...Array.from({ length: n }, () => '3@1')].join(' '))).split('|')[1];
		// n long-term reviews in the item, the predicted one included: fsrs-rs counts n + 1.
		expect([1, 2, 3, 6, 7].map(length)).toEqual(['4', '4', '7', '13', '13']);
	});

	it('bins the lapses before the predicted review on 1.65·1.73ⁿ, and ignores same-day Agains and the predicted review', () => {
		const lapses = (steps: string) => binOf(item(steps)).split('|')[2];
		expect(lapses('3@0 3@2')).toBe('0');
		expect(lapses('1@0 1@0 3@2 1@3')).toBe('0');
		expect(lapses('3@0 1@2 3@1')).toBe('2');
		expect(lapses('3@0 1@2 1@1 3@1')).toBe('3');
		expect(lapses('3@0 1@2 1@1 1@1 3@1')).toBe('5');
	});
});

describe('scorePredictions', () => {
	it('averages −ln p over recalled reviews and −ln(1 − p) over forgotten ones', () => {
		const score = scorePredictions([
			{ item: item('3@0 3@1'), p: 0.9 },
			{ item: item('3@0 1@1'), p: 0.2 }
		]);
		expect(score.logLoss).toBeCloseTo((-Math.log(0.9) - Math.log(0.8)) / 2, 12);
		expect(score.reviews).toBe(2);
	});

	it('compares each bin’s mean prediction with its share recalled, bins weighted by their reviews', () => {
		const score = scorePredictions([
			// One bin (1 day, first long-term review, no lapse): predicted 0.9 and 0.7, one recalled.
			{ item: item('3@0 3@1'), p: 0.9 },
			{ item: item('3@0 1@1'), p: 0.7 },
			// Another (5 days): predicted 0.5, recalled.
			{ item: item('3@0 3@5'), p: 0.5 }
		]);
		expect(score.rmseBins).toBeCloseTo(Math.sqrt((0.3 ** 2 * 2 + 0.5 ** 2) / 3), 12);
	});

	it('is finite for a certain prediction that was wrong, and empty for no predictions', () => {
		expect(Number.isFinite(scorePredictions([{ item: item('3@0 1@1'), p: 1 }]).logLoss)).toBe(true);
		expect(scorePredictions([]).reviews).toBe(0);
	});
});
