import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { retryAfterMs, ServerApi } from '$lib/sync/api';
import { SERVER, startTestServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(() => server.close());

describe('calls to the server', () => {
	test('finds a Factdeck server by its health answer, and nothing where none answers', async () => {
		expect(await new ServerApi(SERVER, server.device().fetch).health()).toBe(true);
		// A static host answers every path with the app's page: a 200 that is not our JSON.
		const page = async () => new Response('<!doctype html><title>Factdeck</title>', { headers: { 'content-type': 'text/html' } });
		expect(await new ServerApi('', page).health()).toBe(false);
	});

	test('no network is "offline", with a sentence that says the changes wait', async () => {
		const device = server.device();
		device.offline = true;
		const outcome = await new ServerApi(SERVER, device.fetch).pull(0);
		expect(outcome).toMatchObject({ ok: false, kind: 'offline' });
		expect(!outcome.ok && outcome.message).toMatch(/wait/);
	});

	test("a 4xx is refused with the server's own sentence, a 5xx is server trouble", async () => {
		const device = server.device();
		device.intercept = async () => new Response('Bad gateway', { status: 502, headers: { 'retry-after': '30' } });
		expect(await new ServerApi(SERVER, device.fetch).pull(0)).toMatchObject({ ok: false, kind: 'server', status: 502, retryAfterMs: 30_000 });
		device.intercept = undefined;
		const missing = await new ServerApi(SERVER, device.fetch).exportData();
		expect(missing.ok).toBe(false);
		expect(!missing.ok && missing.kind).not.toBe('offline');
		expect(!missing.ok && missing.message).toMatch(/\w+ \w+/);
	});

	test('Retry-After in seconds or as a date', () => {
		const now = Date.UTC(2026, 0, 1);
		expect(retryAfterMs('120', now)).toBe(120_000);
		expect(retryAfterMs(new Date(now + 5000).toUTCString(), now)).toBe(5000);
		expect(retryAfterMs('soon', now)).toBeUndefined();
		expect(retryAfterMs(null, now)).toBeUndefined();
	});
});
