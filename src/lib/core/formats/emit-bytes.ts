/**
 * Writing a bank to the formats that are files of bytes rather than text
 * (Anki packages), for the share menu and the convert command.
 */
import type { Bank } from '../bank/schema';
import { writeApkg, type ApkgWriteOptions } from './apkg-write';

/** Formats written as bytes. */
export const BYTE_FORMATS = ['apkg'] as const;
export type ByteFormat = (typeof BYTE_FORMATS)[number];

/** What the byte formats need beyond the bank; an Anki package needs `apkg` (sql.js and the export time at least). */
export interface BytesOptions {
	apkg?: ApkgWriteOptions;
}

/** Writes a bank in a byte format; throws with a sentence for the user when it cannot. */
export function emitBankBytes(format: ByteFormat, bank: Bank, opts: BytesOptions): Uint8Array {
	switch (format) {
		case 'apkg':
			if (!opts.apkg) throw new Error('writing Anki packages needs sql.js, which was not loaded');
			return writeApkg(bank, opts.apkg);
	}
}
