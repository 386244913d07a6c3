/**
 * The reviewStats chunks store their totals packed: the chunk's bank ids
 * once, and one row of numbers per bank and day in a Float64Array. A typed
 * array is copied whole when IndexedDB reads it, where tens of thousands of
 * small objects would each be rebuilt: the cached totals of a million
 * reviews are read in a few milliseconds.
 */
import type { BankDay } from '../core/stats/totals';

/** Numbers per bank and day: bank (index into `banks`), day, then the totals. */
const WIDTH = 8;

export interface PackedDays {
	banks: string[];
	cells: Float64Array;
}

/** Packs totals for storage. */
export function packDays(entries: readonly BankDay[]): PackedDays {
	const banks: string[] = [];
	const index = new Map<string, number>();
	const cells = new Float64Array(entries.length * WIDTH);
	entries.forEach((e, i) => {
		let bank = index.get(e.bankId);
		if (bank === undefined) {
			bank = banks.push(e.bankId) - 1;
			index.set(e.bankId, bank);
		}
		cells.set([bank, e.day, e.reviews, e.fresh, e.again, e.inReview, e.passed, e.ms], i * WIDTH);
	});
	return { banks, cells };
}

/** The totals of a packed chunk (none for one marked stale). */
export function unpackDays(packed: Partial<PackedDays>): BankDay[] {
	const { banks = [], cells = new Float64Array() } = packed;
	const out: BankDay[] = [];
	for (let i = 0; i < cells.length; i += WIDTH) {
		out.push({
			bankId: banks[cells[i]],
			day: cells[i + 1],
			reviews: cells[i + 2],
			fresh: cells[i + 3],
			again: cells[i + 4],
			inReview: cells[i + 5],
			passed: cells[i + 6],
			ms: cells[i + 7]
		});
	}
	return out;
}
