/**
 * Writing a bank to the formats that are files of bytes rather than text
 * (Anki packages, spreadsheets), for the share menu and the convert command.
 * Libraries a format needs (sql.js, SheetJS) come in the options, so core
 * never loads them.
 */
import type { Bank } from '../bank/schema';
import { writeApkg, type ApkgWriteOptions } from './apkg-write';
import { emitSheet, type SheetLib } from './sheet';
import type { SheetTemplate } from './sheet-fit';

/** Formats written as bytes. */
export const BYTE_FORMATS = ['apkg', 'xlsx'] as const;
export type ByteFormat = (typeof BYTE_FORMATS)[number];

/** What the byte formats need beyond the bank: an Anki package `apkg` (sql.js and the export time at least), a spreadsheet `xlsx` (SheetJS) and its template, Kahoot's unless told. */
export interface BytesOptions {
	apkg?: ApkgWriteOptions;
	xlsx?: SheetLib;
	template?: SheetTemplate;
}

/** Writes a bank in a byte format; throws with a sentence for the user when it cannot. */
export function emitBankBytes(format: ByteFormat, bank: Bank, opts: BytesOptions): Uint8Array {
	switch (format) {
		case 'apkg':
			if (!opts.apkg) throw new Error('writing Anki packages needs sql.js, which was not loaded');
			return writeApkg(bank, opts.apkg);
		case 'xlsx':
			if (!opts.xlsx) throw new Error('writing a spreadsheet needs SheetJS, which was not loaded');
			return emitSheet(bank, opts.template ?? 'kahoot', opts.xlsx);
	}
}
