/**
 * Telling a spreadsheet from an Anki package: both are zips. The names in
 * the zip's central directory (at its end) decide, so the file is not read
 * twice: a workbook holds xl/workbook.xml (or xl/workbook.bin), a package
 * collection.anki2 and its kin.
 */
import { listZip } from './zip';

/** Is the zip an Excel workbook? A zip whose directory cannot be read falls back on its extension. */
export function isWorkbookZip(bytes: Uint8Array, ext: string): boolean {
	try {
		const names = listZip(bytes).map((e) => e.name);
		if (names.some((n) => n.startsWith('collection.anki'))) return false;
		return names.some((n) => n === 'xl/workbook.xml' || n === 'xl/workbook.bin') || (ext === 'xlsx' && names.includes('[Content_Types].xml'));
	} catch {
		// A damaged or capped archive: let its extension choose, and the reader give the reason.
		return ext === 'xlsx';
	}
}
