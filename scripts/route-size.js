/**
 * After `vite build`: prints how much gzipped JavaScript each route loads
 * before it can show anything, and how much it may load later behind import().
 * `--files` also lists each route's files, largest first, by Vite chunk name.
 * The counting lives in route-budget.js, shared with the budget test.
 */
import { chunkNames, measureRoutes, totalBytes } from './route-budget.js';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
	let routes;
	try {
		routes = measureRoutes();
	} catch (error) {
		console.error(error.message);
		process.exit(1);
	}
	const rows = routes.map(({ id, eager, lazy, css }) => [
		id,
		String(eager.length),
		kb(totalBytes(eager, 'raw')),
		kb(totalBytes(eager, 'gzip')),
		kb(totalBytes(lazy, 'gzip')),
		kb(totalBytes(css, 'gzip'))
	]);
	const header = ['route', 'JS files', 'JS raw', 'JS gzip', 'lazy JS gzip', 'CSS gzip'];
	const table = [header, ...rows];
	const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));
	const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(row));
	console.log('\nJS gzip: what a route loads before it shows (entry, layouts, page and their static imports).');
	if (process.argv.includes('--files')) printFiles(routes);
}

/** Each route's files, largest first, named by their Vite chunk name so the heavy ones can be found. */
function printFiles(routes) {
	const names = chunkNames();
	for (const { id, eager } of routes) {
		console.log(`\n${id}`);
		const files = [...eager].sort((a, b) => b.gzip - a.gzip);
		for (const { file, gzip } of files) console.log(`  ${kb(gzip).padStart(9)}  ${(names.get(file) || '-').padEnd(16)}  ${file}`);
	}
}

main();
