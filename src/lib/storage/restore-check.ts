/**
 * The checks a restore makes before it clears anything. Attempts, results and
 * settings arrive as plain `unknown`: the backup codec checks them when a
 * file is chosen (backup-records.ts), and they are checked again here, with
 * the media rows a restore builds, against whatever a restore is given, so
 * that a bad one fails the restore instead of the page that later reads it.
 */
import { attemptProblems, resultProblems, settingsProblems } from '../core/formats/backup-records';
import { isRecord, isText } from '../core/formats/backup-shape';
import type { RestoreData } from './rows';

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
	settingsProblems(data.settings, out);
	return out;
}
