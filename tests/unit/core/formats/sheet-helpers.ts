/** Shared helpers for the Kahoot and Quizizz sheet tests: the sample files, sheets made in memory, and reading them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { unzipSync, zipSync } from 'fflate';
import { parseBankFile } from '$lib/core/formats';
import type { ParseResult } from '$lib/core/formats/errors';
import { KAHOOT_HEADER } from '$lib/core/formats/kahoot';
import { ROOT } from './helpers';

export { XLSX };

/** Bytes of a sample sheet under tests/fixtures/sheets. */
export const sheetFixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/sheets', name)));

/** A one-sheet workbook of these rows, as a spreadsheet program saves it. */
export function workbook(rows: (string | number | null)[][]): Uint8Array {
	const book = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
	return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A Kahoot sheet: its header on the first row, then these question rows (question, answers 1–4, time, correct). */
export const kahootSheet = (...rows: (string | number | null)[][]) => workbook([KAHOOT_HEADER.slice(1), ...rows]);

/** Reads bytes as a sheet, the way the import page and the convert command do. */
export const readSheet = (bytes: Uint8Array, name = 'quiz.xlsx'): ParseResult => parseBankFile('xlsx', bytes, { name, xlsx: XLSX });

/** The workbook with one of its files replaced (or added), zipped again. */
export function withEntry(bytes: Uint8Array, name: string, content: string | Uint8Array): Uint8Array {
	const files = unzipSync(bytes);
	files[name] = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
	return zipSync(files);
}
