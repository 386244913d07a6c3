/**
 * What the bench writes after each section: the section's rows as a table on
 * stdout, and bench/.out/results.json rewritten with every finished section,
 * so that whatever stops the bench, the file holds what was measured.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { table, type Row } from './report';
import type { Outcome } from './sections';

/** The section's heading and table, or why it has none. */
export function sectionText(o: Outcome<unknown>): string {
	const head = `== ${o.section} (${o.seconds} s)`;
	if (o.status === 'skipped') return `${head}: SKIPPED, the browser died twice: ${o.errors.join(' / ')}`;
	if (o.status === 'failed') return `${head}: FAILED: ${o.errors[0]}`;
	const retried = o.status === 'retried' ? `\n(run again in a fresh browser after: ${o.errors[0]})` : '';
	return `${head}\n${table(o.rows)}${retried}`;
}

/** Every row of the finished sections, in the order they ran. */
export const rowsOf = (outcomes: readonly Outcome<unknown>[]): Row[] => outcomes.flatMap((o) => o.rows);

/** The JSON document: `meta`, what became of each section, every row, every section's raw results. */
export function resultsJson<M>(meta: M, outcomes: readonly Outcome<unknown>[]) {
	return {
		meta,
		sections: outcomes.map(({ section, status, errors, seconds }) => ({ section, status, seconds, ...(errors.length ? { errors } : {}) })),
		rows: rowsOf(outcomes),
		results: Object.fromEntries(outcomes.filter((o) => o.results !== undefined).map((o) => [o.section, o.results]))
	};
}

/** Rewrites `file` with resultsJson; through a temporary file, so a bench killed while writing never leaves half a file. */
export function writeResults<M>(file: string, meta: M, outcomes: readonly Outcome<unknown>[]): void {
	writeFileSync(`${file}.tmp`, `${JSON.stringify(resultsJson(meta, outcomes), null, '\t')}\n`);
	renameSync(`${file}.tmp`, file);
}
