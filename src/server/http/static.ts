/**
 * Serves the built app (build/) for every path outside /api. Any page path that
 * is not a file gets the SPA fallback page, as a static host configured for
 * SvelteKit would. The build writes a .br and a .gz copy beside each text file
 * (adapter-static `precompress`); the smallest one the browser accepts is sent,
 * so a slow connection is not paid three times over.
 */
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { Hono, type Context } from 'hono';
import type { ServerEnv } from './env';
import { mimeType } from './mime';

const FALLBACK = 'index.html';

/** The Hono app that serves the files of `dir`. */
export function staticApp(dir: string): Hono<ServerEnv> {
	const root = resolve(dir);
	const app = new Hono<ServerEnv>();
	// Hono answers HEAD through the GET route, without the body.
	app.get('*', async (c) => {
		const pathname = decodePath(c.req.url);
		if (pathname === null) return text(c, 400, 'Bad request');
		const file = await findFile(root, pathname);
		if (file) return sendFile(c, file.path, file.stats, pathname);
		// Missing assets must 404, or a stale page would parse HTML as JavaScript.
		const wantsPage = extname(pathname) === '' || (c.req.header('accept') ?? '').includes('text/html');
		if (!wantsPage) return text(c, 404, 'Not found');
		const shell = join(root, FALLBACK);
		return sendFile(c, shell, await stat(shell), `/${FALLBACK}`);
	});
	app.all('*', (c) => {
		c.header('Allow', 'GET, HEAD');
		return text(c, 405, 'Method not allowed');
	});
	return app;
}

/** The request path, decoded; null when it is malformed or holds a NUL. */
function decodePath(url: string): string | null {
	try {
		const pathname = decodeURIComponent(new URL(url).pathname);
		if (pathname.includes('\0')) return null;
		return normalize(pathname).split(sep).join('/');
	} catch {
		return null;
	}
}

/** The file the path names, or its folder's index.html; null when neither exists or the path leaves the root. */
async function findFile(root: string, pathname: string): Promise<{ path: string; stats: Stats } | null> {
	for (const candidate of [pathname, join(pathname, FALLBACK)]) {
		const path = join(root, candidate);
		if (path !== root && !path.startsWith(root + sep)) return null;
		const stats = await stat(path).catch(() => null);
		if (stats?.isFile()) return { path, stats };
	}
	return null;
}

function cacheControl(pathname: string): string {
	// File names under immutable/ hold a hash of their content: a new version is a new name.
	if (pathname.startsWith('/_app/immutable/')) return 'public, max-age=31536000, immutable';
	// The worker and the shell must be revalidated every time, or updates never arrive.
	return 'no-cache';
}

/** Precompressed copies, best first: the file name suffix and its Content-Encoding. */
const ENCODINGS = [
	{ suffix: '.br', coding: 'br' },
	{ suffix: '.gz', coding: 'gzip' }
] as const;

interface Copy {
	path: string;
	stats: Stats;
	coding: string;
}

/** The content codings an Accept-Encoding header allows (q > 0); `*` allows any not named. */
function accepted(header: string | undefined): (coding: string) => boolean {
	const allowed = new Set<string>();
	const refused = new Set<string>();
	for (const part of (header ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		(q && Number(q.slice(2)) === 0 ? refused : allowed).add(name);
	}
	return (coding) => !refused.has(coding) && (allowed.has(coding) || allowed.has('*'));
}

/**
 * The precompressed copies of `path` (whose stats are `original`), in
 * ENCODINGS order. A copy older than its file is stale (the file was changed
 * after the build) and is never sent.
 */
async function copiesOf(path: string, original: Stats): Promise<Copy[]> {
	const found = await Promise.all(
		ENCODINGS.map(async ({ suffix, coding }) => {
			const stats = await stat(path + suffix).catch(() => null);
			return stats?.isFile() && stats.mtimeMs >= original.mtimeMs ? { path: path + suffix, stats, coding } : null;
		})
	);
	return found.filter((copy) => copy !== null);
}

async function sendFile(c: Context<ServerEnv>, path: string, stats: Stats, pathname: string): Promise<Response> {
	const copies = await copiesOf(path, stats);
	const accepts = accepted(c.req.header('accept-encoding'));
	const copy = copies.find(({ coding }) => accepts(coding));
	// Caches must keep one answer per encoding whenever the answer depends on it.
	if (copies.length > 0) c.header('Vary', 'Accept-Encoding');
	// One tag per file and encoding: a 304 must never pair a gzip body with a plain one.
	const tag = `${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${copy ? `-${copy.coding}` : ''}`;
	const etag = `W/"${tag}"`;
	c.header('Content-Type', mimeType(path));
	c.header('Cache-Control', cacheControl(pathname));
	c.header('ETag', etag);
	c.header('Last-Modified', stats.mtime.toUTCString());
	if (c.req.header('if-none-match') === etag) return c.body(null, 304);
	if (copy) c.header('Content-Encoding', copy.coding);
	const body = copy ?? { path, stats };
	c.header('Content-Length', String(body.stats.size));
	// A HEAD request never reads the file.
	if (c.req.raw.method === 'HEAD') return c.body(null, 200);
	const stream = Readable.toWeb(createReadStream(body.path)) as ReadableStream<Uint8Array>;
	return c.body(stream, 200);
}

function text(c: Context<ServerEnv>, status: 400 | 404 | 405, message: string): Response {
	c.header('Cache-Control', 'no-cache');
	return c.text(message, status);
}
