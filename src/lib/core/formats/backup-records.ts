/**
 * Shape checks for the records of a backup that no other codec checks:
 * attempts, imported results and settings must look exactly as storage
 * writes them. parseBackup runs them, so a bad file is refused when it is
 * chosen, before anyone is asked to replace everything; a restore runs them
 * again on whatever it is given. Each problem names its path (`attempts[3].score`).
 */
import { isDate, isRecord, isText } from './backup-shape';

/** Problems of one saved test attempt. */
export function attemptProblems(a: unknown, path: string, out: string[]): void {
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

/** Problems of one imported student result. */
export function resultProblems(r: unknown, path: string, out: string[]): void {
	if (!isRecord(r)) return void out.push(`${path}: must be an object`);
	for (const key of ['key', 'bankId']) if (!isText(r[key])) out.push(`${path}.${key}: must be text`);
	if (!isRecord(r.result)) out.push(`${path}.result: must be an object`);
	if (!isDate(r.importedAt)) out.push(`${path}.importedAt: must be a date`);
}

/** Problems of the settings object: its settings, meta and library parts must be objects. */
export function settingsProblems(settings: unknown, out: string[]): void {
	if (!isRecord(settings)) return void out.push('settings: must be an object');
	for (const key of ['settings', 'meta', 'library']) {
		const value = settings[key];
		if (value !== undefined && !isRecord(value)) out.push(`settings.${key}: must be an object`);
	}
}
