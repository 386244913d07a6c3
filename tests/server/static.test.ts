/**
 * The built app served by the Hono app, on a small build of the test's own:
 * security headers, the precompressed copy the browser accepts, revalidation,
 * the SPA fallback, no way out of the folder, and the API beside it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../../src/server/db/open';
import { createApp } from '../../src/server/http/app';
import { ENGINES, freshDatabase } from './engines';

const SHELL = '<!doctype html><title>Factdeck</title>';
const SCRIPT = `export const words = ${JSON.stringify('flashcard '.repeat(100))};`;
const SCRIPT_PATH = '/_app/immutable/entry/start.abc123.js';

let root: string;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'factdeck-static-'));
	const write = (path: string, bytes: string | Buffer) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), bytes);
	};
	write('secret.txt', 'outside the served folder');
	write('build/index.html', SHELL);
	write(`build${SCRIPT_PATH}`, SCRIPT);
	write(`build${SCRIPT_PATH}.br`, brotliCompressSync(SCRIPT));
	write(`build${SCRIPT_PATH}.gz`, gzipSync(SCRIPT));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(ENGINES)('on %s', (engine) => {
	let database: Database;
	let app: ReturnType<typeof createApp>;
	beforeAll(async () => {
		database = await freshDatabase(engine);
		app = createApp({ db: database.db, staticDir: join(root, 'build') });
	});
	afterAll(() => database.close());

	test('every answer, page, file, error or API, carries the security headers', async () => {
		const answers = [
			await app.request('/'),
			await app.request(SCRIPT_PATH),
			await app.request('/_app/immutable/gone.js'),
			await app.request('/', { method: 'POST' }),
			await app.request('/api/health'),
			await app.request('/api/nothing')
		];
		for (const res of answers) {
			expect(res.headers.get('x-content-type-options')).toBe('nosniff');
			expect(res.headers.get('x-frame-options')).toBe('DENY');
			expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
			expect(res.headers.get('referrer-policy')).toBe('no-referrer');
			expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
			expect(res.headers.get('permissions-policy')).toContain('camera=()');
		}
	});

	test('sends the brotli copy, else the gzip one, else the file, each with its own ETag', async () => {
		const br = await app.request(SCRIPT_PATH, { headers: { 'accept-encoding': 'gzip, br' } });
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(SCRIPT);
		const gz = await app.request(SCRIPT_PATH, { headers: { 'accept-encoding': 'gzip' } });
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(SCRIPT);
		const plain = await app.request(SCRIPT_PATH, { headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(SCRIPT);
		for (const res of [br, gz, plain]) {
			expect(res.headers.get('vary')).toBe('Accept-Encoding');
			expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
			expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		}
		expect(new Set([br, gz, plain].map((res) => res.headers.get('etag'))).size).toBe(3);
	});

	test('answers a matching If-None-Match with 304 and no body', async () => {
		const first = await app.request(SCRIPT_PATH, { headers: { 'accept-encoding': 'br' } });
		const etag = first.headers.get('etag') ?? '';
		const again = await app.request(SCRIPT_PATH, { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		// The same tag for a plain body is another representation: it must not match.
		expect((await app.request(SCRIPT_PATH, { headers: { 'if-none-match': etag } })).status).toBe(200);
	});

	test('answers page paths with the SPA shell, revalidated every time; missing assets with 404', async () => {
		for (const path of ['/', '/study/some-bank', '/settings?tab=storage']) {
			const res = await app.request(path);
			expect(res.status, path).toBe(200);
			expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
			expect(res.headers.get('cache-control')).toBe('no-cache');
			expect(await res.text()).toBe(SHELL);
		}
		expect((await app.request('/_app/immutable/entry/gone.js')).status).toBe(404);
		expect((await app.request('/%E0%A4%A')).status).toBe(400);
	});

	test('answers HEAD without a body, refuses other methods', async () => {
		const head = await app.request(SCRIPT_PATH, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.headers.get('content-length')).toBe(String(SCRIPT.length));
		expect(await head.text()).toBe('');
		const put = await app.request('/index.html', { method: 'PUT' });
		expect(put.status).toBe(405);
		expect(put.headers.get('allow')).toBe('GET, HEAD');
	});

	test('never serves a file outside its folder', async () => {
		for (const path of ['/..%2fsecret.txt', '/..%2f..%2fsecret.txt', '/_app/..%2f..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
			const res = await app.request(path);
			expect(await res.text(), path).not.toContain('outside the served folder');
		}
	});

	test('the API still answers JSON under /api, never the shell', async () => {
		const health = await app.request('/api/health');
		expect(health.headers.get('content-type')).toMatch(/^application\/json/);
		expect(health.headers.get('cache-control')).toBe('no-store');
		expect(await health.json()).toEqual({ ok: true });
		const missing = await app.request('/api/no-such-thing', { headers: { accept: 'text/html' } });
		expect(missing.status).toBe(404);
		expect(await missing.json()).toEqual({ error: 'No such API endpoint.' });
	});
});
