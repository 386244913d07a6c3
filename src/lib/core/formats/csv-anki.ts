/**
 * The header lines of Anki's text export (`#separator:tab`, `#html:true`,
 * `#columns:Front	Back	Tags`, `#deck column:3` …), read from the top of
 * the file before any record.
 */
import type { Warning } from './errors';

/** What the header lines say; columns count from 1, as Anki writes them. */
export interface AnkiTextHeader {
	separator?: string;
	html?: boolean;
	/** Column names, still joined by the separator (it may be declared after them). */
	columnsRaw?: string;
	notetype?: string;
	deck?: string;
	tags?: string[];
	notetypeColumn?: number;
	deckColumn?: number;
	tagsColumn?: number;
	guidColumn?: number;
	/** Number of lines the header takes, so records keep their real line numbers. */
	lines: number;
	warnings: Warning[];
}

const SEPARATOR_NAMES: Record<string, string> = {
	tab: '\t',
	comma: ',',
	semicolon: ';',
	space: ' ',
	pipe: '|',
	colon: ':'
};

function separatorValue(value: string): string | undefined {
	const key = value.trim().toLowerCase();
	if (Object.prototype.hasOwnProperty.call(SEPARATOR_NAMES, key)) return SEPARATOR_NAMES[key];
	if (value.length === 1 && value !== '"' && value !== '\n' && value !== '\r') return value;
	return undefined;
}

function columnNumber(value: string): number | undefined {
	const n = Number(value.trim());
	return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : undefined;
}

/** Reads the `#key:value` lines at the start of the text. */
export function readAnkiHeader(lines: Iterable<string>): AnkiTextHeader {
	const header: AnkiTextHeader = { lines: 0, warnings: [] };
	for (const raw of lines) {
		const m = /^#([a-zA-Z][a-zA-Z ]{0,30}):(.*)$/.exec(raw);
		if (!m) break;
		header.lines += 1;
		const line = header.lines;
		const key = m[1].trim().toLowerCase();
		const value = m[2];
		switch (key) {
			case 'separator': {
				const sep = separatorValue(value);
				if (sep) header.separator = sep;
				else header.warnings.push({ line, message: `unknown separator ${JSON.stringify(value)}; the separator is guessed instead` });
				break;
			}
			case 'html':
				header.html = value.trim().toLowerCase() === 'true';
				break;
			case 'columns':
				header.columnsRaw = value;
				break;
			case 'notetype':
				header.notetype = value.trim();
				break;
			case 'deck':
				header.deck = value.trim();
				break;
			case 'tags':
				header.tags = value.trim().split(/\s+/).filter(Boolean);
				break;
			case 'notetype column':
				header.notetypeColumn = columnNumber(value);
				break;
			case 'deck column':
				header.deckColumn = columnNumber(value);
				break;
			case 'tags column':
				header.tagsColumn = columnNumber(value);
				break;
			case 'guid column':
				header.guidColumn = columnNumber(value);
				break;
			default:
				header.warnings.push({ line, message: `the header line #${m[1]} is not known and was ignored` });
		}
	}
	return header;
}
