/** Gzipped JavaScript per route, read from scripts/route-size.js (the one place that knows how to count it). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface RouteSize {
	route: string;
	files: number;
	/** KB (1024 bytes) of gzipped JS the route loads before it shows. */
	gzipKB: number;
	/** KB of gzipped JS it may load later, behind import(). */
	lazyKB: number;
	cssKB: number;
}

const kb = (cell: string) => Number.parseFloat(cell);

/** Runs the script against the current build and reads its table back. */
export function routeSizes(root: string): RouteSize[] {
	const text = execFileSync(process.execPath, [join(root, 'scripts/route-size.js')], { cwd: root, encoding: 'utf8' });
	const rows: RouteSize[] = [];
	for (const line of text.split('\n')) {
		const cells = line.trim().split(/\s{2,}/);
		if (cells.length !== 6 || !cells[0].startsWith('/')) continue;
		rows.push({ route: cells[0], files: Number(cells[1]), gzipKB: kb(cells[3]), lazyKB: kb(cells[4]), cssKB: kb(cells[5]) });
	}
	if (rows.length === 0) throw new Error(`scripts/route-size.js printed no routes:\n${text}`);
	return rows;
}
