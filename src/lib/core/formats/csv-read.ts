/**
 * Separated values as RFC 4180 reads them: quoted fields may hold the
 * separator, doubled quotes and line breaks. Also finds the separator when
 * the file does not name it.
 */
import { isHeaderRow } from './csv-columns';
import type { Problem } from './errors';

/** One record, with the line it starts on. */
export interface Row {
	line: number;
	cells: string[];
}

export type RowsResult = { ok: true; rows: Row[] } | { ok: false; rows: Row[]; problems: Problem[] };

/** The separators we try, most likely first. */
const SEPARATORS = ['\t', ',', ';', '|'] as const;

/** Where a row stream has got to: the offset just past the last record it gave. */
export interface Cursor {
	offset: number;
}

/**
 * The records one at a time, `firstLine` being the line number of the text's
 * first line: a million-row file is never held as a million rows, and a
 * reader may stop early. Returns the problem that ended it, if any.
 */
export function* eachRow(text: string, separator: string, firstLine = 1, cursor: Cursor = { offset: 0 }): Generator<Row, Problem | undefined> {
	let line = firstLine;
	let cells: string[] = [];
	let cell = '';
	// Whether the current field has begun: a quote opens a quoted field only at its very start.
	let started = false;
	let rowLine = line;
	let i = 0;
	const endCell = () => {
		cells.push(cell);
		cell = '';
		started = false;
	};
	while (i < text.length) {
		const ch = text[i];
		if (ch === '"' && !started) {
			const open = line;
			started = true;
			let j = i + 1;
			for (;;) {
				const q = text.indexOf('"', j);
				if (q < 0) return { line: open, message: 'a quoted field is never closed (a " is missing)' };
				const chunk = text.slice(j, q);
				const breaks = chunk.match(/\r\n|\r|\n/g)?.length ?? 0;
				// Line breaks inside a field read as \n, whichever the file uses.
				cell += breaks && chunk.includes('\r') ? chunk.replace(/\r\n?/g, '\n') : chunk;
				line += breaks;
				if (text[q + 1] !== '"') {
					j = q + 1;
					break;
				}
				cell += '"';
				j = q + 2;
			}
			i = j;
		} else if (ch === separator) {
			endCell();
			i += 1;
		} else if (ch === '\n' || ch === '\r') {
			endCell();
			i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
			cursor.offset = i;
			yield { line: rowLine, cells };
			cells = [];
			line += 1;
			rowLine = line;
		} else {
			// Text after a closing quote (not RFC 4180, but spreadsheets write it) stays in the field.
			// Plain text runs to the next special character in one slice, not one character at a time.
			let k = i + 1;
			while (k < text.length && !isSpecial(text[k], separator)) k++;
			cell += text.slice(i, k);
			started = true;
			i = k;
		}
	}
	if (started || cells.length) {
		endCell();
		cursor.offset = i;
		yield { line: rowLine, cells };
	}
	return undefined;
}

const isSpecial = (ch: string, separator: string) => ch === separator || ch === '\n' || ch === '\r';

/** Reads every record of a small text (a sample, a test); `firstLine` is the line number of its first line. */
export function readRows(text: string, separator: string, firstLine = 1): RowsResult {
	const rows: Row[] = [];
	const stream = eachRow(text, separator, firstLine);
	for (let next = stream.next(); ; next = stream.next()) {
		if (next.done) return next.value ? { ok: false, rows, problems: [next.value] } : { ok: true, rows };
		rows.push(next.value);
	}
}

/** True when every cell of the row is blank. */
export const isBlankRow = (row: Row) => row.cells.every((c) => c.trim() === '');

/**
 * The separator of a sample: the one whose first row reads as a known header,
 * else the one that splits the largest share of rows into one same width of
 * two or more cells (ties go to the more common separator).
 */
export function detectSeparator(text: string): string | undefined {
	const sample = text.slice(0, 64 * 1024);
	let best: { sep: string; share: number; count: number } | undefined;
	for (const sep of SEPARATORS) {
		// A quote cut off by the sample's end does not count against a separator: the rows before it do.
		const rows = readRows(sample, sep)
			.rows.filter((r) => !isBlankRow(r))
			.slice(0, 200);
		if (rows.length && isHeaderRow(rows[0].cells)) return sep;
		const widths = new Map<number, number>();
		for (const r of rows) widths.set(r.cells.length, (widths.get(r.cells.length) ?? 0) + 1);
		let count = 0;
		for (const [width, n] of widths) if (width >= 2 && n > count) count = n;
		const share = rows.length ? count / rows.length : 0;
		if (count > 0 && (!best || share > best.share || (share === best.share && count > best.count))) best = { sep, share, count };
	}
	return best?.sep;
}
