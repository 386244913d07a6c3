/** The growth section's rows: storage and memory at each size, and what each grows by per card. */
import { summarize } from './browser/stats';
import type { GrowthResult } from './growth';
import { single, type Row } from './report';

const MB = 1024 * 1024;

const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const mb = (bytes: number) => bytes / MB;

/**
 * What the storage figures mean. After a large write LevelDB holds garbage
 * (the transaction's undo log, files not yet compacted) until a later write
 * sets off a compaction: the first or second snapshot after a restore often
 * made the usage smaller. So a snapshot's cost is the median step between
 * successive snapshots (robust to one compaction among them), and the
 * collection is the last usage less the snapshots.
 */
export function storageOf(g: GrowthResult) {
	const steps = g.usage.snapshots.slice(1).map((u, i) => u - g.usage.snapshots[i]);
	const snapshot = summarize(steps).median;
	const last = g.usage.snapshots[g.usage.snapshots.length - 1];
	return { collection: last - g.usage.snapshots.length * snapshot - g.usage.empty, snapshot };
}

/** Storage and memory at each size, then what each grows by per card between sizes. */
export function growthRows(results: readonly GrowthResult[]): Row[] {
	const rows: Row[] = [];
	for (const g of results) {
		const on = `${k(g.cards)} cards, ${k(g.reviews)} reviews`;
		const { collection, snapshot } = storageOf(g);
		const raw = `${mb(g.usage.afterRestore - g.usage.empty).toFixed(1)} MB right after it`;
		rows.push(
			single('storage used: collection', on, mb(collection), 'MB', undefined, `storage.estimate(); restore ${g.restoreSeconds.toFixed(1)} s, ${raw}`),
			single('  + each daily snapshot', on, mb(snapshot), 'MB', undefined, `taken in ${g.snapshotSeconds.toFixed(1)} s; the app keeps 7`),
			single(
				'study page JS heap, first card (after GC)',
				on,
				mb(g.heap.firstCard),
				'MB',
				undefined,
				g.uaMemory === null ? 'Study all' : `Study all; measureUserAgentSpecificMemory ${mb(g.uaMemory).toFixed(1)} MB`
			),
			single(`  after ${g.answers} answers (after GC)`, on, mb(g.heap.answered), 'MB')
		);
	}
	for (let i = 1; i < results.length; i++) {
		const [a, b] = [results[i - 1], results[i]];
		const on = `${k(a.cards)} → ${k(b.cards)} cards`;
		const per = (x: number, y: number) => (y - x) / (b.cards - a.cards);
		const [sa, sb] = [storageOf(a), storageOf(b)];
		rows.push(
			single(
				'growth: storage per card (with its reviews)',
				on,
				per(sa.collection, sb.collection),
				'B',
				undefined,
				`each snapshot ${per(sa.snapshot, sb.snapshot).toFixed(0)} B more`
			),
			single('growth: study page heap per card', on, per(a.heap.firstCard, b.heap.firstCard), 'B')
		);
	}
	return rows;
}
