/**
 * The middleware that keeps the reviewStats cache (stats-cache.ts) from
 * going stale. The cache counts every review up to an id; new reviews always
 * get higher ids and are counted on the next read, so only a change to a
 * review already counted can spoil it: a delete (an undo, a bank deleted, a
 * restore, Check database, an undo pulled from another device) or a write
 * that names its id. Any read-write transaction over the reviews that does
 * not include the cache gets it added, and before each such write the
 * chunks of the reviews it touches are marked stale, in the same
 * transaction; a write over a range of reviews empties the cache.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import { CHUNK_IDS, STATS_TABLE, type StatsChunkRow } from './stats-rows';

const REVIEWS = 'reviews';
/** DBCoreRangeType.Any (a const enum, which isolated modules cannot read): the whole table. */
const WHOLE_TABLE = { type: 3, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false } as const;

/** The stale marks of the chunks of the reviews a write names: deleted keys, or the ids of rows put or added with one. */
function staleMarks(req: DBCoreMutateRequest): StatsChunkRow[] {
	const ids = req.type === 'delete' ? req.keys : req.type === 'deleteRange' ? [] : (req.keys ?? req.values.map((row) => (row as { id?: unknown }).id));
	const chunks = new Set(ids.filter((id) => typeof id === 'number').map((id) => Math.floor(id / CHUNK_IDS)));
	return [...chunks].map((key) => ({ key, stale: 1 }));
}

/**
 * A Dexie middleware: see the file comment. Only FactdeckDB installs it, whose
 * every version from 7 on has the cache table. It loads with every page (db.ts
 * needs it), so it is kept small.
 */
export const statsGuard: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'reviewStatsGuard',
	create(down) {
		const unaware = new WeakSet<DBCoreTransaction>();
		return {
			transaction(stores, mode, options) {
				if (mode !== 'readwrite' || !stores.includes(REVIEWS) || stores.includes(STATS_TABLE)) return down.transaction(stores, mode, options);
				const trans = down.transaction([...stores, STATS_TABLE], mode, options);
				unaware.add(trans);
				return trans;
			},
			table(name) {
				const table = down.table(name);
				if (name !== REVIEWS) return table;
				return {
					...table,
					mutate(req) {
						const { trans } = req;
						if (unaware.has(trans)) {
							const stats = down.table(STATS_TABLE);
							const marks = staleMarks(req);
							// Queued before the write it guards, never awaited (as in counts-guard.ts); a failure undoes them all.
							const mark =
								req.type === 'deleteRange'
									? stats.mutate({ type: 'deleteRange', trans, range: WHOLE_TABLE })
									: marks.length > 0
										? stats.mutate({ type: 'put', trans, values: marks })
										: null;
							mark?.catch(() => trans.abort());
						}
						return table.mutate(req);
					}
				};
			}
		};
	}
};
