/**
 * The memory states behind the predictions are the reference's: replaying
 * each card of the real log through the scheduler's memory model gives the
 * stability and difficulty fsrs-rs (through the reference binding) computes,
 * with FSRS's defaults and with fitted parameters.
 */
import { memoryModel, type Memory } from '$lib/core/srs/scheduler';
import { trainingItems, utcDay, type TrainingItem } from '$lib/core/srs/optimize/items';
import { predict } from '$lib/core/srs/optimize/predict';
import { readRevlog } from '../../../../fixtures/revlog/revlog';
import { binding } from '../../../../fixtures/revlog/reference';

const GRADES = ['again', 'hard', 'good', 'easy'] as const;
// Parameters the reference optimizer fitted to this log (rounded): far enough from the defaults to matter.
const FITTED = [
	0.1991, 0.8948, 2.5429, 6.1908, 6.6017, 0.4879, 3.2083, 0.0455, 1.6253, 0.2335, 0.5719, 1.5919, 0.0316, 0.375, 1.8353, 0.6003, 1.8729, 0.7579, 0.0928, 0.1467,
	0.2339
];

/** Each card's longest item: its whole history up to its last long-term review. */
function histories(): TrainingItem[] {
	const byCard = new Map<string, ReturnType<typeof readRevlog>>();
	for (const row of readRevlog()) byCard.set(row.cardId, [...(byCard.get(row.cardId) ?? []), row]);
	// A card's items come in time order, so its last one is its longest.
	return [...byCard.values()].map((rows) => trainingItems(rows, utcDay).at(-1)).filter((item) => item !== undefined);
}

/** The reference's memory state after the reviews, one step at a time. */
function referenceState(params: readonly number[] | null, item: TrainingItem): Memory {
	const fsrs = new binding.FSRSBinding(params ? [...params] : undefined);
	let state: InstanceType<typeof binding.BindingMemoryState> | null = null;
	for (const review of item.reviews) state = fsrs.nextStates(state, 0.9, review.deltaT)[GRADES[review.rating - 1]].memory;
	return { stability: state!.stability, difficulty: state!.difficulty };
}

function ourState(params: readonly number[] | null, item: TrainingItem): Memory {
	const model = memoryModel({ retention: 0.9, params });
	return item.reviews.reduce<Memory | null>((state, review) => model.next(state, review.deltaT, review.rating), null)!;
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-9);

describe('memoryModel against the reference', () => {
	const items = histories();

	it.each([
		['FSRS defaults', null],
		['fitted parameters', FITTED]
	] as const)('replays every card of the real log to the reference memory state (%s)', (_, params) => {
		expect(items.length).toBeGreaterThan(1000);
		let worst = 0;
		for (const item of items) {
			const ours = ourState(params, item);
			const theirs = referenceState(params, item);
			worst = Math.max(worst, relative(ours.stability, theirs.stability), relative(ours.difficulty, theirs.difficulty));
		}
		console.log(`largest relative difference from the reference over ${items.length} cards: ${worst.toExponential(1)}`);
		// fsrs-rs computes in 32-bit floats, ts-fsrs in 64-bit: agreement to a few parts in 10^5.
		expect(worst).toBeLessThan(1e-4);
	});

	it('predicts recall from the state before the predicted review and the days since', () => {
		const [p] = predict(null, [
			{
				reviews: [
					{ rating: 3, deltaT: 0 },
					{ rating: 1, deltaT: 10 }
				],
				at: 0
			}
		]);
		const model = memoryModel({ retention: 0.9, params: null });
		expect(p.p).toBeCloseTo(model.retrievability(10, model.next(null, 0, 3).stability), 12);
		expect(p.p).toBeLessThan(0.9);
	});
});
