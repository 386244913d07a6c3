/**
 * CSV and TSV: Quizlet-style `term<TAB>definition` lines, spreadsheets with a
 * `front,back` or `question,answer,choices…` header, and Anki's text export
 * with its `#separator:`/`#html:`/`#columns:` header lines. One question per
 * record, one fact per record (a cloze record gives one question per number).
 */
import { BankCollector } from './build';
import { readAnkiHeader, type AnkiTextHeader } from './csv-anki';
import { fillByPosition, isHeaderRow, rolesFromNames, type Role } from './csv-columns';
import { detectSeparator, eachRow, isBlankRow, type Row } from './csv-read';
import { rowReader } from './csv-row';
import { failure, type ParseOptions, type ParseResult, type Problem } from './errors';
import { decodeText, eachLine, offsetAfterLines, titleFromName } from './text';

export { emitCsv } from './csv-emit';

/** CSV options: a separator wins over the one the file declares or the one guessed. */
export interface CsvOptions extends ParseOptions {
	separator?: string;
	/** Hears how far the read has got, every few thousand records (the import page shows a bar). */
	onProgress?: (progress: ReadProgress) => void;
}

function columnRoles(first: Row, header: AnkiTextHeader, separator: string): { roles: Role[]; headerRow: boolean; names?: string[] } {
	let names: string[] | undefined;
	let headerRow = false;
	if (header.columnsRaw !== undefined) names = header.columnsRaw.split(separator).map((n) => n.trim());
	else if (isHeaderRow(first.cells)) {
		names = first.cells.map((n) => n.trim());
		headerRow = true;
	}
	const width = Math.max(names?.length ?? 0, first.cells.length);
	const roles = names ? rolesFromNames([...names, ...Array(width - names.length).fill('')]) : Array<Role>(width).fill('extra');
	const set = (column: number | undefined, role: Role) => {
		if (column !== undefined && column <= roles.length) roles[column - 1] = role;
	};
	set(header.notetypeColumn, 'notetype');
	set(header.deckColumn, 'deck');
	set(header.tagsColumn, 'tags');
	set(header.guidColumn, 'guid');
	return { roles: fillByPosition(roles), headerRow, names };
}

/** How far a read has got: records read, and characters read of the whole text. */
export interface ReadProgress {
	records: number;
	done: number;
	total: number;
}

/** Records between two progress reports: often enough for a smooth bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 2_000;

/**
 * Parses CSV or TSV text into a bank. Records are read one at a time from the
 * decoded text and turned into questions as they come, so memory follows the
 * bank being built, not the file; reading stops as soon as the bank passes
 * MAX_QUESTIONS_PER_BANK, since such a file is refused whole.
 */
export function parseCsv(input: string | Uint8Array, opts: CsvOptions = {}): ParseResult {
	const decoded = decodeText(input, 'csv');
	if (!decoded.ok) return decoded;
	const text = decoded.text;
	const header = readAnkiHeader(eachLine(text));
	const start = offsetAfterLines(text, header.lines);
	const body = text.slice(start);
	if (!/\S/.test(body)) return failure('csv', [{ message: 'no questions found: the file has no records' }]);
	const separator = opts.separator ?? header.separator ?? detectSeparator(body);
	if (!separator) {
		return failure('csv', [{ message: 'no separator found: a front and a back must be separated by a tab, comma, semicolon or pipe' }]);
	}
	const cursor = { offset: 0 };
	const stream = eachRow(body, separator, header.lines + 1, cursor);
	const nextRow = (): IteratorResult<Row, Problem | undefined> => {
		for (;;) {
			const next = stream.next();
			if (next.done || !isBlankRow(next.value)) return next;
		}
	};
	const first = nextRow();
	if (first.done) return failure('csv', first.value ? [first.value] : [{ message: 'no questions found: the file has no records' }]);

	const out = new BankCollector('csv');
	for (const w of [...decoded.warnings, ...header.warnings]) out.warn(w.message, w);
	const { roles, headerRow, names } = columnRoles(first.value, header, separator);
	const extras = roles.flatMap((r, i) => (r === 'extra' && !/^add reverse$/i.test(names?.[i] ?? '') ? [names?.[i] || `column ${i + 1}`] : []));
	if (extras.length) out.warn(`${extras.join(', ')}: no known meaning; kept in the explanation`);
	const decks = new Map<string, number>();
	const deckColumn = roles.indexOf('deck');
	const readRow = rowReader(roles, names, { separator, html: header.html ?? false, notetype: header.notetype, tags: header.tags ?? [] });
	let records = 0;
	for (let next = headerRow ? nextRow() : first; ; next = nextRow()) {
		if (next.done) {
			if (next.value) return failure('csv', [next.value]);
			break;
		}
		const row = next.value;
		const deck = deckColumn >= 0 ? row.cells[deckColumn]?.trim() : undefined;
		if (deck) decks.set(deck, (decks.get(deck) ?? 0) + 1);
		readRow(row, out);
		if (out.full) {
			out.stop();
			break;
		}
		if (++records % PROGRESS_EVERY === 0) opts.onProgress?.({ records, done: cursor.offset, total: body.length });
	}
	if (decks.size > 1) out.warn(`the records come from ${decks.size} decks; they are imported into one bank`);
	const topDeck = [...decks].sort((a, b) => b[1] - a[1])[0]?.[0];
	const title = opts.title ?? header.deck ?? topDeck?.split('::').pop() ?? titleFromName(opts.name) ?? '';
	return out.finish({ title });
}
