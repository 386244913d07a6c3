/**
 * The middlewares that keep the caches from going stale: the bankCounts
 * cache (counts.ts) here, and, made the same way, the reviewStats cache
 * (stats-guard.ts). They need nothing from the rest of storage, so that
 * db.ts can install them without importing counts.ts, which reads the
 * database db.ts defines.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';

/** DBCoreRangeType.Any (a const enum, which isolated modules cannot read): the whole table. */
const WHOLE_TABLE = { type: 3, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false } as const;

/**
 * A Dexie middleware for the cache table `cache`, made of what the tables
 * `watched` hold: a read-write transaction that writes them without naming
 * the cache in its scope (a restore, a repair, a test setting a card by hand)
 * gets the cache added to its scope, and before each such write `spoil`
 * (told whether it is the transaction's first) names what to write to the
 * cache so that nothing can then read a number the rows no longer match.
 */
export function cacheGuard(
	name: string,
	cache: string,
	watched: readonly string[],
	spoil: (req: DBCoreMutateRequest, first: boolean) => DBCoreMutateRequest | null
): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name,
		create(down) {
			const unaware = new WeakSet<DBCoreTransaction>();
			const spoilt = new WeakSet<DBCoreTransaction>();
			const hasCache = down.schema.tables.some((t) => t.name === cache);
			return {
				transaction(stores, mode, options) {
					if (!hasCache || mode !== 'readwrite' || !stores.some((s) => watched.includes(s)) || stores.includes(cache)) {
						return down.transaction(stores, mode, options);
					}
					const trans = down.transaction([...stores, cache], mode, options);
					unaware.add(trans);
					return trans;
				},
				table(tableName) {
					const table = down.table(tableName);
					if (!watched.includes(tableName)) return table;
					return {
						...table,
						mutate(req) {
							const { trans } = req;
							if (unaware.has(trans)) {
								const write = spoil(req, !spoilt.has(trans));
								spoilt.add(trans);
								// Queued before the write it guards, never awaited: delaying that write could
								// reorder it after later writes to the same table. A failure undoes them all.
								if (write)
									down
										.table(cache)
										.mutate(write)
										.catch(() => trans.abort());
							}
							return table.mutate(req);
						}
					};
				}
			};
		}
	};
}

/** Writes to cards or the review log that do not keep the counts in step empty them, once per transaction; they are counted again on next use. */
export const countsGuard = cacheGuard('bankCountsGuard', 'bankCounts', ['cards', 'reviews'], (req, first) =>
	first ? { type: 'deleteRange', trans: req.trans, range: WHOLE_TABLE } : null
);
