/**
 * The middleware that keeps the bankCounts cache (counts.ts) from going stale.
 * It needs nothing from the rest of storage, so that db.ts can install it
 * without importing counts.ts, which reads the database db.ts defines.
 */
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

const COUNTED_TABLES = ['cards', 'reviews'];
const COUNTS_TABLE = 'bankCounts';
/** DBCoreRangeType.Any (a const enum, which isolated modules cannot read): the whole table. */
const WHOLE_TABLE = { type: 3, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false } as const;

/**
 * A Dexie middleware: a read-write transaction that writes cards or review
 * log rows without naming the counts table in its scope (a restore, a repair,
 * a test setting a card by hand) also empties the counts table, in the same
 * transaction, before its first such write. Nothing can then read a count
 * that the cards no longer match; the counts are rebuilt on next use.
 */
export const countsGuard: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'bankCountsGuard',
	create(down) {
		const unaware = new WeakSet<DBCoreTransaction>();
		const cleared = new WeakSet<DBCoreTransaction>();
		const hasCounts = down.schema.tables.some((t) => t.name === COUNTS_TABLE);
		return {
			transaction(stores, mode, options) {
				const touchesCards = stores.some((s) => COUNTED_TABLES.includes(s));
				if (!hasCounts || mode !== 'readwrite' || !touchesCards || stores.includes(COUNTS_TABLE)) {
					return down.transaction(stores, mode, options);
				}
				const trans = down.transaction([...stores, COUNTS_TABLE], mode, options);
				unaware.add(trans);
				return trans;
			},
			table(name) {
				const table = down.table(name);
				if (!COUNTED_TABLES.includes(name)) return table;
				return {
					...table,
					mutate(req) {
						if (unaware.has(req.trans) && !cleared.has(req.trans)) {
							cleared.add(req.trans);
							// Queued before the write it guards, never awaited: delaying that write could
							// reorder it after later writes to the same table. A failure undoes them all.
							const clear = { type: 'deleteRange' as const, trans: req.trans, range: WHOLE_TABLE };
							down
								.table(COUNTS_TABLE)
								.mutate(clear)
								.catch(() => req.trans.abort());
						}
						return table.mutate(req);
					}
				};
			}
		};
	}
};
