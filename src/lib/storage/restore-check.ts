/**
 * The checks a restore makes before it clears anything. A backup file's
 * banks, cards and reviews are checked by its codec; its attempts, results
 * and settings arrive as plain `unknown`, and are checked here against what
 * storage writes, so that a bad one fails the restore instead of the page
 * that later reads it.
 */
import type { RestoreData } from './backup';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
const isDate = (v: unknown) => v instanceof Date && !Number.isNaN(v.getTime());
const isText = (v: unknown) => typeof v === 'string' && v.length > 0;

function attemptProblems(a: unknown, path: string, out: string[]): void {
	if (!isRecord(a)) return void out.push(`${path}: must be an object`);
	for (const key of ['id', 'bankId', 'bankHash']) if (!isText(a[key])) out.push(`${path}.${key}: must be text`);
	for (const key of ['startedAt', 'finishedAt']) if (!isDate(a[key])) out.push(`${path}.${key}: must be a date`);
	if (!isRecord(a.score) || typeof a.score.correct !== 'number' || typeof a.score.total !== 'number') {
		out.push(`${path}.score: must be { correct, total }`);
	}
	if (typeof a.durationMs !== 'number') out.push(`${path}.durationMs: must be a number`);
	if (!isRecord(a.state)) out.push(`${path}.state: must be an object`);
	if (a.student !== undefined && typeof a.student !== 'string') out.push(`${path}.student: must be text`);
}

function resultProblems(r: unknown, path: string, out: string[]): void {
	if (!isRecord(r)) return void out.push(`${path}: must be an object`);
	for (const key of ['key', 'bankId']) if (!isText(r[key])) out.push(`${path}.${key}: must be text`);
	if (!isRecord(r.result)) out.push(`${path}.result: must be an object`);
	if (!isDate(r.importedAt)) out.push(`${path}.importedAt: must be a date`);
}

function mediaProblems(m: unknown, path: string, out: string[]): void {
	if (!isRecord(m)) return void out.push(`${path}: must be an object`);
	for (const key of ['bankId', 'name', 'type']) if (!isText(m[key])) out.push(`${path}.${key}: must be text`);
	if (!(m.blob instanceof Blob)) out.push(`${path}.blob: must be a Blob`);
}

/** Every problem with the parts of `data` that no codec checked; empty when it may be restored. */
export function restoreProblems(data: RestoreData): string[] {
	const out: string[] = [];
	for (const key of ['banks', 'cards', 'reviews', 'attempts'] as const) {
		if (!Array.isArray(data[key])) out.push(`${key}: must be a list`);
	}
	for (const key of ['results', 'media'] as const) {
		if (data[key] !== undefined && !Array.isArray(data[key])) out.push(`${key}: must be a list`);
	}
	if (out.length) return out;
	data.attempts.forEach((a, i) => attemptProblems(a, `attempts[${i}]`, out));
	(data.results ?? []).forEach((r, i) => resultProblems(r, `results[${i}]`, out));
	(data.media ?? []).forEach((m, i) => mediaProblems(m, `media[${i}]`, out));
	if (!isRecord(data.settings)) out.push('settings: must be an object');
	else {
		for (const key of ['settings', 'meta', 'library']) {
			const value = data.settings[key];
			if (value !== undefined && !isRecord(value)) out.push(`settings.${key}: must be an object`);
		}
	}
	return out;
}
