/**
 * Databases as older versions of the app left them, for the migration tests:
 * written with a Dexie that knows only their version, and read back the same way.
 */
import { Dexie } from 'dexie';
import { V7_STORES, v7Rows } from '../../fixtures/db/v7';

/** Writes a fixture under `name` with a Dexie that knows only its version. */
export async function writeOld(name: string, version: number, stores: Record<string, string>, rows: Record<string, unknown[]>): Promise<void> {
	const old = new Dexie(name);
	old.version(version).stores(stores);
	await old.transaction('rw', old.tables, async () => {
		for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
	});
	expect(old.verno).toBe(version);
	old.close();
}

/** The database `name` is still at version 7 with every question of the version-7 fixture: an upgrade that failed changed nothing. */
export async function expectStillVersion7(name: string): Promise<void> {
	const old = new Dexie(name);
	old.version(7).stores(V7_STORES);
	await old.open();
	expect(old.verno).toBe(7);
	expect(await old.table('questions').count()).toBe(v7Rows().questions.length);
	old.close();
}
