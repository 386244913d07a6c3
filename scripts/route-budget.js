/**
 * After `vite build`: the files each route loads before it can show anything,
 * with their sizes. A route needs the client entry (start + app), the root
 * layout, its own layouts and page, and every chunk they import statically;
 * code behind a dynamic import() is listed apart, as it loads only when used.
 * scripts/route-size.js prints this; tests/e2e/route-budget.test.ts holds it to a budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** @typedef {{ file: string, raw: number, gzip: number }} BuiltFile A built file and its size in bytes, raw and gzipped. */
/** @typedef {{ id: string, eager: BuiltFile[], lazy: BuiltFile[], css: BuiltFile[] }} RouteFiles What one route loads: before it shows (eager), later behind import() (lazy), and its stylesheets. */

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
const CLIENT_APP = '.svelte-kit/generated/client-optimized/app.js';
const NODE_KEY = (index) => `.svelte-kit/generated/client-optimized/nodes/${index}.js`;

/** The route dictionary of SvelteKit's generated client: route id -> node indexes. */
function readRoutes(root) {
	const source = readFileSync(join(root, CLIENT_APP), 'utf8');
	const match = /export const dictionary = (\{[\s\S]*?\n\s*\});/.exec(source);
	if (!match) throw new Error(`no route dictionary in ${CLIENT_APP}`);
	// Entries look like "/a/[b]": [~4, [,2], [1]]: `~` marks a server load, holes are unused slots.
	let json = match[1].replace(/~/g, '');
	for (let previous = ''; previous !== json;) {
		previous = json;
		json = json
			.replace(/\[,/g, '[null,')
			.replace(/,,/g, ',null,')
			.replace(/,\s*\]/g, ',null]');
	}
	const dictionary = JSON.parse(json);
	return Object.entries(dictionary).map(([id, [leaf, layouts = []]]) => ({
		id,
		// Node 0 is the root layout, loaded by every route and left out of the dictionary.
		nodes: [0, ...layouts.filter((n) => n !== null), leaf]
	}));
}

/** Sizes of one built file, raw and gzipped. */
function sizeOf(root, file) {
	for (const dir of [join(root, 'build'), join(root, '.svelte-kit/output/client')]) {
		const path = join(dir, file);
		if (existsSync(path)) {
			const bytes = readFileSync(path);
			return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
		}
	}
	throw new Error(`built file ${file} is missing: run \`vite build\` again`);
}

/** Manifest keys reachable from `keys` by static imports, and by import() too when `dynamic` is set. */
function reach(manifest, keys, dynamic) {
	const seen = new Set();
	const visit = (key) => {
		if (seen.has(key)) return;
		const chunk = manifest[key];
		if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
		seen.add(key);
		for (const dep of chunk.imports ?? []) visit(dep);
		// The client app imports every route's node lazily; those belong to other routes.
		if (dynamic) for (const dep of chunk.dynamicImports ?? []) if (!dep.includes('/generated/client-optimized/nodes/')) visit(dep);
	};
	keys.forEach(visit);
	return seen;
}

/**
 * Every file the given manifest entries load: statically (eager), and behind import() with
 * everything that code imports in turn (lazy), as Vite fetches a lazy chunk with its imports.
 */
function closure(manifest, keys) {
	const eagerKeys = reach(manifest, keys, false);
	const eager = new Set([...eagerKeys].map((key) => manifest[key].file));
	const css = new Set([...eagerKeys].flatMap((key) => manifest[key].css ?? []));
	const lazy = new Set();
	for (const key of reach(manifest, keys, true)) if (!eager.has(manifest[key].file)) lazy.add(manifest[key].file);
	return { eager, lazy, css };
}

/**
 * The files each route of the current build loads, by path under the client
 * output (`_app/immutable/…`): before it shows (eager), behind import() (lazy), and its stylesheets.
 * @param {string} [root] the project folder, holding .svelte-kit/
 * @returns {{ id: string, eager: Set<string>, lazy: Set<string>, css: Set<string> }[]}
 */
export function routeFiles(root = ROOT) {
	if (!existsSync(join(root, MANIFEST)) || !existsSync(join(root, CLIENT_APP))) {
		throw new Error('No build to measure: run `vite build` first.');
	}
	const manifest = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8'));
	// SvelteKit's two client entries (start, app); route nodes may be build inputs too, so match by output folder.
	const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry && manifest[key].file.startsWith('_app/immutable/entry/'));
	return readRoutes(root).map(({ id, nodes }) => ({ id, ...closure(manifest, [...entries, ...nodes.map(NODE_KEY)]) }));
}

/**
 * What each route of the current build loads, with sizes.
 * @param {string} [root] the project folder, holding .svelte-kit/ and build/
 * @returns {RouteFiles[]}
 */
export function measureRoutes(root = ROOT) {
	const sized = (files) => [...files].map((file) => sizeOf(root, file));
	return routeFiles(root).map(({ id, eager, lazy, css }) => ({ id, eager: sized(eager), lazy: sized(lazy), css: sized(css) }));
}

/**
 * Total bytes of some built files, raw or gzipped.
 * @param {BuiltFile[]} files
 * @param {'raw' | 'gzip'} key
 */
export const totalBytes = (files, key) => files.reduce((sum, file) => sum + file[key], 0);

/** Vite's chunk name of each built file, so a heavy file can be traced to its source. */
export function chunkNames(root = ROOT) {
	const manifest = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8'));
	return new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk.name ?? '']));
}
