/** fsrs-rs's time-series folds: each fits on the past segments and is scored on the next. */
import { timeSeriesSplits } from '$lib/core/srs/optimize/split';
import { item } from './helpers';

const items = (n: number) => Array.from({ length: n }, (_, i) => item('3@0 3@1', i));
const ats = (list: { at: number }[]) => list.map((x) => x.at);

describe('timeSeriesSplits', () => {
	it('cuts k + 1 equal segments; fold i fits on 0..i and scores segment i + 1, the last fold taking the remainder', () => {
		const folds = timeSeriesSplits(items(14), 3);
		// Segments of 3: [0..2] [3..5] [6..8] [9..13].
		expect(folds.map((f) => [ats(f.train), ats(f.test)])).toEqual([
			[
				[0, 1, 2],
				[3, 4, 5]
			],
			[
				[0, 1, 2, 3, 4, 5],
				[6, 7, 8]
			],
			[
				[0, 1, 2, 3, 4, 5, 6, 7, 8],
				[9, 10, 11, 12, 13]
			]
		]);
	});

	it('never scores an item on parameters fitted on it or on anything after it', () => {
		for (const fold of timeSeriesSplits(items(100), 5)) expect(Math.max(...ats(fold.train))).toBeLessThan(Math.min(...ats(fold.test)));
	});

	it('is one split, halves, for k = 1; nothing when there are fewer items than segments', () => {
		expect(timeSeriesSplits(items(5), 1).map((f) => [f.train.length, f.test.length])).toEqual([[2, 3]]);
		expect(timeSeriesSplits(items(5), 5)).toEqual([]);
	});
});
