/**
 * Turns the measurements into rows with their targets, and prints them as a
 * table; the same rows, with every raw result, go out as JSON.
 */
import type { Stats } from './browser/stats';

export interface Target {
	op: '<=' | '>=';
	value: number;
}

export interface Row {
	measure: string;
	/** The collection or input it was measured on. */
	on: string;
	median: number;
	p95: number;
	n: number;
	unit: 'ms' | 'µs' | 'B' | 'KB' | 'MB' | 'score' | 's' | '%';
	target?: Target;
	/** Whether the median meets the target; absent when there is none. */
	pass?: boolean;
	note?: string;
}

/** A row from stats; the verdict is taken on the median, as the targets are stated. */
export function row(measure: string, on: string, stats: Stats, unit: Row['unit'], target?: Target, note?: string): Row {
	const r: Row = { measure, on, median: stats.median, p95: stats.p95, n: stats.n, unit };
	if (target) {
		r.target = target;
		r.pass = Number.isFinite(stats.median) && (target.op === '<=' ? stats.median <= target.value : stats.median >= target.value);
	}
	if (note) r.note = note;
	return r;
}

/** A row for a single number (a size, a count). */
export function single(measure: string, on: string, value: number, unit: Row['unit'], target?: Target, note?: string): Row {
	return row(measure, on, { n: 1, median: value, p95: value, min: value, max: value }, unit, target, note);
}

const fmt = (x: number, unit: Row['unit']) => {
	if (!Number.isFinite(x)) return '-';
	if (unit === 'score') return String(Math.round(x));
	return x >= 100 ? x.toFixed(0) : x.toFixed(1);
};

/** The rows as an aligned text table. */
export function table(rows: Row[]): string {
	const header = ['measure', 'on', 'median', 'p95', 'n', 'target', 'result'];
	const cells = rows.map((r) => [
		r.measure,
		r.on,
		`${fmt(r.median, r.unit)} ${r.unit}`,
		r.n > 1 ? `${fmt(r.p95, r.unit)} ${r.unit}` : '',
		String(r.n),
		r.target ? `${r.target.op} ${r.target.value} ${r.unit}` : '',
		r.pass === undefined ? (r.note ?? '') : `${r.pass ? 'ok' : 'MISSED'}${r.note ? ` (${r.note})` : ''}`
	]);
	const all = [header, ...cells];
	const widths = header.map((_, c) => Math.max(...all.map((line) => line[c].length)));
	const right = new Set([2, 3, 4]);
	const line = (cols: string[]) =>
		cols.map((cell, c) => (right.has(c) ? cell.padStart(widths[c]) : c === cols.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
