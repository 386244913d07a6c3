/**
 * CSV and TSV: Quizlet-style `term<TAB>definition` lines, spreadsheets with a
 * `front,back` or `question,answer,choices…` header, and Anki's text export
 * with its `#separator:`/`#html:`/`#columns:` header lines. One question per
 * record, one fact per record (a cloze record gives one question per number).
 */
import { BankCollector } from './build';
import { readAnkiHeader, type AnkiTextHeader } from './csv-anki';
import { fillByPosition, isHeaderRow, rolesFromNames, type Role } from './csv-columns';
import { detectSeparator, isBlankRow, readRows, type Row } from './csv-read';
import { rowReader } from './csv-row';
import { failure, type ParseOptions, type ParseResult } from './errors';
import { decodeText, splitLines, titleFromName } from './text';

export { emitCsv } from './csv-emit';

/** CSV options: a separator wins over the one the file declares or the one guessed. */
export interface CsvOptions extends ParseOptions {
	separator?: string;
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

/** Parses CSV or TSV text into a bank. */
export function parseCsv(input: string | Uint8Array, opts: CsvOptions = {}): ParseResult {
	const decoded = decodeText(input, 'csv');
	if (!decoded.ok) return decoded;
	const lines = splitLines(decoded.text);
	const header = readAnkiHeader(lines);
	const body = lines.slice(header.lines).join('\n');
	if (body.trim() === '') return failure('csv', [{ message: 'no questions found: the file has no records' }]);
	const separator = opts.separator ?? header.separator ?? detectSeparator(body);
	if (!separator) {
		return failure('csv', [{ message: 'no separator found: a front and a back must be separated by a tab, comma, semicolon or pipe' }]);
	}
	const read = readRows(body, separator, header.lines + 1);
	if (!read.ok) return failure('csv', read.problems);
	const rows = read.rows.filter((r) => !isBlankRow(r));
	if (rows.length === 0) return failure('csv', [{ message: 'no questions found: the file has no records' }]);

	const out = new BankCollector('csv');
	for (const w of [...decoded.warnings, ...header.warnings]) out.warn(w.message, w);
	const { roles, headerRow, names } = columnRoles(rows[0], header, separator);
	const extras = roles.flatMap((r, i) => (r === 'extra' && !/^add reverse$/i.test(names?.[i] ?? '') ? [names?.[i] || `column ${i + 1}`] : []));
	if (extras.length) out.warn(`${extras.join(', ')}: no known meaning; kept in the explanation`);
	const decks = new Map<string, number>();
	const deckColumn = roles.indexOf('deck');
	const readRow = rowReader(roles, names, { html: header.html ?? false, notetype: header.notetype, tags: header.tags ?? [] });
	for (const row of headerRow ? rows.slice(1) : rows) {
		const deck = deckColumn >= 0 ? row.cells[deckColumn]?.trim() : undefined;
		if (deck) decks.set(deck, (decks.get(deck) ?? 0) + 1);
		readRow(row, out);
	}
	if (decks.size > 1) out.warn(`the records come from ${decks.size} decks; they are imported into one bank`);
	const topDeck = [...decks].sort((a, b) => b[1] - a[1])[0]?.[0];
	const title = opts.title ?? header.deck ?? topDeck?.split('::').pop() ?? titleFromName(opts.name) ?? '';
	return out.finish({ title });
}
