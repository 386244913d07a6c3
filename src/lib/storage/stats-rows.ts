/**
 * The rows of the reviewStats cache (schema version 7): the review log's
 * totals per bank and study day, kept per chunk of review ids so that a
 * changed review spoils one chunk, not the whole cache. Kept apart from
 * stats-cache.ts so that the guard db.ts installs needs nothing else.
 */

export const STATS_TABLE = 'reviewStats';
/** Review ids per chunk: chunk k holds ids k * CHUNK_IDS to (k + 1) * CHUNK_IDS - 1. */
export const CHUNK_IDS = 4096;
/** The key of the state row. */
export const STATE_KEY = 'state';

/**
 * A chunk's totals per bank and study day, packed (stats-pack.ts); or, marked
 * `stale` (and without them), to be rebuilt from its reviews on the next read.
 */
export interface StatsChunkRow {
	key: number;
	banks?: string[];
	cells?: Float64Array;
	stale?: 1;
}

/** How far the review log is counted, and how days were told apart when it was. */
export interface StatsStateRow {
	key: typeof STATE_KEY;
	/** Every review with an id up to this one is counted in the chunks. */
	upTo: number;
	dayStartHour: number;
	/** The time zone the days were counted in (a move to another changes every day). */
	zone: string;
}

export type ReviewStatsRow = StatsChunkRow | StatsStateRow;
