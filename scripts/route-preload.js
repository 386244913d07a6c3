/**
 * A build step: the SPA fallback page preloads the chunks of the route it is
 * opened at. One fallback page serves every route, so without this a route's
 * own chunks are found only once the entry scripts have run: one more round
 * trip on a slow network before the page can show. A small inline script,
 * run before the entry, matches the path against each route's pattern and
 * adds a <link rel="modulepreload"> for each of its chunks (and a preload for
 * its stylesheets) that the page does not list already. It works the same
 * offline: the service worker answers those requests from its cache.
 *
 * The policy's <meta> lists inline scripts by hash (svelte.config.js, `kit.csp`),
 * so the script's hash is added to its script-src.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { routeFiles } from './route-budget.js';

/** Where SvelteKit puts the built client files, below the base path. */
const IMMUTABLE = '_app/immutable/';

/**
 * The inline script: `routes` is [pattern, indexes into `files`][], in SvelteKit's
 * order of precedence, so that the first match is the route the router picks.
 * @param {string} prefix
 * @param {[RegExp, number[]][]} routes
 * @param {string[]} files
 */
function preloadScript(prefix, routes, files) {
	const table = `[${routes.map(([pattern, indexes]) => `[${pattern},${JSON.stringify(indexes)}]`).join(',')}]`;
	return (
		`{const f=${JSON.stringify(files)};` +
		`for(const[p,i]of ${table})if(p.test(location.pathname)){` +
		`for(const n of i){const l=document.createElement("link");` +
		// crossOrigin as Vite's own preload helper sets it: a request of another mode would not be reused.
		`if(f[n].endsWith(".css")){l.rel="preload";l.as="style"}else l.rel="modulepreload";l.crossOrigin="";` +
		`l.href=${JSON.stringify(prefix)}+f[n];document.head.append(l)}break}}`
	);
}

/**
 * The fallback page `html` with the preload script and its hash in the policy.
 * @param {string} html the page SvelteKit generated
 * @param {{ id: string, pattern: RegExp }[]} patterns every route, in SvelteKit's order
 * @param {{ id: string, eager: Set<string>, css: Set<string> }[]} routes each page route's files
 * @param {string} base the app's base path (`kit.paths.base`)
 */
export function withRoutePreloads(html, patterns, routes, base) {
	const prefix = `${base}/`;
	// What the page loads already (the entry and the root layout): listed once, by SvelteKit.
	const listed = new Set([...html.matchAll(/<link href="([^"]+)" rel="(?:modulepreload|stylesheet)"/g)].map((m) => m[1]));
	const files = [];
	const table = [];
	for (const { id, pattern } of patterns) {
		const route = routes.find((r) => r.id === id);
		if (!route) continue; // an endpoint, or a folder with only a layout
		const wanted = [...route.eager, ...route.css].filter((file) => file.startsWith(IMMUTABLE) && !listed.has(prefix + file));
		const indexes = wanted.map((file) => {
			const short = file.slice(IMMUTABLE.length);
			if (!files.includes(short)) files.push(short);
			return files.indexOf(short);
		});
		if (indexes.length > 0) table.push([pattern, indexes]);
	}
	const script = preloadScript(prefix + IMMUTABLE, table, files);
	const hash = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
	const policy = /(<meta http-equiv="content-security-policy" content="[^"]*script-src )([^;"]*)/;
	if (!policy.test(html)) throw new Error('route preload: the fallback page has no script-src in its policy <meta>');
	// Before the first stylesheet: an inline script after one would wait for it to load.
	const at = html.search(/<link [^>]*rel="stylesheet"|<\/head>/);
	const tagged = `${html.slice(0, at)}<script>${script}</script>\n\t\t${html.slice(at)}`;
	return tagged.replace(policy, (_, head, sources) => `${head}${sources} ${hash}`);
}

/**
 * Wraps an adapter so that the fallback page it generates preloads each route's chunks.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function preloadingRoutes(adapter) {
	return {
		...adapter,
		async adapt(builder) {
			const generateFallback = async (/** @type {string} */ dest) => {
				await builder.generateFallback(dest);
				const html = withRoutePreloads(readFileSync(dest, 'utf8'), builder.routes, routeFiles(), builder.config.kit.paths.base);
				writeFileSync(dest, html);
			};
			// The adapter compresses the page after generating it, so the .br and .gz copies carry the script too.
			return adapter.adapt(Object.assign(Object.create(builder), { generateFallback }));
		}
	};
}
