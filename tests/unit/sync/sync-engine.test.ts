import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { saveBank } from '$lib/storage/banks';
import { retryDelay, RETRY_FIRST_MS, RETRY_MAX_MS, SyncEngine, type SyncReport } from '$lib/sync/sync-engine';
import { bankOfFacts, closeAll, local, allCards } from '../storage/helpers';
import { answer, newDevice, studied, type Device } from './devices';
import { startTestServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(() => server.close());
afterEach(closeAll);

const T0 = local(2026, 3, 2, 9);
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
let accounts = 0;

/** Signs a device in to a new account (or `login`'s) and returns its engine; a test that fails a sync disposes of its retry. */
async function signIn(device: Device, login?: string, onChange?: (report?: SyncReport) => void): Promise<{ engine: SyncEngine; login: string }> {
	const name = login ?? `learner${++accounts}`;
	const form = { login: name, password: 'a long enough password' };
	const outcome = login ? await device.api.signIn(form) : await device.api.createAccount(form);
	expect(outcome.ok).toBe(true);
	await device.store.setSyncMeta({ login: name });
	return { engine: new SyncEngine(device.store, device.api, { now: () => T0, locks: null, onChange }), login: name };
}

/** How many rows the server holds for these review ids, all accounts together. */
async function serverRows(): Promise<number> {
	const result = await server.database.db.execute(sql`select count(*)::int as n from reviews`);
	const rows = (Array.isArray(result) ? result : (result as unknown as { rows: { n: number }[] }).rows) as { n: number }[];
	return rows[0].n;
}

describe('the sync engine, on the real storage and the real server', () => {
	test('two devices of one account study offline, then sync and agree; every review is stored once', async () => {
		const laptop = newDevice(server);
		const phone = newDevice(server);
		await saveBank(bankOfFacts('a', 4), T0, {}, laptop.db);
		const a = await signIn(laptop);
		const first = await a.engine.firstSync();
		expect(first.merged).toMatchObject({ banks: 1, questions: 4, reviews: 0 });
		expect(first.report).toMatchObject({ ok: true });
		const p = await signIn(phone, a.login);
		const got = await p.engine.firstSync();
		expect(got.report).toMatchObject({ ok: true, received: { banks: 1 } });
		expect(await allCards(phone.db)).toHaveLength(4);

		const before = await serverRows();
		laptop.net.offline = phone.net.offline = true;
		await answer(laptop, 'a\u0000f0', 3, at(1));
		await answer(laptop, 'a\u0000f1', 1, at(2));
		await answer(phone, 'a\u0000f0', 1, at(3));
		await answer(phone, 'a\u0000f2', 4, at(4));
		const offline = await a.engine.sync();
		expect(offline).toMatchObject({ ok: false, kind: 'offline' });
		expect(offline.ok || offline.retryAt?.getTime()).toBe(T0.getTime() + RETRY_FIRST_MS);
		expect(await laptop.store.outboxSize()).toBe(2);
		a.engine.dispose();

		laptop.net.offline = phone.net.offline = false;
		expect(await a.engine.sync()).toMatchObject({ ok: true, sent: { reviews: 2 } });
		expect(await p.engine.sync()).toMatchObject({ ok: true, sent: { reviews: 2 }, received: { reviews: 2 } });
		expect(await a.engine.sync()).toMatchObject({ ok: true, received: { reviews: 2 } });
		expect(await serverRows()).toBe(before + 4);
		expect(await laptop.db.reviews.count()).toBe(4);
		expect(await studied(phone)).toEqual(await studied(laptop));
		expect((await studied(laptop)).map((c) => (c as { id: string }).id)).toEqual(['a\u0000f0', 'a\u0000f1', 'a\u0000f2']);
		expect(await laptop.store.getSyncMeta()).toMatchObject({ lastSyncedAt: T0 });
	});

	test('a push the server stored but whose answer was lost is sent again and stored once', async () => {
		const device = newDevice(server);
		await saveBank(bankOfFacts('b', 3), T0, {}, device.db);
		const { engine } = await signIn(device);
		await engine.firstSync();
		await answer(device, 'b\u0000f0', 3, at(1));
		await answer(device, 'b\u0000f1', 3, at(2));
		const before = await serverRows();

		device.net.intercept = async (url, forward) => {
			if (!url.pathname.endsWith('/sync/push')) return forward();
			await forward();
			throw new TypeError('Failed to fetch');
		};
		expect(await engine.sync()).toMatchObject({ ok: false, kind: 'offline' });
		engine.dispose();
		expect(await serverRows()).toBe(before + 2);
		expect(await device.store.outboxSize()).toBe(2);

		device.net.intercept = undefined;
		expect(await engine.sync()).toMatchObject({ ok: true, sent: { reviews: 2 } });
		expect(await serverRows()).toBe(before + 2);
		expect(await device.store.outboxSize()).toBe(0);
	});

	test('a device signed out everywhere stops with "signed-out" and plans no retry; another account sees nothing', async () => {
		const mine = newDevice(server);
		const lost = newDevice(server);
		await saveBank(bankOfFacts('c', 2), T0, {}, mine.db);
		const a = await signIn(mine);
		await a.engine.firstSync();
		await answer(mine, 'c\u0000f0', 3, at(1));
		await signIn(lost, a.login);
		expect((await lost.api.signOutEverywhere()).ok).toBe(true);
		const report = await a.engine.sync();
		expect(report).toMatchObject({ ok: false, kind: 'signed-out', retryAt: null });
		expect(a.engine.retryAt).toBeNull();
		expect(await mine.store.outboxSize()).toBe(1);

		const stranger = newDevice(server);
		const s = await signIn(stranger);
		expect(await s.engine.firstSync()).toMatchObject({ report: { ok: true, received: { reviews: 0, banks: 0, docs: 0 } } });
		expect(await stranger.db.banks.count()).toBe(0);
	});

	test('two calls at once share one sync', async () => {
		const device = newDevice(server);
		const { engine } = await signIn(device);
		await device.store.startSyncing();
		const [one, two] = [engine.sync(), engine.sync()];
		expect(one).toBe(two);
		expect(engine.running).toBe(true);
		await one;
		expect(engine.running).toBe(false);
	});
});

describe('retries', () => {
	test('a failed sync runs again by itself after the backoff, and sends what waited', async () => {
		const device = newDevice(server);
		await saveBank(bankOfFacts('r', 2), T0, {}, device.db);
		const reports: SyncReport[] = [];
		const { engine } = await signIn(device, undefined, (report) => report && reports.push(report));
		await engine.firstSync();
		await answer(device, 'r\u0000f0', 3, at(1));
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			device.net.offline = true;
			expect(await engine.sync()).toMatchObject({ ok: false, kind: 'offline' });
			device.net.offline = false;
			await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS - 1);
			expect(reports).toHaveLength(2);
			await vi.advanceTimersByTimeAsync(1);
			await vi.waitFor(() => expect(reports).toHaveLength(3));
		} finally {
			vi.useRealTimers();
		}
		expect(reports[2]).toMatchObject({ ok: true, sent: { reviews: 1 } });
		expect(await device.store.outboxSize()).toBe(0);
	});

	test('wait longer after each failure, up to five minutes, and never less than the server asked', () => {
		expect([1, 2, 3].map((n) => retryDelay(n))).toEqual([RETRY_FIRST_MS, 2 * RETRY_FIRST_MS, 4 * RETRY_FIRST_MS]);
		expect(retryDelay(30)).toBe(RETRY_MAX_MS);
		expect(retryDelay(1, 90_000)).toBe(90_000);
	});
});
