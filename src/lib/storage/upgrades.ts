/**
 * The data changes of the schema upgrades, by the version they upgrade to
 * (db.ts declares the tables; MIGRATIONS.md has the rules). Fetched only on a
 * device whose database is older than the schema (upgrade-code.ts).
 */
import type { Transaction } from 'dexie';
import type { ReviewRow } from './rows';
import { newUid } from './uid';
import { upgradeToV8 } from './v8-upgrade';

export const UPGRADES: Record<number, (tx: Transaction) => Promise<unknown>> = {
	// Version 5: every review gets the uid sync knows it by.
	5: (tx) =>
		tx
			.table('reviews')
			.toCollection()
			.modify((review: ReviewRow) => {
				review.uid = newUid();
			}),
	8: upgradeToV8
};
