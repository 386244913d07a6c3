/**
 * Writing a bank to the formats that are files of bytes rather than text
 * (spreadsheets), for the share menu and the convert command. Libraries a
 * format needs (SheetJS) come in the options, so core never loads them.
 */
import type { Bank } from '../bank/schema';
import { emitSheet, type SheetLib } from './sheet';
import type { SheetTemplate } from './sheet-fit';

/** Formats written as bytes. */
export const BYTE_FORMATS = ['xlsx'] as const;
export type ByteFormat = (typeof BYTE_FORMATS)[number];

/** What the byte formats need beyond the bank; a spreadsheet needs `xlsx` (SheetJS) and takes Kahoot's template unless told. */
export interface BytesOptions {
	xlsx?: SheetLib;
	template?: SheetTemplate;
}

/** Writes a bank in a byte format; throws with a sentence for the user when it cannot. */
export function emitBankBytes(format: ByteFormat, bank: Bank, opts: BytesOptions): Uint8Array {
	switch (format) {
		case 'xlsx':
			if (!opts.xlsx) throw new Error('writing a spreadsheet needs SheetJS, which was not loaded');
			return emitSheet(bank, opts.template ?? 'kahoot', opts.xlsx);
	}
}
