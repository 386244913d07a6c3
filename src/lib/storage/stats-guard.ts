/**
 * The middleware that keeps the reviewStats cache (stats-cache.ts) from
 * going stale. The cache counts every review up to an id; new reviews always
 * get higher ids and are counted on the next read, so only a change to a
 * review already counted can spoil it: a delete (an undo, a bank deleted, a
 * restore, Check database, an undo pulled from another device) or a write
 * that names its id. Before each such write in a transaction that does not
 * name the cache, the chunks of the reviews it touches are marked stale, in
 * the same transaction; a write over a range of reviews (a clear) leaves the
 * cache counted with no day boundary, so that all of it is counted again.
 * Every page loads this file (db.ts installs it), so it is kept small.
 */
import type { DBCoreMutateRequest } from 'dexie';
import { cacheGuard } from './counts-guard';
import { CHUNK_IDS, STATE_KEY, STATS_TABLE, type ReviewStatsRow } from './stats-rows';

/** The rows that spoil what a write to the reviews changes. */
function spoiled(req: DBCoreMutateRequest): ReviewStatsRow[] {
	// A state row no day boundary matches: the next read counts everything again.
	if (req.type === 'deleteRange') return [{ key: STATE_KEY, upTo: 0, dayStartHour: -1, zone: '' }];
	const ids = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((row) => (row as { id?: unknown }).id));
	// One mark per review: a chunk marked twice in one write is simply put twice.
	return ids.filter((id) => typeof id === 'number').map((id) => ({ key: Math.floor(id / CHUNK_IDS), stale: 1 }));
}

/** A Dexie middleware: see the file comment. */
export const statsGuard = cacheGuard('reviewStatsGuard', STATS_TABLE, ['reviews'], (req) => {
	const values = spoiled(req);
	return values.length ? { type: 'put', trans: req.trans, values } : null;
});
