/**
 * Kahoot's and Quizizz's spreadsheet templates (.xlsx). SheetJS is passed in
 * by the caller, as sql.js is for Anki packages, so that core holds no static
 * import of it and no page loads it before a sheet is read or written.
 */
import type { Bank } from '../bank/schema';

/** The SheetJS module (`@e965/xlsx`), as the caller loaded it. */
export type SheetLib = typeof import('@e965/xlsx');

/** The quiz tools whose templates are read and written. */
export const SHEET_TEMPLATES = ['kahoot', 'quizizz'] as const;
export type SheetTemplate = (typeof SHEET_TEMPLATES)[number];

/** The bank as an .xlsx file in `template`'s layout. */
export function emitSheet(bank: Bank, template: SheetTemplate, xlsx: SheetLib): Uint8Array {
	void bank;
	void xlsx;
	throw new Error(`writing the ${template} template is not ready yet`);
}
