/**
 * Reading an untrusted Anki collection with sql.js: every row stepped one at
 * a time, and a cap on the rows of every query, so that no file makes a read
 * hold more than it allows (anki-collection.ts checks the schema, so that
 * every query stays plain).
 */
import type { Database, SqlValue } from 'sql.js';
import { formatCount } from './text';

/** Rows of the small tables (note types, fields, templates, decks) and objects of the schema. */
export const MAX_ANKI_SCHEMA_ROWS = 10_000;

/** A collection refused for what its schema or size is; the message is meant for the user. */
export class CollectionRefused extends Error {}

/** The rows of `sql`, stepped one at a time, refusing the read past `max` rows of `what`. */
export function* rows(db: Database, sql: string, max = MAX_ANKI_SCHEMA_ROWS, what = 'schema rows', params: SqlValue[] = []): Generator<SqlValue[]> {
	const stmt = db.prepare(sql, params);
	try {
		for (let n = 1; stmt.step(); n++) {
			if (n > max) throw new CollectionRefused(`the collection holds more than ${formatCount(max)} ${what}; Factdeck reads at most ${formatCount(max)}`);
			yield stmt.get();
		}
	} finally {
		stmt.free();
	}
}

export const text = (v: SqlValue) => (typeof v === 'string' ? v : v instanceof Uint8Array ? new TextDecoder().decode(v) : v === null ? '' : String(v));
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether the collection has a table of this name. */
export const hasTable = (db: Database, name: string): boolean =>
	[...rows(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", 1, 'tables', [name])].length > 0;
