/**
 * Which codec reads a file, from its content first and its extension
 * second: a zip is a spreadsheet when it holds a workbook, else an Anki package; JSON says what it is in
 * its `format` field; GIFT and Aiken have telltale lines; anything with a
 * steady separator is CSV or TSV.
 */
import { readAnkiHeader } from './csv-anki';
import { isHeaderRow } from './csv-columns';
import { detectSeparator } from './csv-read';
import type { FormatName } from './errors';
import { isWorkbookZip } from './sheet-detect';
import { guessSemicolonCards, type QuizletSeparators } from './quizlet';
import { splitLines } from './text';

const GIFT_ANSWERS = /\{\s*(?:[=~#]|T\s*[}#]|F\s*[}#]|TRUE\s*[}#]|FALSE\s*[}#]|\s*\})/i;
const GIFT_MARKERS = /^\s*(?:::[^\n]*::|\$CATEGORY:|\/\/)/m;
const AIKEN_ANSWER = /^ANSWER\s*:\s*[A-Z]\s*$/im;
const AIKEN_OPTION = /^[A-Z][.)]\s+\S/m;

const extension = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1].toLowerCase() ?? '';

function jsonKind(head: string): FormatName {
	const format = /"format"\s*:\s*"([^"]*)"/.exec(head)?.[1];
	return format === 'factdeck.backup' ? 'backup' : 'json';
}

/** Whether the text opens a Moodle XML quiz: `<quiz>` as its first element, after the declaration and comments. */
function isMoodleQuiz(head: string): boolean {
	let at = /^\s*(<\?xml[^>]*\?>)?\s*/.exec(head)?.[0].length ?? 0;
	// Comments one by one with indexOf: a pattern repeating lazy comments backtracks badly on text that is not XML.
	while (head.startsWith('<!--', at)) {
		const end = head.indexOf('-->', at + 4);
		if (end < 0) return false;
		at = end + 3;
		while (/\s/.test(head[at] ?? '')) at++;
	}
	return /^<quiz[\s>]/.test(head.slice(at, at + 6));
}

/** The format of a file, or null when nothing fits. */
export function detectFormat(name: string, bytes: Uint8Array): FormatName | null {
	const ext = extension(name);
	if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6))
		return isWorkbookZip(bytes, ext) ? 'xlsx' : 'apkg';
	if (ext === 'apkg' || ext === 'colpkg') return 'apkg';
	if (ext === 'xlsx' || ext === 'xls') return 'xlsx';
	const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '');
	if (/^\s*[{[]/.test(head) && (ext === 'json' || /^\s*\{\s*"/.test(head))) return jsonKind(head);
	if (isMoodleQuiz(head) || ext === 'xml') return 'moodle-xml';
	if (ext === 'gift') return 'gift';
	const lines = splitLines(head);
	const anki = readAnkiHeader(lines);
	if (anki.lines > 0 && anki.separator !== undefined) return anki.separator === '\t' ? 'tsv' : 'csv';
	if (AIKEN_ANSWER.test(head) && AIKEN_OPTION.test(head)) return 'aiken';
	if (GIFT_ANSWERS.test(head) && (GIFT_MARKERS.test(head) || /\}\s*$/m.test(head)) && ext !== 'csv' && ext !== 'tsv') return 'gift';
	const body = lines.slice(anki.lines).join('\n');
	const separator = detectSeparator(body);
	if (separator) return separator === '\t' || ext === 'tsv' ? 'tsv' : 'csv';
	if (ext === 'csv') return 'csv';
	if (ext === 'tsv' || ext === 'tab') return 'tsv';
	if (ext === 'json') return 'json';
	return null;
}

/** What pasted text is: a file format, or a Quizlet export with its separators. */
export type PastedFormat = { format: FormatName } | { format: 'quizlet'; separators: QuizletSeparators };

/**
 * Comma-separated lines with no quotes and no steady width: Quizlet's "comma"
 * export, whose definitions keep their own commas, rather than a spreadsheet,
 * whose rows all have the same number of cells.
 */
function isQuizletCommaExport(text: string): boolean {
	const lines = splitLines(text.slice(0, 64 * 1024))
		.filter((l) => l.trim())
		.slice(0, 200);
	if (lines.length < 2 || text.includes('"') || isHeaderRow(lines[0].split(','))) return false;
	const widths = new Set(lines.map((l) => l.split(',').length));
	return lines.every((l) => l.includes(',')) && widths.size > 1;
}

/**
 * The format of text pasted into the import page: Quizlet's one-line export
 * (semicolons between cards) or its comma export first, since a file
 * detector would take either for CSV and split it wrongly; then whatever a
 * file holding the text would be detected as; null when nothing fits.
 */
export function detectPasted(text: string): PastedFormat | null {
	const semicolons = guessSemicolonCards(text);
	if (semicolons) return { format: 'quizlet', separators: semicolons };
	const format = detectFormat('pasted.txt', new TextEncoder().encode(text.slice(0, 64 * 1024)));
	if (format === 'csv' && !readAnkiHeader(splitLines(text.slice(0, 4096))).lines && isQuizletCommaExport(text))
		return { format: 'quizlet', separators: { term: ',', card: '\n' } };
	return format ? { format } : null;
}
