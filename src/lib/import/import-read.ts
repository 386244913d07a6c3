/**
 * One file to a bank, or the reason it cannot be one: the format is detected
 * from the content (then the extension), and the file is parsed by the core
 * codec. Runs in the import worker, and in-process in tests.
 */
import type { SqlJsStatic } from 'sql.js';
import type { Bank } from '$lib/core/bank/schema';
import {
	detectFormat,
	type Located,
	parseBankFile,
	type AnyOptions,
	type BankFormat,
	type FormatName,
	type Problem,
	type Unsupported,
	type Warning
} from '$lib/core/formats';
import type { ImportHistory } from '$lib/core/formats/import-history';
import type { CsvOptions, ReadProgress } from '$lib/core/formats/csv';
import { detectPasted } from '$lib/core/formats/detect';
import { parseQuizlet, type QuizletSeparators } from '$lib/core/formats/quizlet';

/** A bank format, or Quizlet's text export (read from pasted text only). */
export type ImportFormat = BankFormat | 'quizlet';

/** How pasted text is read: detected, or as a Quizlet export with the separators chosen. */
export type PasteAs = { as: 'detect' } | { as: 'quizlet'; separators: QuizletSeparators };

/** What reading a file gave. Plain data, so it crosses from the worker intact. */
export type ReadOutcome =
	| {
			kind: 'bank';
			format: ImportFormat;
			bank: Bank;
			warnings: Warning[];
			unsupported: Unsupported[];
			media: Map<string, Uint8Array>;
			/** Where each question came from, index for index, to mark its warnings beside it. */
			origins: Located[];
			/** An Anki package's review history and scheduling. */
			history?: ImportHistory;
	  }
	| { kind: 'problems'; format: FormatName | 'quizlet'; problems: Problem[] }
	| { kind: 'backup' }
	| { kind: 'unknown' };

/** The format of a file, or of pasted text (which may be a Quizlet export). */
function formatOf(name: string, bytes: Uint8Array, paste: PasteAs | undefined): { format: ImportFormat | 'backup'; separators?: QuizletSeparators } | null {
	if (!paste) {
		const format = detectFormat(name, bytes);
		return format ? { format } : null;
	}
	if (paste.as === 'quizlet') return { format: 'quizlet', separators: paste.separators };
	return detectPasted(new TextDecoder().decode(bytes));
}

/**
 * Detects the file's format and parses it; sql.js is loaded only for Anki
 * packages. `onProgress` hears the records read, where the format reports them.
 * Pasted text comes as a file too, with `paste` saying how to read it.
 */
export async function readImportFile(
	name: string,
	bytes: Uint8Array,
	loadSql: () => Promise<SqlJsStatic>,
	onProgress?: (progress: ReadProgress) => void,
	paste?: PasteAs
): Promise<ReadOutcome> {
	const found = formatOf(name, bytes, paste);
	if (found === null) return { kind: 'unknown' };
	const { format, separators } = found;
	if (format === 'backup') return { kind: 'backup' };
	const sql = format === 'apkg' ? await loadSql() : undefined;
	// SheetJS is imported here only: in the app it goes into the import worker's bundle (workers are built as one
	// file), never into a page's; the command line and the tests load it on the first spreadsheet.
	const xlsx = format === 'xlsx' ? await import('@e965/xlsx') : undefined;
	const opts: AnyOptions & CsvOptions = { name, sql, xlsx, onProgress };
	const result = format === 'quizlet' ? parseQuizlet(bytes, { name, separators }) : parseBankFile(format, bytes, opts);
	if (!result.ok) return { kind: 'problems', format, problems: result.error.problems.map((p) => ({ ...p })) };
	const outcome: ReadOutcome = {
		kind: 'bank',
		format,
		bank: result.bank,
		warnings: result.warnings,
		unsupported: result.unsupported ?? [],
		media: result.media ?? new Map(),
		origins: result.origins ?? []
	};
	return result.history ? { ...outcome, history: result.history } : outcome;
}
