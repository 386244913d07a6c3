/**
 * Writing a bank in the formats that are files of bytes (zips), not text:
 * `emitBank` keeps returning strings for the text formats, and each binary
 * format adds its case here. Libraries a format needs (SheetJS for
 * spreadsheets) come in the options, so core never loads them itself and no
 * page that reaches core pulls them in.
 */
import type { Bank } from '../bank/schema';
import { emitSheet, type SheetLib, type SheetTemplate } from './sheet';

/** Formats a bank can be written to as bytes. */
export const BYTE_EMIT_FORMATS = ['xlsx'] as const;
export type ByteEmitFormat = (typeof BYTE_EMIT_FORMATS)[number];

/** What the binary writers need: the library each one uses, and its choices. */
export interface EmitBytesOptions {
	/** SheetJS, for `xlsx`. */
	xlsx?: SheetLib;
	/** Which quiz tool's template an `xlsx` file follows; Kahoot's when absent. */
	template?: SheetTemplate;
}

/** Is `format` one of the formats written as bytes? */
export function isByteEmitFormat(format: string): format is ByteEmitFormat {
	return (BYTE_EMIT_FORMATS as readonly string[]).includes(format);
}

/** Writes a bank in a binary format; throws when the library the format needs was not passed. */
export function emitBankBytes(format: ByteEmitFormat, bank: Bank, opts: EmitBytesOptions = {}): Uint8Array {
	switch (format) {
		case 'xlsx': {
			if (!opts.xlsx) throw new Error('writing a spreadsheet needs SheetJS, which was not loaded');
			return emitSheet(bank, opts.template ?? 'kahoot', opts.xlsx);
		}
	}
}
