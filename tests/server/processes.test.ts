/**
 * The server as operators run it: real processes on real ports. Two server
 * processes share one PostgreSQL and devices syncing through either see the
 * same changes; a server killed (SIGKILL) in the middle of a push loses
 * nothing and stores nothing twice when the device retries.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/server/db/open';
import { reviews } from '../../src/server/db/schema';
import { SESSION_COOKIE } from '../../src/server/http/auth';
import { createSession } from '../../src/server/services/sessions';
import type { PullResponse, PushResponse } from '../../src/lib/core/sync/protocol';
import { startServerProcess, type ServerProcess } from '../../bench/sync-spawn';
import { createPostgresDatabase, ENGINES } from './engines';
import { questionDoc, review, signedInAccount, type SignedIn } from './sync-helpers';

/** The server's start-up (config.ts and start.ts, as main.ts runs them) over an empty page, since a test run may have no build/. */
const ENTRY = 'bench/sync-server.ts';
const AT = Date.UTC(2026, 5, 1);

async function pushTo(server: ServerProcess, who: SignedIn, body: unknown): Promise<PushResponse> {
	const response = await fetch(`${server.url}/api/sync/push`, {
		method: 'POST',
		headers: { cookie: who.cookie, 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	if (!response.ok) throw new Error(`push answered ${response.status}`);
	return response.json() as Promise<PushResponse>;
}

async function pullFrom(server: ServerProcess, who: SignedIn): Promise<PullResponse[]> {
	const pages: PullResponse[] = [];
	for (let since = 0, more = true; more && pages.length < 100;) {
		const response = await fetch(`${server.url}/api/sync/pull?since=${since}&limit=7`, { headers: { cookie: who.cookie } });
		const page = (await response.json()) as PullResponse;
		pages.push(page);
		since = page.cursor;
		more = page.more;
	}
	return pages;
}

describe('two server processes on one PostgreSQL', () => {
	let url: string;
	let drop: () => Promise<void>;
	let database: Database;
	const servers: ServerProcess[] = [];
	beforeAll(async () => {
		({ url, drop } = await createPostgresDatabase());
		database = await openDatabase({ url, poolSize: 2 });
	});
	afterAll(async () => {
		await Promise.all(servers.map((s) => s.stop()));
		await database.close();
		await drop();
	});
	const start = async () => {
		const server = await startServerProcess(ENTRY, { DATABASE_URL: url });
		servers.push(server);
		return server;
	};
	const rowsOf = async (accountId: string) => (await database.db.select({ n: count() }).from(reviews).where(eq(reviews.accountId, accountId)))[0].n;

	test('devices syncing through either of two servers see the same changes, in one order', async () => {
		const [one, two] = await Promise.all([start(), start()]);
		const laptop = await signedInAccount(database.db);
		// A second session of the same account: the phone.
		const phone = { ...laptop, cookie: `${SESSION_COOKIE}=${await createSession(database.db, laptop.accountId, new Date())}` };
		await pushTo(one, laptop, { deviceId: 'laptop', reviews: [review(AT), review(AT + 1)], docs: [questionDoc('b1', 'q1', 'From the laptop', null)] });
		await pushTo(two, phone, { deviceId: 'phone', reviews: [review(AT + 2)], docs: [questionDoc('b1', 'q1', 'From the phone', 3)] });
		// Both servers at once, several pushes each: the account's order has no gap and no number twice.
		await Promise.all(
			Array.from({ length: 6 }, (_, i) =>
				pushTo(i % 2 ? two : one, laptop, { deviceId: `d${i}`, reviews: [review(AT + 10 + i), review(AT + 20 + i)], docs: [] })
			)
		);

		const viaOne = await pullFrom(one, laptop);
		const viaTwo = await pullFrom(two, phone);
		expect(viaTwo).toEqual(viaOne);
		const changes = viaOne.flatMap((p) => [...p.reviews.map((r) => r.seq), ...p.docs.map((d) => d.rev)]).sort((a, b) => a - b);
		// 15 reviews and one question written twice (its first revision, 3, was overwritten).
		expect(changes).toEqual(Array.from({ length: 17 }, (_, i) => i + 1).filter((n) => n !== 3));
		expect(viaOne.flatMap((p) => p.docs)).toMatchObject([{ key: 'q1', baseRev: 3, deviceId: 'phone', body: { prompt: 'From the phone' } }]);
		expect(await rowsOf(laptop.accountId)).toBe(15);
	}, 60_000);
});

describe.each(ENGINES)('a server on %s killed in the middle of a push', (engine) => {
	let env: Record<string, string>;
	let cleanup: () => Promise<void>;
	beforeAll(async () => {
		if (engine === 'postgres') {
			const { url, drop } = await createPostgresDatabase();
			env = { DATABASE_URL: url };
			cleanup = drop;
		} else {
			const dir = mkdtempSync(join(tmpdir(), 'factdeck-kill-'));
			env = { FACTDECK_DATA: dir };
			cleanup = async () => rmSync(dir, { recursive: true, force: true });
		}
	});
	afterAll(() => cleanup());

	/** Opens the database only while no server runs: a PGlite folder has one owner at a time. */
	async function withDatabase<T>(use: (database: Database) => Promise<T>): Promise<T> {
		const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.FACTDECK_DATA, poolSize: 1 });
		try {
			return await use(database);
		} finally {
			await database.close();
		}
	}
	test('the retried push stores every review exactly once', async () => {
		// Kill at several moments, so some pushes die before their commit and some after it, before the answer.
		const delays = [5, 40, 120, 400];
		const devices = await withDatabase(({ db }) => Promise.all(delays.map(() => signedInAccount(db))));
		for (const [i, delay] of delays.entries()) {
			const body = { deviceId: 'laptop', reviews: Array.from({ length: 1000 }, (_, n) => review(AT + n)), docs: [] };
			const server = await startServerProcess(ENTRY, env);
			const inFlight = pushTo(server, devices[i], body).catch(() => 'cut off');
			await new Promise((ok) => setTimeout(ok, delay));
			await server.kill();
			await inFlight;

			const again = await startServerProcess(ENTRY, env);
			const retried = await pushTo(again, devices[i], body).finally(() => again.stop());
			// A push is one transaction: the killed one stored all of it or none of it, and the retry the rest.
			expect([0, 1000]).toContain(retried.duplicates);
			expect(retried.stored + retried.duplicates).toBe(1000);
		}
		const rows = await withDatabase(({ db }) => db.select({ accountId: reviews.accountId, n: count() }).from(reviews).groupBy(reviews.accountId));
		expect(rows.map((r) => r.n)).toEqual([1000, 1000, 1000, 1000]);
		expect(new Set(rows.map((r) => r.accountId))).toEqual(new Set(devices.map((d) => d.accountId)));
	}, 180_000);
});
