/** Gzipped JavaScript per route, counted by scripts/route-budget.js (the one place that knows how to count it). */
import { measureRoutes, totalBytes } from '../scripts/route-budget.js';

export interface RouteSize {
	route: string;
	files: number;
	/** KB (1024 bytes) of gzipped JS the route loads before it shows. */
	gzipKB: number;
	/** KB of gzipped JS it may load later, behind import(). */
	lazyKB: number;
	cssKB: number;
}

/** One decimal, as `npm run size` prints it. */
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Each route's sizes in the current build. */
export function routeSizes(root: string): RouteSize[] {
	return measureRoutes(root).map(({ id, eager, lazy, css }) => ({
		route: id,
		files: eager.length,
		gzipKB: kb(totalBytes(eager, 'gzip')),
		lazyKB: kb(totalBytes(lazy, 'gzip')),
		cssKB: kb(totalBytes(css, 'gzip'))
	}));
}
