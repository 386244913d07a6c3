/**
 * Opens the server's database and brings its schema up to date. With no
 * DATABASE_URL it is embedded PGlite in a folder (./data by default): one
 * person or one school on one machine needs nothing else. With DATABASE_URL it
 * is a PostgreSQL server, which several server instances can share.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';

/** The one query layer the services use, whichever engine is under it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
	db: Db;
	/** 'pglite' (embedded, in `where`) or 'postgres' (a server, `where` is its URL without the password). */
	engine: 'pglite' | 'postgres';
	where: string;
	close(): Promise<void>;
}

export interface OpenOptions {
	/** A postgres:// URL; when absent, embedded PGlite. */
	url?: string;
	/** PGlite's folder; 'memory://' keeps it in memory (tests). */
	dataDir?: string;
	/** Connections in the pool of a PostgreSQL server. */
	poolSize?: number;
}

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));
// Any fixed number: instances starting together take this lock so only one migrates at a time.
const MIGRATION_LOCK = 7_316_455;

/** Opens the database the options name and runs every migration it has not run yet. */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
	return options.url ? openPostgres(options.url, options.poolSize ?? 10) : openPglite(options.dataDir ?? 'data');
}

async function openPglite(dataDir: string): Promise<Database> {
	if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
	const client = await PGlite.create(dataDir);
	const db = drizzlePglite(client, { schema });
	// One process owns a PGlite folder, so there is no one to race with.
	await migratePglite(db, { migrationsFolder: MIGRATIONS });
	return { db: db as unknown as Db, engine: 'pglite', where: dataDir, close: () => client.close() };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
	// Migrate on a single connection holding an advisory lock: several instances may start at once.
	const single = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await single`select pg_advisory_lock(${MIGRATION_LOCK})`;
		await migratePostgres(drizzlePostgres(single), { migrationsFolder: MIGRATIONS });
		await single`select pg_advisory_unlock(${MIGRATION_LOCK})`;
	} finally {
		await single.end();
	}
	const client = postgres(url, { max: poolSize, onnotice: () => {} });
	const db = drizzlePostgres(client, { schema });
	await db.execute(sql`select 1`);
	return { db: db as unknown as Db, engine: 'postgres', where: redact(url), close: () => client.end() };
}

/** The URL without its password, for logs. */
export function redact(url: string): string {
	try {
		const u = new URL(url);
		if (u.password) u.password = '***';
		return u.toString();
	} catch {
		return 'postgres://(unreadable URL)';
	}
}
