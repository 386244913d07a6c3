/**
 * One file to a bank, or the reason it cannot be one: the format is detected
 * from the content (then the extension), and the file is parsed by the core
 * codec. Runs in the import worker, and in-process in tests.
 */
import type { SqlJsStatic } from 'sql.js';
import type { Bank } from '$lib/core/bank/schema';
import {
	detectFormat,
	parseBackup,
	parseBankFile,
	type AnyOptions,
	type Backup,
	type BankFormat,
	type FormatName,
	type Problem,
	type Unsupported,
	type Warning
} from '$lib/core/formats';
import type { CsvOptions, ReadProgress } from '$lib/core/formats/csv';

/** What reading a file gave. Plain data, so it crosses from the worker intact. */
export type ReadOutcome =
	| {
			kind: 'bank';
			format: BankFormat;
			bank: Bank;
			warnings: Warning[];
			unsupported: Unsupported[];
			media: Map<string, Uint8Array>;
	  }
	| { kind: 'problems'; format: FormatName; problems: Problem[] }
	| { kind: 'backup' }
	| { kind: 'unknown' };

/** What the reader shows the teacher for each format. */
export const FORMAT_LABELS: Record<FormatName, string> = {
	json: 'Factdeck bank (JSON)',
	backup: 'Factdeck full backup',
	csv: 'CSV (comma-separated text)',
	tsv: 'TSV (tab-separated text)',
	gift: 'Moodle GIFT',
	aiken: 'Aiken',
	apkg: 'Anki package'
};

/** What reading a backup gave: the backup, or every reason it cannot be restored. Plain data, as ReadOutcome. */
export type BackupOutcome = { ok: true; backup: Backup; warnings: Warning[] } | { ok: false; problems: string[] };

/**
 * Detects the file's format and parses it; sql.js is loaded only for Anki
 * packages. `onProgress` hears the records read, where the format reports them.
 */
export async function readImportFile(
	name: string,
	bytes: Uint8Array,
	loadSql: () => Promise<SqlJsStatic>,
	onProgress?: (progress: ReadProgress) => void
): Promise<ReadOutcome> {
	const format = detectFormat(name, bytes);
	if (format === null) return { kind: 'unknown' };
	if (format === 'backup') return { kind: 'backup' };
	const sql = format === 'apkg' ? await loadSql() : undefined;
	const opts: AnyOptions & CsvOptions = { name, sql, onProgress };
	const result = parseBankFile(format, bytes, opts);
	if (!result.ok) return { kind: 'problems', format, problems: result.error.problems.map((p) => ({ ...p })) };
	return {
		kind: 'bank',
		format,
		bank: result.bank,
		warnings: result.warnings,
		unsupported: result.unsupported ?? [],
		media: result.media ?? new Map()
	};
}

/** Parses a backup file; its problems as plain text, since an error's own fields do not cross from a worker. */
export function readBackupFile(bytes: Uint8Array): BackupOutcome {
	const result = parseBackup(bytes);
	if (!result.ok) return { ok: false, problems: result.error.problems.map((p) => p.message) };
	return result;
}
