/**
 * After `vite build`: how much gzipped JavaScript each route loads before it
 * can show anything. A route needs the client entry (start + app), the root
 * layout, its own layouts and page, and every chunk they import statically;
 * code behind a dynamic import() is listed apart, as it loads only when used.
 * `--files` also lists each route's files, largest first, by Vite chunk name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const KIT = join(ROOT, '.svelte-kit');
const MANIFEST = join(KIT, 'output/client/.vite/manifest.json');
const CLIENT_APP = join(KIT, 'generated/client-optimized/app.js');
const NODE_KEY = (index) => `.svelte-kit/generated/client-optimized/nodes/${index}.js`;

/** The route dictionary of SvelteKit's generated client: route id -> node indexes. */
function readRoutes() {
	const source = readFileSync(CLIENT_APP, 'utf8');
	const match = /export const dictionary = (\{[\s\S]*?\n\s*\});/.exec(source);
	if (!match) throw new Error(`no route dictionary in ${CLIENT_APP}`);
	// Entries look like "/a/[b]": [~4, [,2], [1]]: `~` marks a server load, holes are unused slots.
	let json = match[1].replace(/~/g, '');
	for (let previous = ''; previous !== json; ) {
		previous = json;
		json = json.replace(/\[,/g, '[null,').replace(/,,/g, ',null,').replace(/,\s*\]/g, ',null]');
	}
	const dictionary = JSON.parse(json);
	return Object.entries(dictionary).map(([id, [leaf, layouts = []]]) => ({
		id,
		// Node 0 is the root layout, loaded by every route and left out of the dictionary.
		nodes: [0, ...layouts.filter((n) => n !== null), leaf]
	}));
}

/** Sizes of one built file, raw and gzipped. */
function sizeOf(file) {
	for (const dir of [join(ROOT, 'build'), join(KIT, 'output/client')]) {
		const path = join(dir, file);
		if (existsSync(path)) {
			const bytes = readFileSync(path);
			return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
		}
	}
	throw new Error(`built file ${file} is missing: run \`vite build\` again`);
}

/** Every file the given manifest entries load: statically (eager) and behind import() (lazy). */
function closure(manifest, keys) {
	const eager = new Set();
	const css = new Set();
	const seen = new Set();
	const visit = (key) => {
		if (seen.has(key)) return;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
		eager.add(chunk.file);
		for (const sheet of chunk.css ?? []) css.add(sheet);
		for (const dep of chunk.imports ?? []) visit(dep);
	};
	keys.forEach(visit);
	const lazy = new Set();
	for (const key of seen) {
		for (const dep of manifest[key].dynamicImports ?? []) {
			const file = manifest[dep]?.file;
			// The client app imports every route's node lazily; those belong to other routes.
			if (file && !eager.has(file) && !dep.includes('/generated/client-optimized/nodes/')) lazy.add(file);
		}
	}
	return { eager, lazy, css };
}

const total = (files, key) => [...files].reduce((sum, file) => sum + sizeOf(file)[key], 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
	if (!existsSync(MANIFEST) || !existsSync(CLIENT_APP)) {
		console.error('No build to measure: run `vite build` first.');
		process.exit(1);
	}
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
	// SvelteKit's two client entries (start, app); route nodes may be build inputs too, so match by output folder.
	const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry && manifest[key].file.startsWith('_app/immutable/entry/'));
	const routes = readRoutes().map(({ id, nodes }) => ({ id, ...closure(manifest, [...entries, ...nodes.map(NODE_KEY)]) }));
	const rows = routes.map(({ id, eager, lazy, css }) => [
		id,
		String(eager.size),
		kb(total(eager, 'raw')),
		kb(total(eager, 'gzip')),
		kb(total(lazy, 'gzip')),
		kb(total(css, 'gzip'))
	]);
	const header = ['route', 'JS files', 'JS raw', 'JS gzip', 'lazy JS gzip', 'CSS gzip'];
	const table = [header, ...rows];
	const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));
	const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(row));
	console.log('\nJS gzip: what a route loads before it shows (entry, layouts, page and their static imports).');
	if (process.argv.includes('--files')) printFiles(manifest, routes);
}

/** Each route's files, largest first, named by their Vite chunk name so the heavy ones can be found. */
function printFiles(manifest, routes) {
	const names = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk.name ?? '']));
	for (const { id, eager } of routes) {
		console.log(`\n${id}`);
		const files = [...eager].map((file) => ({ file, gzip: sizeOf(file).gzip })).sort((a, b) => b.gzip - a.gzip);
		for (const { file, gzip } of files) console.log(`  ${kb(gzip).padStart(9)}  ${(names.get(file) || '-').padEnd(16)}  ${file}`);
	}
}

main();
