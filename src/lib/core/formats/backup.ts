/**
 * The full backup: every bank, card, review log, attempt, imported result,
 * setting and media file in one JSON file with a format version. Dates are
 * tagged (`{"$date": "…"}`) so that they come back as Dates, and restore
 * gives deep-equal data with ids and review-log order kept. Nothing is
 * restored unless all of it checks out.
 */
import type { Bank } from '../bank/schema';
import { validateBank } from '../bank/validate';
import type { Card, ReviewLog } from '../srs/types';
import { mediaProblems, type BackupMedia } from './backup-media';
import { attemptProblems, resultProblems, settingsProblems } from './backup-records';
import { cardProblems, forbiddenKeys, isRecord, reviewProblems } from './backup-shape';
import { failure, type FormatError, type Warning } from './errors';
import { decodeText } from './text';

/** The `format` and `version` a backup file declares; other versions are refused with a reason. */
export const BACKUP_FORMAT = 'factdeck.backup';
export const BACKUP_VERSION = 1;

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	exportedAt: Date;
	banks: Bank[];
	cards: Card[];
	reviews: ReviewLog[];
	attempts: unknown[];
	/** Imported student results; absent in backups made before they existed. */
	results?: unknown[];
	settings: Record<string, unknown>;
	/** Images of imported decks; absent in backups made before they were carried. */
	media?: BackupMedia[];
}

export type BackupResult = { ok: true; backup: Backup; warnings: Warning[] } | { ok: false; error: FormatError };

/** True for an object whose only key is `key`: the shape of our tags. */
const isTag = (v: unknown, key: string): v is Record<string, unknown> =>
	isRecord(v) && Object.keys(v).length === 1 && Object.prototype.hasOwnProperty.call(v, key);

/** The backup as JSON text, Dates tagged. */
export function emitBackup(backup: Backup): string {
	return `${JSON.stringify(backup, function (this: unknown, key: string, value: unknown) {
		// `value` has been through Date#toJSON already; the holder still has the Date itself.
		const raw = (this as Record<string, unknown>)[key];
		if (raw instanceof Date) return { $date: Number.isNaN(raw.getTime()) ? null : raw.toISOString() };
		// A stored object that looks like one of our tags is wrapped, so it does not come back as a Date.
		if (isTag(raw, '$date') || isTag(raw, '$object')) return { $object: Object.entries(raw) };
		return value;
	})}\n`;
}

function revive(_key: string, value: unknown): unknown {
	if (isTag(value, '$date') && (typeof value.$date === 'string' || value.$date === null)) return new Date(value.$date ?? NaN);
	if (isTag(value, '$object') && Array.isArray(value.$object)) {
		const pairs = value.$object.filter((p): p is [string, unknown] => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string');
		return Object.fromEntries(pairs);
	}
	return value;
}

function headerProblem(data: Record<string, unknown>): string | undefined {
	if (data.format === 'factdeck.bank') return 'this is a question bank, not a backup: import it as a bank';
	if (data.format !== BACKUP_FORMAT) return `not a Factdeck backup (format must be "${BACKUP_FORMAT}")`;
	if (data.version !== BACKUP_VERSION) {
		const newer = typeof data.version === 'number' && data.version > BACKUP_VERSION;
		return newer
			? `this backup is version ${data.version}, made by a newer Factdeck; this one restores version ${BACKUP_VERSION}`
			: `unknown backup version ${JSON.stringify(data.version)}; this Factdeck restores version ${BACKUP_VERSION}`;
	}
	return undefined;
}

/** Duplicate values of `key` among the items, as problems. */
function duplicates(items: unknown[], key: string, what: string, out: string[]): void {
	const seen = new Map<unknown, number>();
	items.forEach((item, i) => {
		if (!isRecord(item) || item[key] === undefined) return;
		const first = seen.get(item[key]);
		if (first !== undefined) out.push(`${what}[${i}].${key}: duplicate ${JSON.stringify(item[key])}, already used by ${what}[${first}]`);
		else seen.set(item[key], i);
	});
}

/** Parses and checks a backup; any problem rejects all of it. */
export function parseBackup(input: string | Uint8Array): BackupResult {
	const decoded = decodeText(input, 'backup');
	if (!decoded.ok) return decoded;
	let data: unknown;
	try {
		data = JSON.parse(decoded.text, revive);
	} catch (err) {
		return failure('backup', [{ message: `not JSON: ${err instanceof Error ? err.message : String(err)}` }]);
	}
	if (!isRecord(data)) return failure('backup', [{ message: 'not a Factdeck backup (it must be a JSON object)' }]);
	const header = headerProblem(data);
	if (header) return failure('backup', [{ message: header }]);
	const problems: string[] = [];
	forbiddenKeys(data, 'backup', problems);
	if (!(data.exportedAt instanceof Date) || Number.isNaN(data.exportedAt.getTime())) problems.push('exportedAt: must be a date');
	const lists = ['banks', 'cards', 'reviews', 'attempts'] as const;
	for (const key of lists) if (!Array.isArray(data[key])) problems.push(`${key}: must be a list`);
	if (data.results !== undefined && !Array.isArray(data.results)) problems.push('results: must be a list');
	settingsProblems(data.settings, problems);
	mediaProblems(data.media, problems);
	if (problems.length)
		return failure(
			'backup',
			problems.map((message) => ({ message }))
		);
	const banks = data.banks as unknown[];
	const checked: Bank[] = [];
	banks.forEach((b, i) => {
		const result = validateBank(b);
		if (result.ok) checked.push(result.bank);
		else for (const p of result.problems) problems.push(`banks[${i}].${p}`);
	});
	(data.cards as unknown[]).forEach((c, i) => cardProblems(c, `cards[${i}]`, problems));
	(data.reviews as unknown[]).forEach((r, i) => reviewProblems(r, `reviews[${i}]`, problems));
	// What a restore would refuse only after "Replace everything" is refused here, before anyone is asked.
	(data.attempts as unknown[]).forEach((a, i) => attemptProblems(a, `attempts[${i}]`, problems));
	((data.results ?? []) as unknown[]).forEach((r, i) => resultProblems(r, `results[${i}]`, problems));
	duplicates(banks, 'id', 'banks', problems);
	duplicates(data.cards as unknown[], 'id', 'cards', problems);
	duplicates(data.reviews as unknown[], 'id', 'reviews', problems);
	duplicates(data.attempts as unknown[], 'id', 'attempts', problems);
	duplicates((data.results ?? []) as unknown[], 'key', 'results', problems);
	if (problems.length)
		return failure(
			'backup',
			problems.map((message) => ({ message }))
		);
	const backup = { ...data, banks: checked } as unknown as Backup;
	return { ok: true, backup, warnings: [...decoded.warnings, ...danglingWarnings(backup)] };
}

/** Cards of banks that are not in the backup, and reviews of cards that are not: kept, but reported. */
function danglingWarnings(b: Backup): Warning[] {
	const banks = new Set(b.banks.map((x) => x.id));
	const cards = new Set(b.cards.map((c) => c.id));
	const orphanCards = b.cards.filter((c) => !banks.has(c.bankId)).length;
	const orphanReviews = b.reviews.filter((r) => !cards.has(r.cardId)).length;
	const out: Warning[] = [];
	if (orphanCards) out.push({ message: `${orphanCards} card(s) belong to a bank that is not in the backup` });
	if (orphanReviews) out.push({ message: `${orphanReviews} review(s) belong to a card that is not in the backup` });
	return out;
}
