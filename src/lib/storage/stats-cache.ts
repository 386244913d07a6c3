/**
 * The review log's totals per bank and study day, for the statistics page,
 * read from the reviewStats cache (schema version 7) rather than from a
 * million review rows. The cache holds, per chunk of review ids, the totals
 * of every review up to an id (the state row's `upTo`). When it is complete
 * a read-only transaction sums its chunks. Otherwise read-write steps first
 * rebuild the chunks marked stale (stats-guard.ts marks those whose reviews
 * were deleted or rewritten), then count the reviews above `upTo` (new
 * answers, pulled or imported reviews: ids only grow) into their chunks and
 * move `upTo` on. Each step is one transaction over the reviews and the
 * cache, so the cache is never seen half-built, a first build reports
 * progress, and a build cut short keeps what it counted.
 */
import { bankDays, mergeBankDays, type BankDay } from '../core/stats/totals';
import { db, type FactdeckDB } from './db';
import { packDays, unpackDays } from './stats-pack';
import { CHUNK_IDS, STATE_KEY, type StatsChunkRow, type StatsStateRow } from './stats-rows';

/** Reviews read per transaction: a step takes a fraction of a second, so progress moves and other tabs wait little. */
const STEP_REVIEWS = 20_000;

export interface TotalsOptions {
	/** Hears of a build that takes more than one step: reviews read so far, and the total expected. */
	onProgress?: (done: number, total: number) => void;
	/** Reviews read per step (tests make it small). */
	stepReviews?: number;
	/**
	 * Awaited before a count starts: the page's other reads, which the count's
	 * transactions would hold up for seconds, finish first. A cache that only
	 * needs reading does not wait.
	 */
	after?: Promise<unknown>;
}

/** The time zone days are counted in: a learner who moves to another one has every day counted again. */
function timeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
}

/** The state row, if the cache was counted with these days. */
async function usableState(database: FactdeckDB, dayStartHour: number, zone: string): Promise<StatsStateRow | undefined> {
	const state = (await database.reviewStats.get(STATE_KEY)) as StatsStateRow | undefined;
	return state && state.dayStartHour === dayStartHour && state.zone === zone ? state : undefined;
}

const staleChunks = (database: FactdeckDB) => database.reviewStats.where('stale').equals(1);

/** Every chunk's totals, merged. */
async function sumChunks(database: FactdeckDB): Promise<BankDay[]> {
	const chunks = (await database.reviewStats.where(':id').below(STATE_KEY).toArray()) as StatsChunkRow[];
	return mergeBankDays(chunks.map(unpackDays));
}

/**
 * The totals when the cache is complete, else about how many reviews are left
 * to count (by id: the ids of deleted reviews are counted too); read only.
 * Counting the reviews themselves would walk a million keys, and IndexedDB
 * answers nothing else meanwhile.
 */
function readComplete(database: FactdeckDB, dayStartHour: number, zone: string): Promise<{ entries: BankDay[] } | { left: number }> {
	const { reviews, reviewStats } = database;
	return database.transaction('r', [reviews, reviewStats], async () => {
		const [state, lastId] = await Promise.all([usableState(database, dayStartHour, zone), reviews.toCollection().lastKey()]);
		const stale = state ? await staleChunks(database).count() : 0;
		const fresh = Math.max(0, ((lastId as number | undefined) ?? 0) - (state?.upTo ?? 0));
		if (state && stale === 0 && fresh === 0) return { entries: await sumChunks(database) };
		return { left: stale * CHUNK_IDS + fresh };
	});
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
		const reviews = from <= to ? await database.reviews.where(':id').between(from, to, true, true).toArray() : [];
		await database.reviewStats.put({ key, ...packDays(bankDays(reviews, state.dayStartHour)) });
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
	const rows = keys.map((key, i) => ({ key, ...packDays(mergeBankDays([unpackDays(stored[i] ?? {}), bankDays(byChunk.get(key)!, state.dayStartHour)])) }));
	await database.reviewStats.bulkPut([...rows, { ...state, upTo: reviews[reviews.length - 1].id! }]);
	return reviews.length;
}

/** One read-write step: about `limit` reviews counted; true once nothing is left. */
function step(database: FactdeckDB, dayStartHour: number, zone: string, limit: number): Promise<{ read: number; done: boolean }> {
	const { reviews, reviewStats } = database;
	return database.transaction('rw', [reviews, reviewStats], async () => {
		let state = await usableState(database, dayStartHour, zone);
		if (!state) {
			// Never built, or built with other days: everything is counted again.
			await reviewStats.clear();
			state = { key: STATE_KEY, upTo: 0, dayStartHour, zone };
			await reviewStats.put(state);
		}
		const stale = (await staleChunks(database).primaryKeys()) as number[];
		const { read, rebuilt } = await rebuildStale(database, state, stale, limit);
		// New reviews may fall in a stale chunk: they are counted once every stale chunk is rebuilt.
		const staleDone = rebuilt === stale.length && read < limit;
		const folded = staleDone ? await foldNew(database, state, limit) : 0;
		return { read: read + folded, done: staleDone && folded < limit };
	});
}

/** Every bank's totals per study day, from the cache (built or brought up to date first). */
export async function reviewTotals(dayStartHour: number, opts: TotalsOptions = {}, database: FactdeckDB = db): Promise<BankDay[]> {
	const zone = timeZone();
	const limit = opts.stepReviews ?? STEP_REVIEWS;
	const first = await readComplete(database, dayStartHour, zone);
	if ('entries' in first) return first.entries;
	// A build longer than a step says so at once, and as it goes.
	const total = first.left;
	const report = total > limit ? opts.onProgress : undefined;
	let done = 0;
	report?.(0, total);
	await opts.after;
	for (;;) {
		const { read, done: complete } = await step(database, dayStartHour, zone, limit);
		done += read;
		// Ids of deleted reviews make the total an upper bound: the bar fills when the count is done.
		report?.(complete ? total : Math.min(done, total), total);
		if (complete) break;
	}
	// Counted up to date: the sum is read like any complete cache (a write since then is counted by the next step).
	const after = await readComplete(database, dayStartHour, zone);
	return 'entries' in after ? after.entries : reviewTotals(dayStartHour, opts, database);
}
