/**
 * Shape checks for the scheduling records of a backup: cards and review
 * logs must look exactly as storage writes them before a restore may
 * replace anything. Each problem names its path (`cards[3].due`).
 */
import { RATINGS } from '../srs/types';

type Json = Record<string, unknown>;

/** A plain object (not an array, not a Date). */
export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
/** A Date that holds a time (not Invalid Date). */
export const isDate = (v: unknown) => v instanceof Date && !Number.isNaN(v.getTime());
/** Text that is not empty. */
export const isText = (v: unknown) => typeof v === 'string' && v.length > 0;
const isCount = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Keys that could reach a prototype if a consumer copied them by assignment. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Own keys named like prototype members, anywhere in the value. */
export function forbiddenKeys(value: unknown, path: string, out: string[]): void {
	if (Array.isArray(value)) value.forEach((v, i) => forbiddenKeys(v, `${path}[${i}]`, out));
	else if (isRecord(value)) {
		for (const key of Object.keys(value)) {
			if (FORBIDDEN.has(key)) out.push(`${path}: the key "${key}" is not allowed`);
			else forbiddenKeys(value[key], `${path}.${key}`, out);
		}
	}
}

function schedule(s: unknown, path: string, out: string[]): void {
	if (!isRecord(s)) return void out.push(`${path}: must be an object`);
	if (!isDate(s.due)) out.push(`${path}.due: must be a date`);
	if (s.last_review !== undefined && !isDate(s.last_review)) out.push(`${path}.last_review: must be a date`);
	for (const key of ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses']) {
		if (!isCount(s[key])) out.push(`${path}.${key}: must be a number, 0 or more`);
	}
	if (![0, 1, 2, 3].includes(s.state as number)) out.push(`${path}.state: must be 0, 1, 2 or 3`);
}

/** Problems of one card. */
export function cardProblems(c: unknown, path: string, out: string[]): void {
	if (!isRecord(c)) return void out.push(`${path}: must be an object`);
	for (const key of ['id', 'bankId', 'fact']) if (!isText(c[key])) out.push(`${path}.${key}: must be text`);
	if (!Number.isInteger(c.order) || (c.order as number) < 0) out.push(`${path}.order: must be a whole number, 0 or more`);
	if (c.lastQuestionId !== undefined && typeof c.lastQuestionId !== 'string') out.push(`${path}.lastQuestionId: must be text`);
	// Absent or 1, as storage writes it: any other value would enter the suspended-card indexes wrongly.
	if (c.suspended !== undefined && c.suspended !== 1) out.push(`${path}.suspended: must be 1 when present`);
	schedule(c, path, out);
}

/** Problems of one review log. */
export function reviewProblems(r: unknown, path: string, out: string[]): void {
	if (!isRecord(r)) return void out.push(`${path}: must be an object`);
	if (r.id !== undefined && !Number.isInteger(r.id)) out.push(`${path}.id: must be a whole number`);
	for (const key of ['cardId', 'bankId', 'questionId']) if (!isText(r[key])) out.push(`${path}.${key}: must be text`);
	if (!RATINGS.includes(r.rating as never)) out.push(`${path}.rating: must be 1, 2, 3 or 4`);
	schedule(r.before, `${path}.before`, out);
	schedule(r.after, `${path}.after`, out);
	if (!isCount(r.durationMs)) out.push(`${path}.durationMs: must be a number, 0 or more`);
	if (!isDate(r.reviewedAt)) out.push(`${path}.reviewedAt: must be a date`);
}
