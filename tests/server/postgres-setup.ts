/**
 * Vitest global setup of the server tests: a real PostgreSQL server for the
 * whole run (scripts/postgres.js), or the one TEST_DATABASE_URL names. Every
 * test file makes its own database on it (engines.ts).
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../scripts/postgres.js';

declare module 'vitest' {
	export interface ProvidedContext {
		postgresUrl: string;
	}
}

export default async function setup(project: TestProject) {
	if (process.env.TEST_DATABASE_URL) {
		project.provide('postgresUrl', process.env.TEST_DATABASE_URL);
		return;
	}
	const pg = await startPostgres({ settings: { fsync: 'off', synchronous_commit: 'off' } });
	project.provide('postgresUrl', pg.url);
	return () => pg.stop();
}
