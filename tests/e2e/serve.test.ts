/**
 * The server behind `npm start` and these tests, as it serves the built app:
 * SPA fallback, MIME types and the cache headers the service worker update
 * relies on.
 */
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startServer } from '../../src/server/start';

const FILES: Record<string, string> = {
	'index.html': '<!doctype html><title>shell</title>',
	'service-worker.js': 'self.addEventListener("fetch", () => {});',
	'_app/immutable/entry/app.abc123.js': 'export {};',
	'manifest.webmanifest': '{"name":"Factdeck"}',
	'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'fonts/text.woff2': 'wOF2',
	'icon-192.png': 'png'
};

let root: string;
let server: Awaited<ReturnType<typeof startServer>>;

test.beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'factdeck-serve-'));
	writeFileSync(join(root, 'secret.txt'), 'outside the served folder');
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(root, 'build', path)), { recursive: true });
		writeFileSync(join(root, 'build', path), text);
	}
	server = await startServer({ dir: join(root, 'build'), port: 0 });
});

test.afterAll(async () => {
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

/** A raw request, so that paths like /%2e%2e/ reach the server unnormalised. */
function get(path: string, method = 'GET', headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
		const req = httpRequest({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

test('answers deep links with the SPA fallback, never cached stale', async () => {
	for (const path of ['/', '/study/korea-diplomacy-2021', '/settings?tab=storage']) {
		const res = await get(path);
		expect(res.status, path).toBe(200);
		expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(res.headers['cache-control']).toBe('no-cache');
		expect(res.body).toBe(FILES['index.html']);
	}
});

test('serves files with their MIME type and the right caching', async () => {
	const cases: [string, string, string][] = [
		['/service-worker.js', 'text/javascript; charset=utf-8', 'no-cache'],
		['/_app/immutable/entry/app.abc123.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
		['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
		['/icon.svg', 'image/svg+xml', 'no-cache'],
		['/icon-192.png', 'image/png', 'no-cache'],
		['/fonts/text.woff2', 'font/woff2', 'no-cache']
	];
	for (const [path, type, cache] of cases) {
		const res = await get(path);
		expect(res.status, path).toBe(200);
		expect(res.headers['content-type'], path).toBe(type);
		expect(res.headers['cache-control'], path).toBe(cache);
	}
});

test('a missing asset is a 404, not the HTML shell', async () => {
	const res = await get('/_app/immutable/entry/gone.js');
	expect(res.status).toBe(404);
});

test('never serves a file outside the build folder', async () => {
	for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2f%2e%2e%2fsecret.txt']) {
		const res = await get(path);
		expect(res.body, path).not.toContain('outside the served folder');
	}
});

test('answers HEAD and revalidation, refuses other methods', async () => {
	const head = await get('/service-worker.js', 'HEAD');
	expect(head.status).toBe(200);
	expect(head.body).toBe('');
	const etag = String(head.headers.etag);
	expect((await get('/service-worker.js', 'GET', { 'If-None-Match': etag })).status).toBe(304);
	const post = await get('/', 'POST');
	expect(post.status).toBe(405);
	expect(post.headers.allow).toBe('GET, HEAD');
});

test('refuses to start without a build', async () => {
	await expect(startServer({ dir: join(root, 'nothing'), port: 0 })).rejects.toThrow(/npm run build/);
});

test('the `npm start` entry prints the URL it serves and where the data is', async () => {
	const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
		env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FACTDECK_DATA: 'memory://', DATABASE_URL: '' }
	});
	try {
		const lines = await new Promise<string[]>((resolve, reject) => {
			let out = '';
			child.stdout.setEncoding('utf8');
			child.stdout.on('data', (chunk: string) => {
				out += chunk;
				if (out.split('\n').length > 2) resolve(out.trim().split('\n'));
			});
			child.on('exit', (code) => reject(new Error(`main.ts exited with ${code}`)));
		});
		expect(lines[0]).toMatch(/^Factdeck is running at http:\/\/127\.0\.0\.1:\d+\/$/);
		expect(lines[1]).toBe('Data: embedded PostgreSQL (PGlite) in memory://');
		const res = await fetch(lines[0].replace('Factdeck is running at ', ''));
		expect(res.status).toBe(200);
		// SIGTERM (or Ctrl+C) stops it cleanly: connections closed, database closed, status 0.
		const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		expect(await exited).toBe(0);
	} finally {
		child.kill('SIGKILL');
	}
});
