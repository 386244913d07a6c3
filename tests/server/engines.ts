/**
 * The two database engines every server test runs on: embedded PGlite in
 * memory, and the real PostgreSQL server of the run (postgres-setup.ts), in a
 * database of the test's own that is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/server/db/open';

export const ENGINES = ['pglite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

/** A new, empty, migrated database on the engine; close() also drops it. */
export async function freshDatabase(engine: Engine): Promise<Database> {
	if (engine === 'pglite') return openDatabase({ dataDir: 'memory://' });
	const { url, drop } = await createPostgresDatabase();
	const database = await openDatabase({ url, poolSize: 5 });
	return {
		...database,
		close: async () => {
			await database.close();
			await drop();
		}
	};
}

/** A new empty database on the run's PostgreSQL server: its URL and a drop(). */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
	const serverUrl = inject('postgresUrl');
	const name = `t_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const again = postgres(serverUrl, { max: 1, onnotice: () => {} });
			await again.unsafe(`drop database if exists ${name} with (force)`);
			await again.end();
		}
	};
}
