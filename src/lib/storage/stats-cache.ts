/**
 * The review log's totals per bank and study day, for the statistics page,
 * read from the reviewStats cache (schema version 7) rather than from a
 * million review rows. The cache holds, per chunk of review ids, the totals
 * of every review up to an id (the state row's `upTo`). A read first
 * rebuilds the chunks marked stale (stats-guard.ts marks those whose reviews
 * were deleted or rewritten), then counts the reviews above `upTo` (new
 * answers, pulled or imported reviews: ids only grow) into their chunks and
 * moves `upTo` on, then sums the chunks. Each step is one transaction over
 * the reviews and the cache, so the cache is never seen half-built, a first
 * build can report progress, and a build cut short keeps what it counted.
 */
import { bankDays, mergeBankDays, type BankDay } from '../core/stats/totals';
import { db, type FactdeckDB } from './db';
import { CHUNK_IDS, STATE_KEY, type StatsChunkRow, type StatsStateRow } from './stats-rows';

/** Reviews read per transaction: a step takes a fraction of a second, so progress moves and other tabs wait little. */
const STEP_REVIEWS = 20_000;

export interface TotalsOptions {
	/** Hears of a build that takes more than one step: reviews read so far, and the total expected. */
	onProgress?: (done: number, total: number) => void;
	/** Reviews read per step (tests make it small). */
	stepReviews?: number;
}

/** The time zone days are counted in: a learner who moves to another one has every day counted again. */
function timeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
}

/** What one step did: the totals when the cache was complete, else how many reviews it read and how many are left. */
type Step = { entries: BankDay[] } | { read: number; left: number };

/** The reviews with ids from `from` to `to` (both included), in id order. */
function reviewsBetween(database: FactdeckDB, from: number, to: number) {
	return database.reviews.where(':id').between(from, to, true, true).toArray();
}

/** Rebuilds stale chunks from their reviews up to `upTo`, until about `budget` reviews were read; how many chunks and reviews. */
async function rebuildStale(database: FactdeckDB, state: StatsStateRow, stale: readonly number[], budget: number) {
	let read = 0;
	let rebuilt = 0;
	for (const key of stale) {
		if (read >= budget) break;
		const from = key * CHUNK_IDS;
		const to = Math.min(from + CHUNK_IDS - 1, state.upTo);
		// A chunk above `upTo` has nothing counted yet: its new reviews are counted as new.
		const reviews = from <= to ? await reviewsBetween(database, from, to) : [];
		await database.reviewStats.put({ key, days: bankDays(reviews, state.dayStartHour) });
		read += Math.max(reviews.length, 1);
		rebuilt++;
	}
	return { read, rebuilt };
}

/** Counts up to `limit` reviews above `upTo` into their chunks and moves `upTo` past them; returns how many. */
async function foldNew(database: FactdeckDB, state: StatsStateRow, limit: number): Promise<number> {
	const reviews = await database.reviews.where(':id').above(state.upTo).limit(limit).toArray();
	if (reviews.length === 0) return 0;
	const byChunk = new Map<number, typeof reviews>();
	for (const review of reviews) {
		const key = Math.floor(review.id! / CHUNK_IDS);
		const list = byChunk.get(key);
		if (list) list.push(review);
		else byChunk.set(key, [review]);
	}
	const keys = [...byChunk.keys()];
	const stored = (await database.reviewStats.bulkGet(keys)) as (StatsChunkRow | undefined)[];
	const rows = keys.map((key, i) => ({ key, days: mergeBankDays([stored[i]?.days ?? [], bankDays(byChunk.get(key)!, state.dayStartHour)]) }));
	await database.reviewStats.bulkPut([...rows, { ...state, upTo: reviews[reviews.length - 1].id! }]);
	return reviews.length;
}

/** One step of a read: see the file comment. */
function step(database: FactdeckDB, dayStartHour: number, zone: string, limit: number, countLeft: boolean): Promise<Step> {
	const { reviews, reviewStats } = database;
	return database.transaction('rw', [reviews, reviewStats], async () => {
		let state = (await reviewStats.get(STATE_KEY)) as StatsStateRow | undefined;
		if (!state || state.dayStartHour !== dayStartHour || state.zone !== zone) {
			// Never built, or built with other days: everything is counted again.
			await reviewStats.clear();
			state = { key: STATE_KEY, upTo: 0, dayStartHour, zone };
			await reviewStats.put(state);
		}
		const stale = (await reviewStats.where('stale').equals(1).primaryKeys()) as number[];
		const { read, rebuilt } = await rebuildStale(database, state, stale, limit);
		// New reviews may fall in a stale chunk: they are counted once every stale chunk is rebuilt.
		const staleDone = rebuilt === stale.length && read < limit;
		const folded = staleDone ? await foldNew(database, state, limit) : 0;
		if (staleDone && folded < limit) {
			const chunks = (await reviewStats.where(':id').below(STATE_KEY).toArray()) as StatsChunkRow[];
			return { entries: mergeBankDays(chunks.map((c) => c.days ?? [])) };
		}
		const counted = read + folded;
		if (!countLeft) return { read: counted, left: 0 };
		const upTo = ((await reviewStats.get(STATE_KEY)) as StatsStateRow).upTo;
		const [staleLeft, newLeft] = await Promise.all([reviewStats.where('stale').equals(1).count(), reviews.where(':id').above(upTo).count()]);
		return { read: counted, left: staleLeft * CHUNK_IDS + newLeft };
	});
}

/** Every bank's totals per study day, from the cache (built or brought up to date first). */
export async function reviewTotals(dayStartHour: number, opts: TotalsOptions = {}, database: FactdeckDB = db): Promise<BankDay[]> {
	const zone = timeZone();
	const limit = opts.stepReviews ?? STEP_REVIEWS;
	let done = 0;
	let total = 0;
	for (let first = true; ; first = false) {
		const result = await step(database, dayStartHour, zone, limit, first);
		if ('entries' in result) {
			// A build that reported progress ends at its total.
			if (!first) opts.onProgress?.(total, total);
			return result.entries;
		}
		done += result.read;
		if (first) total = done + result.left;
		opts.onProgress?.(Math.min(done, total), Math.max(total, done));
	}
}
