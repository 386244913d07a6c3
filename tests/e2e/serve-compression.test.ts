/**
 * scripts/serve.js sends the build's precompressed copies (.br, .gz) to
 * browsers that accept them, with the headers a cache needs to keep them apart.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startServer } from '../../src/server/start';

const SCRIPT = `export const words = ${JSON.stringify('compressible '.repeat(200))};\n`;
const SHELL = '<!doctype html><title>shell</title><p>' + 'loading '.repeat(100);

let root: string;
let server: Awaited<ReturnType<typeof startServer>>;

function write(path: string, bytes: string | Buffer) {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), bytes);
}

test.beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'factdeck-serve-br-'));
	for (const [path, text] of [
		['_app/immutable/entry/app.abc.js', SCRIPT],
		['index.html', SHELL]
	]) {
		write(path, text);
		write(`${path}.br`, brotliCompressSync(text));
		write(`${path}.gz`, gzipSync(text));
	}
	write('icon-192.png', 'png');
	// A file changed after the build: its compressed copies are older and must not be sent.
	write('service-worker.js', 'self.version = 1;');
	write('service-worker.js.br', brotliCompressSync('self.version = 0;'));
	const built = new Date(Date.now() - 60_000);
	utimesSync(join(root, 'service-worker.js.br'), built, built);
	server = await startServer({ dir: root, port: 0 });
});

test.afterAll(async () => {
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

/** A raw request (Node's http does not decode bodies), so the bytes on the wire can be checked. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
	return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
		const req = httpRequest({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

test('sends brotli when accepted, else gzip, else the file as built', async () => {
	const path = '/_app/immutable/entry/app.abc.js';
	const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
	expect(br.headers['content-encoding']).toBe('br');
	expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
	expect(Number(br.headers['content-length'])).toBe(br.body.length);
	expect(br.body.length).toBeLessThan(SCRIPT.length / 4);

	const gz = await get(path, { 'Accept-Encoding': 'gzip' });
	expect(gz.headers['content-encoding']).toBe('gzip');
	expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

	const plain = await get(path);
	expect(plain.headers['content-encoding']).toBeUndefined();
	expect(plain.body.toString()).toBe(SCRIPT);

	for (const res of [br, gz, plain]) {
		expect(res.headers.vary).toBe('Accept-Encoding');
		expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
		expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	}
});

test('honours q=0 and the * wildcard', async () => {
	const path = '/_app/immutable/entry/app.abc.js';
	expect((await get(path, { 'Accept-Encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
	expect((await get(path, { 'Accept-Encoding': '*' })).headers['content-encoding']).toBe('br');
	expect((await get(path, { 'Accept-Encoding': 'br;q=0, gzip;q=0' })).headers['content-encoding']).toBeUndefined();
	expect((await get(path, { 'Accept-Encoding': 'identity' })).headers['content-encoding']).toBeUndefined();
});

test('compresses the SPA fallback for deep links too, still revalidated every time', async () => {
	const res = await get('/study/some-bank', { 'Accept-Encoding': 'br' });
	expect(res.status).toBe(200);
	expect(res.headers['content-encoding']).toBe('br');
	expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
	expect(res.headers['cache-control']).toBe('no-cache');
	expect(brotliDecompressSync(res.body).toString()).toBe(SHELL);
});

test('gives each encoding its own ETag, so a 304 never mixes them', async () => {
	const path = '/_app/immutable/entry/app.abc.js';
	const br = await get(path, { 'Accept-Encoding': 'br' }, 'HEAD');
	const plain = await get(path, {}, 'HEAD');
	expect(br.headers.etag).not.toBe(plain.headers.etag);
	expect((await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) })).status).toBe(304);
	expect((await get(path, { 'If-None-Match': String(br.headers.etag) })).status).toBe(200);
	expect(br.body.length).toBe(0);
	expect(Number(br.headers['content-length'])).toBeLessThan(SCRIPT.length / 4);
});

test('leaves files without a compressed copy alone', async () => {
	const res = await get('/icon-192.png', { 'Accept-Encoding': 'br, gzip' });
	expect(res.headers['content-encoding']).toBeUndefined();
	expect(res.headers.vary).toBeUndefined();
	expect(res.body.toString()).toBe('png');
});

test('never sends a compressed copy older than its file', async () => {
	const res = await get('/service-worker.js', { 'Accept-Encoding': 'br, gzip' });
	expect(res.headers['content-encoding']).toBeUndefined();
	expect(res.body.toString()).toBe('self.version = 1;');
});
