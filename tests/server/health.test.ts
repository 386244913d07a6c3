import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/open';
import { createApp } from '../../src/server/http/app';
import { ENGINES, freshDatabase } from './engines';

describe.each(ENGINES)('on %s', (engine) => {
	let database: Database;
	beforeAll(async () => {
		database = await freshDatabase(engine);
	});
	afterAll(() => database.close());

	test('migrations made every table', async () => {
		const rows = await database.db.execute<{ table_name: string }>(
			sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`
		);
		const names = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { table_name: string }[] }).rows).map((r) => r.table_name);
		expect(names).toEqual(expect.arrayContaining(['accounts', 'docs', 'rate_limits', 'reviews', 'sessions']));
	});

	test('the API answers /api/health and 404s with JSON elsewhere', async () => {
		const app = createApp({ db: database.db });
		expect(await (await app.request('/api/health')).json()).toEqual({ ok: true });
		const missing = await app.request('/api/nothing');
		expect(missing.status).toBe(404);
		expect((await missing.json()).error).toMatch(/No such/);
	});

	test('a POST from another site is refused before it reaches a route', async () => {
		const app = createApp({ db: database.db });
		const response = await app.request('http://localhost/api/health', { method: 'POST', headers: { origin: 'https://evil.example', host: 'localhost' } });
		expect(response.status).toBe(403);
	});
});
