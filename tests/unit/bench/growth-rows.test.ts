// The growth section's reading of storage figures: LevelDB's compactions make single readings move
// by megabytes, so a snapshot's cost must come out right despite one compaction among the steps.
import { expect, test } from 'vitest';
import type { GrowthResult } from '../../../bench/growth';
import { growthRows, storageOf } from '../../../bench/growth-rows';

const MB = 1024 * 1024;

function result(cards: number, snapshots: number[], empty = 0): GrowthResult {
	return {
		cards,
		studied: cards,
		reviews: 0,
		usage: { empty, afterRestore: snapshots[0] * MB, snapshots: snapshots.map((x) => x * MB) },
		restoreSeconds: 1,
		snapshotSeconds: 1,
		heap: { firstCard: 3 * MB, answered: 4 * MB },
		answers: 5,
		uaMemory: null
	};
}

test('a compaction that frees garbage between two snapshots does not make a snapshot cost less than nothing', () => {
	// Seen at 1k cards: 5.2 MB after the first snapshot, 3.4 after the second (garbage compacted), then 0.33 MB a snapshot.
	const { collection, snapshot } = storageOf(result(1000, [5.2, 3.41, 3.74, 4.07]));
	expect(snapshot / MB).toBeCloseTo(0.33, 2);
	expect(collection / MB).toBeCloseTo(4.07 - 4 * 0.33, 2);
});

test('the collection leaves out what the origin used before it', () => {
	const { collection } = storageOf(result(1000, [11, 12, 13, 14], 2 * MB));
	expect(collection / MB).toBeCloseTo(14 - 4 - 2, 6);
});

test('growth per card is the difference between two sizes over the cards added', () => {
	const rows = growthRows([result(1000, [2, 3, 4, 5]), result(10_000, [11, 21, 31, 41])]);
	const perCard = rows.find((r) => r.measure.startsWith('growth: storage per card'))!;
	// Collections: 5 - 4 = 1 MB and 41 - 40 = 1 MB: nothing more per card; snapshots 1 MB and 10 MB.
	expect(perCard.median).toBeCloseTo(0, 6);
	expect(perCard.note).toBe(`each snapshot ${((9 * MB) / 9000).toFixed(0)} B more`);
	expect(rows.filter((r) => r.measure === 'storage used: collection')).toHaveLength(2);
});
