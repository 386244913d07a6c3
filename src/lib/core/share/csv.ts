/**
 * Writing CSV for spreadsheets: RFC 4180 quoting and CRLF lines, and text
 * cells that a spreadsheet would run as a formula defused with a leading
 * apostrophe (students type their own names and answers).
 */
import { csvText } from '../formats/csv-cell';

/** A cell: text is escaped, numbers written as they are, empty for null. */
export type CsvCell = string | number | null | undefined;

/** One cell, quoted only when it needs to be. */
export function csvCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	return csvText(value);
}

/** Rows to CSV text, each line ending in CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
	return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
