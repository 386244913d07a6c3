/**
 * Kahoot's and Quizizz's spreadsheet templates (.xlsx), read and written.
 * SheetJS is passed in by the caller, as sql.js is for Anki packages, so that
 * core holds no static import of it and no page loads it before a sheet is
 * read or written. The template is told by its header row, found wherever it
 * is. A question's time limit has no place in a bank (a bank times a whole
 * test), so the limits read are named in one warning and dropped, and a
 * written sheet gives every question the template's default time.
 */
import type { Bank } from '../bank/schema';
import { BankCollector } from './build';
import { failure, type ParseOptions, type ParseResult } from './errors';
import { KAHOOT_HEADER, KAHOOT_PREAMBLE, kahootRow, readKahootRow } from './kahoot';
import { QUIZIZZ_HEADER, QUIZIZZ_HINTS, quizizzRow, readQuizizzRow } from './quizizz';
import { sheetMisfit, type SheetTemplate } from './sheet-fit';
import { findHeader, isHintRow, type SheetColumns } from './sheet-columns';
import { checkWorkbookZip, readWorkbookRows, SHEET_ZIP_LIMITS, SheetError, type SheetRows } from './sheet-read';
import { formatCount, MAX_FILE_BYTES, titleFromName, tooLargeMessage } from './text';
import { ZipError, type ZipLimits } from './zip';

import type { SheetLib } from './sheet-read';

export type { SheetLib };

export { SHEET_TEMPLATES, sheetLeftOut, type SheetLeftOut, type SheetTemplate } from './sheet-fit';

export interface SheetOptions extends ParseOptions {
	xlsx: SheetLib;
	limits?: Partial<ZipLimits>;
}

/** The first sheet with a template's header row, with where the header is. */
function templateSheet(sheets: SheetRows[]): { sheet: SheetRows; index: number; columns: SheetColumns } | undefined {
	for (const sheet of sheets) {
		const found = findHeader(sheet.rows);
		if (found) return { sheet, ...found };
	}
	return undefined;
}

const NO_HEADER =
	'no Kahoot or Quizizz header row found: the sheet needs a row with "Question - max 120 characters", "Answer 1"… and "Correct answer(s)" (Kahoot), or "Question Text", "Option 1"… and "Correct Answer" (Quizizz)';

/** One warning for the time limits a sheet gave, which a bank has no place for. */
function timeWarning(times: number[]): string | undefined {
	if (times.length === 0) return undefined;
	// Reduced, not spread into Math.min: 50,000 arguments are near the engine's limit.
	const low = times.reduce((a, b) => Math.min(a, b));
	const high = times.reduce((a, b) => Math.max(a, b));
	const range = low === high ? `${low} s` : `${low}–${high} s`;
	return `the time limits of ${formatCount(times.length)} question${times.length === 1 ? '' : 's'} (${range}) are not kept: Factdeck times a whole test, not each question`;
}

/** Reads the rows below the header of the template's sheet into a bank. */
function readRows(sheet: SheetRows, index: number, columns: SheetColumns, title: string): ParseResult {
	const out = new BankCollector('xlsx');
	const times: number[] = [];
	let images = 0;
	sheet.rows.slice(index + 1).forEach((row, i) => {
		if (i === 0 && isHintRow(row, columns)) return;
		const before = out.count;
		const extras = columns.template === 'kahoot' ? readKahootRow(row, columns, out) : readQuizizzRow(row, columns, out);
		// Only the questions brought in count: a poll's time or picture is no loss to mention.
		if (out.count === before) return;
		if (extras.time !== undefined) times.push(extras.time);
		if (extras.image) images += 1;
	});
	const timeNote = timeWarning(times);
	if (timeNote) out.warn(timeNote);
	if (images) out.warn(`${formatCount(images)} image link${images === 1 ? ' is' : 's are'} not imported: Factdeck does not fetch images from the web`);
	return out.finish({ title });
}

/** Parses a Kahoot or Quizizz sheet (.xlsx) into a bank. */
export function parseSheet(bytes: Uint8Array, opts: SheetOptions): ParseResult {
	if (bytes.byteLength > MAX_FILE_BYTES) return failure('xlsx', [{ message: tooLargeMessage() }]);
	try {
		checkWorkbookZip(bytes, { ...SHEET_ZIP_LIMITS, ...opts.limits });
		const book = readWorkbookRows(bytes, opts.xlsx);
		const found = templateSheet(book.sheets);
		if (!found) return failure('xlsx', [{ message: NO_HEADER }]);
		const title = opts.title ?? book.title ?? titleFromName(opts.name) ?? '';
		return readRows(found.sheet, found.index, found.columns, title);
	} catch (err) {
		if (err instanceof ZipError || err instanceof SheetError) return failure('xlsx', [{ message: err.message }]);
		throw err;
	}
}

/** The sheet's rows: Kahoot's title and header rows then one row per question, or Quizizz's header, hints and questions. */
function templateRows(bank: Bank, template: SheetTemplate): (string | number)[][] {
	const fits = bank.questions.filter((q) => sheetMisfit[template](q) === undefined);
	if (template === 'kahoot') return [...KAHOOT_PREAMBLE, KAHOOT_HEADER, ...fits.map((q, i) => kahootRow(q, i + 1))];
	return [QUIZIZZ_HEADER, QUIZIZZ_HINTS, ...fits.map(quizizzRow)];
}

/** The bank as an .xlsx file in `template`'s layout; the questions it cannot take (sheetLeftOut) are left out. */
export function emitSheet(bank: Bank, template: SheetTemplate, xlsx: SheetLib): Uint8Array {
	const sheet = xlsx.utils.aoa_to_sheet(templateRows(bank, template));
	const book = xlsx.utils.book_new();
	xlsx.utils.book_append_sheet(book, sheet, template === 'kahoot' ? 'Sheet1' : 'Quiz');
	// The title travels in the workbook's properties, so a round trip keeps it.
	book.Props = { Title: bank.title };
	return new Uint8Array(xlsx.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
