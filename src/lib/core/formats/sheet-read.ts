/**
 * An .xlsx workbook to rows of text, within caps. SheetJS inflates the zip
 * itself and trusts it, so the archive is first read through our own zip
 * reader (zip.ts): the entry count and declared sizes are checked, and every
 * entry is inflated once under a budget that stops at its declared size. Only
 * an archive that really unpacks to what it declares, within the caps, goes
 * on to SheetJS; a zip bomb is refused before SheetJS sees a byte of it.
 */
import { formatCount } from './text';
import { listZip, readEntry, UnpackBudget, type ZipLimits } from './zip';

/** The SheetJS module (`@e965/xlsx`), as the caller loaded it. */
export type SheetLib = typeof import('@e965/xlsx');

/** The most rows read from a sheet; a quiz tool takes a few hundred questions, so this is far past any real sheet. */
export const MAX_SHEET_ROWS = 50_000;

/** The most cells read from a row; both templates use at most 12 columns. */
export const MAX_SHEET_COLUMNS = 64;

/**
 * 50,000 rows of a Kahoot sheet unpack to about 12 MB of sheet and 8 MB of
 * text. SheetJS holds every cell as an object: 40 MB of sheet XML of small
 * cells took 7 s and 400 MB to read in Node, so the caps stay near what a
 * real sheet needs.
 */
export const SHEET_ZIP_LIMITS: ZipLimits = {
	maxEntries: 1_000,
	maxTotalBytes: 48 * 1024 * 1024,
	maxEntryBytes: 32 * 1024 * 1024
};

/** One row of a sheet: its number as the spreadsheet shows it (from 1) and its cells as displayed text. */
export interface SheetRow {
	line: number;
	cells: string[];
}

/** One sheet of a workbook, its rows in order (empty rows left out). */
export interface SheetRows {
	name: string;
	rows: SheetRow[];
}

/** A workbook as text: its sheets, and the title its properties give, if any. */
export interface WorkbookRows {
	sheets: SheetRows[];
	title?: string;
}

/** A workbook that cannot be read; the message is meant for the user. */
export class SheetError extends Error {}

/** Checks the archive with our own zip reader: caps on what it declares, and on what it really unpacks to. */
export function checkWorkbookZip(bytes: Uint8Array, limits: ZipLimits = SHEET_ZIP_LIMITS): void {
	// Excel 97-2003 files are OLE compound documents, not zips.
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
		throw new SheetError('this is an old Excel workbook (.xls); save it as .xlsx');
	const entries = listZip(bytes, limits);
	const names = new Set(entries.map((e) => e.name));
	if (!names.has('xl/workbook.xml')) {
		throw new SheetError(
			names.has('xl/workbook.bin') ? 'this is a binary workbook (.xlsb); save it as .xlsx' : 'not an Excel workbook (.xlsx): it holds no xl/workbook.xml'
		);
	}
	const budget = new UnpackBudget(limits.maxTotalBytes);
	for (const entry of entries) readEntry(bytes, entry, budget);
}

/** The displayed text of each cell of one SheetJS row, as far as MAX_SHEET_COLUMNS. */
function rowText(xlsx: SheetLib, row: (import('@e965/xlsx').CellObject | undefined)[] | undefined): string[] {
	const cells: string[] = [];
	if (!row) return cells;
	const width = Math.min(row.length, MAX_SHEET_COLUMNS);
	for (let c = 0; c < width; c++) {
		const cell = row[c];
		// format_cell gives the text the sheet shows: a date as a date, 0.5 as 50% when so formatted.
		cells.push(cell ? xlsx.utils.format_cell(cell).trim() : '');
	}
	return cells;
}

/** The sheets of a checked workbook as rows of text; throws SheetError past MAX_SHEET_ROWS. */
export function readWorkbookRows(bytes: Uint8Array, xlsx: SheetLib): WorkbookRows {
	let book: import('@e965/xlsx').WorkBook;
	try {
		// One row past the cap is read so that a sheet over it is known to be over it.
		book = xlsx.read(bytes, {
			type: 'array',
			dense: true,
			sheetRows: MAX_SHEET_ROWS + 1,
			cellFormula: false,
			cellHTML: false,
			cellStyles: false,
			bookVBA: false
		});
	} catch (err) {
		throw new SheetError(`the workbook could not be read (${err instanceof Error ? err.message : String(err)})`);
	}
	const sheets: SheetRows[] = [];
	for (const name of book.SheetNames) {
		const data = book.Sheets[name]?.['!data'] ?? [];
		if (data.length > MAX_SHEET_ROWS)
			throw new SheetError(
				`the sheet ${JSON.stringify(name)} has more than ${formatCount(MAX_SHEET_ROWS)} rows; Factdeck reads at most ${formatCount(MAX_SHEET_ROWS)}`
			);
		const rows: SheetRow[] = [];
		data.forEach((row, r) => {
			const cells = rowText(xlsx, row);
			if (cells.some((c) => c !== '')) rows.push({ line: r + 1, cells });
		});
		sheets.push({ name, rows });
	}
	const title = book.Props?.Title?.trim();
	return title ? { sheets, title } : { sheets };
}
