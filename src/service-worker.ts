/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline cache. Every file of a version is precached at install, so after one
 * visit every route opens with no network: the SPA fallback page answers any
 * navigation, deep links never visited included. A new version waits until the
 * page asks it to take over, so open tabs never mix two versions' files.
 * Everything it answers carries the headers that make the page cross-origin
 * isolated (the FSRS optimizer's threads need it), so a static host that
 * sends no such headers still gets an isolated app from the second visit on.
 */
import { base, build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE_PREFIX = 'factdeck-';
const CACHE = `${CACHE_PREFIX}${version}`;
/** adapter-static writes the SPA fallback here; it renders any route in the browser. */
const SHELL = `${base}/index.html`;
// `build` is empty under `vite dev`, which serves no fallback page to cache.
const PRECACHE = [...new Set([...build, ...files, ...(build.length > 0 ? [SHELL] : [])])];
const PRECACHED = new Set(PRECACHE);
/** The server's API: its answers are per account and must be live, so the worker never touches them. */
const API = `${base}/api`;
/** A slow network should not keep a learner waiting for a page the cache already has. */
const NAVIGATION_TIMEOUT_MS = 3000;
/** As src/server/http/headers.ts sends them: the app loads nothing from other origins, so COEP costs nothing. */
const ISOLATION: Record<string, string> = {
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Embedder-Policy': 'require-corp'
};

/** Built files have their content's hash in their name: a cached copy is always the right one. */
const IMMUTABLE = `${base}/_app/immutable/`;

// 'reload' skips the HTTP cache, so a new version never precaches an old file.
const fresh = (url: string) => new Request(url, { cache: 'reload' });

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHE.map(fresh));
			await cache.addAll((await filesOfWorkers(cache)).map(fresh));
		})()
	);
});

/**
 * Files that the app's workers load themselves, which `build` does not list:
 * Vite emits them beside the worker, and names them in its code as
 * new URL(`name`, self.location.href). The FSRS optimizer's worker loads its
 * WebAssembly (1.7 MB) and its thread helper this way; precaching them lets it
 * run offline like every other page.
 */
async function filesOfWorkers(cache: Cache): Promise<string[]> {
	const found = new Set<string>();
	for (const path of PRECACHE.filter((p) => p.startsWith(`${IMMUTABLE}workers/`) && p.endsWith('.js'))) {
		const code = (await (await cache.match(path))?.text()) ?? '';
		const at = new URL(path, sw.location.origin);
		for (const [, name] of code.matchAll(/new URL\(`([^`]+)`,\s*self\.location\.href\)/g)) found.add(new URL(name, at).pathname);
	}
	return [...found].filter((p) => !PRECACHED.has(p));
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// Not answered here, so it goes to the network: a failed API call must fail, never get the app shell.
	if (isApi(url.pathname)) return;

	if (request.mode === 'navigate') {
		event.respondWith(navigate(request).then(isolated));
	} else if (PRECACHED.has(url.pathname) || url.pathname.startsWith(IMMUTABLE)) {
		event.respondWith(cacheFirst(request, url.pathname).then(isolated));
	} else {
		event.respondWith(networkFirst(request).then(isolated));
	}
});

/** The response with the isolation headers; one that cannot be copied (opaque, a redirect) as it is. */
function isolated(response: Response): Response {
	if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) return response;
	if (Object.entries(ISOLATION).every(([name, value]) => response.headers.get(name) === value)) return response;
	const headers = new Headers(response.headers);
	for (const [name, value] of Object.entries(ISOLATION)) headers.set(name, value);
	return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function isApi(path: string): boolean {
	return path === API || path.startsWith(`${API}/`);
}

/** Network first, so an online learner gets fresh pages; the cached shell when offline or slow. */
async function navigate(request: Request): Promise<Response> {
	try {
		const response = await withTimeout(fetch(request), NAVIGATION_TIMEOUT_MS);
		// A static host without SPA fallback answers deep links 404: the shell can render them.
		if (response.ok || response.type === 'opaqueredirect') return response;
		return (await fromCache(request)) ?? (await fromCache(SHELL)) ?? response;
	} catch {
		const cached = (await fromCache(request)) ?? (await fromCache(SHELL));
		return cached ?? offlineResponse();
	}
}

async function cacheFirst(request: Request, path: string): Promise<Response> {
	const cached = await fromCache(path);
	if (cached) return cached;
	return fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const cached = await fromCache(request);
		if (cached) return cached;
		throw error;
	}
}

async function fromCache(request: Request | string): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	return cache.match(request);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('network timeout')), ms);
		promise.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error);
			}
		);
	});
}

function offlineResponse(): Response {
	return new Response('Factdeck is offline and this page is not cached yet.', {
		status: 503,
		headers: { 'Content-Type': 'text/plain; charset=utf-8' }
	});
}
