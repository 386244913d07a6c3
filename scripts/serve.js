/**
 * Serves the built app (build/) with no dependencies: `npm start` runs it, and
 * the browser tests start and stop it in-process. Any path that is not a file
 * gets the SPA fallback page, as a static host configured for SvelteKit would.
 * The build writes a .br and a .gz copy beside each text file (adapter-static
 * `precompress`); the server sends the smallest one the browser accepts, as a
 * static host does, so that a slow connection is not paid three times over.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const FALLBACK = 'index.html';

const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.wasm': 'application/wasm'
};

/** Serves `dir` on `host:port` (port 0 picks a free one); resolves once listening. */
export async function startServer({ dir = join(ROOT, 'build'), port = 4173, host = '127.0.0.1' } = {}) {
	const root = resolve(dir);
	const fallback = await stat(join(root, FALLBACK)).catch(() => null);
	if (!fallback?.isFile()) throw new Error(`no built app in ${root}: run \`npm run build\` first`);

	const server = createServer((req, res) => {
		handle(root, req, res).catch(() => {
			if (!res.headersSent) send(res, 500, 'Internal server error');
			else res.destroy();
		});
	});
	await new Promise((resolveListen, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolveListen(undefined);
		});
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	const shownHost = host.includes(':') ? `[${host}]` : host;
	return {
		server,
		port: actualPort,
		url: `http://${shownHost}:${actualPort}/`,
		/** Stops listening and drops open connections, so a test can take the app "offline". */
		close: () =>
			new Promise((resolveClose) => {
				server.close(() => resolveClose(undefined));
				server.closeAllConnections();
			})
	};
}

async function handle(root, req, res) {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.setHeader('Allow', 'GET, HEAD');
		return send(res, 405, 'Method not allowed');
	}
	const pathname = decodePath(req.url ?? '/');
	if (pathname === null) return send(res, 400, 'Bad request');

	const file = await findFile(root, pathname);
	if (file) return sendFile(req, res, file.path, file.stats, pathname);

	// Missing assets must 404, or a stale page would parse HTML as JavaScript.
	const wantsPage = extname(pathname) === '' || (req.headers.accept ?? '').includes('text/html');
	if (!wantsPage) return send(res, 404, 'Not found');
	const shell = join(root, FALLBACK);
	return sendFile(req, res, shell, await stat(shell), `/${FALLBACK}`);
}

/** The request path, decoded; null when it is malformed or tries to leave the root. */
function decodePath(url) {
	try {
		const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
		if (pathname.includes('\0')) return null;
		return normalize(pathname).split(sep).join('/');
	} catch {
		return null;
	}
}

async function findFile(root, pathname) {
	for (const candidate of [pathname, join(pathname, 'index.html')]) {
		const path = join(root, candidate);
		if (path !== root && !path.startsWith(root + sep)) return null;
		const stats = await stat(path).catch(() => null);
		if (stats?.isFile()) return { path, stats };
	}
	return null;
}

function cacheControl(pathname) {
	if (pathname.startsWith('/_app/immutable/')) return 'public, max-age=31536000, immutable';
	// The worker and the shell must be revalidated every time, or updates never arrive.
	return 'no-cache';
}

/** Precompressed copies, best first: the file name suffix and its Content-Encoding. */
const ENCODINGS = [
	{ suffix: '.br', coding: 'br' },
	{ suffix: '.gz', coding: 'gzip' }
];

/** The content codings an Accept-Encoding header allows (q > 0); `*` allows any not named. */
function accepted(header) {
	const allowed = new Set();
	const refused = new Set();
	for (const part of String(header ?? '').split(',')) {
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
async function copiesOf(path, original) {
	const found = await Promise.all(
		ENCODINGS.map(async ({ suffix, coding }) => {
			const stats = await stat(path + suffix).catch(() => null);
			return stats?.isFile() && stats.mtimeMs >= original.mtimeMs ? { path: path + suffix, stats, coding } : null;
		})
	);
	return found.filter((copy) => copy !== null);
}

async function sendFile(req, res, path, stats, pathname) {
	const copies = await copiesOf(path, stats);
	const accepts = accepted(req.headers['accept-encoding']);
	const copy = copies.find(({ coding }) => accepts(coding));
	// Caches must keep one answer per encoding whenever the answer depends on it.
	if (copies.length > 0) res.setHeader('Vary', 'Accept-Encoding');
	const body = copy ?? { path, stats };
	// One tag per file and encoding: a 304 must never pair a gzip body with a plain one.
	const tag = `${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${copy ? `-${copy.coding}` : ''}`;
	const etag = `W/"${tag}"`;
	res.setHeader('Content-Type', MIME[extname(path).toLowerCase()] ?? 'application/octet-stream');
	res.setHeader('Cache-Control', cacheControl(pathname));
	res.setHeader('ETag', etag);
	res.setHeader('Last-Modified', stats.mtime.toUTCString());
	res.setHeader('X-Content-Type-Options', 'nosniff');
	if (req.headers['if-none-match'] === etag) {
		res.statusCode = 304;
		return res.end();
	}
	if (copy) res.setHeader('Content-Encoding', copy.coding);
	res.setHeader('Content-Length', body.stats.size);
	res.statusCode = 200;
	if (req.method === 'HEAD') return res.end();
	createReadStream(body.path)
		.on('error', () => res.destroy())
		.pipe(res);
}

function send(res, status, text) {
	res.statusCode = status;
	res.setHeader('Content-Type', 'text/plain; charset=utf-8');
	res.setHeader('Cache-Control', 'no-cache');
	res.end(text);
}

async function main() {
	const port = Number(process.env.PORT ?? 4173);
	const host = process.env.HOST || '127.0.0.1';
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		console.error(`PORT must be a port number, not "${process.env.PORT}"`);
		process.exit(1);
	}
	try {
		const { url, close } = await startServer({ port, host });
		console.log(`Factdeck is running at ${url}`);
		for (const signal of ['SIGINT', 'SIGTERM']) {
			process.once(signal, () => close().then(() => process.exit(0)));
		}
	} catch (error) {
		const message =
			error?.code === 'EADDRINUSE'
				? `port ${port} is in use: stop the other server or set PORT, e.g. PORT=4174 npm start`
				: error instanceof Error
					? error.message
					: String(error);
		console.error(`Factdeck could not start: ${message}`);
		process.exit(1);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
