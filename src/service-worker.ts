/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline cache. Every file of a version is precached at install, so after one
 * visit every route opens with no network: the SPA fallback page answers any
 * navigation, deep links never visited included. A new version waits until the
 * page asks it to take over, so open tabs never mix two versions' files.
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

sw.addEventListener('install', (event) => {
	// 'reload' skips the HTTP cache, so a new version never precaches an old file.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))));
});

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
		event.respondWith(navigate(request));
	} else if (PRECACHED.has(url.pathname)) {
		event.respondWith(cacheFirst(request, url.pathname));
	} else {
		event.respondWith(networkFirst(request));
	}
});

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
