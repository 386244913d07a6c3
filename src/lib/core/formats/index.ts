/**
 * The format codecs in one import, and dispatch by format name for the
 * import page and the convert command.
 */
import type { SqlJsStatic } from 'sql.js';
import type { Bank } from '../bank/schema';
import { emitAiken, parseAiken } from './aiken';
import { parseApkg } from './apkg';
import { emitCsv, parseCsv } from './csv';
import { failure, type FormatName, type ParseOptions, type ParseResult } from './errors';
import { emitGift, parseGift } from './gift';
import { emitJson, parseJson } from './json';
import { emitMoodleXml, parseMoodleXml } from './moodle-xml';
import { parseSheet, type SheetLib } from './sheet';
import type { ZipLimits } from './zip';

export * from './errors';
export { parseJson, emitJson } from './json';
export { parseCsv, emitCsv } from './csv';
export { parseGift, emitGift } from './gift';
export { parseAiken, emitAiken, aikenSkipped } from './aiken';
export { parseApkg } from './apkg';
export { parseMoodleXml, emitMoodleXml } from './moodle-xml';
export { parseSheet, emitSheet, sheetLeftOut, SHEET_TEMPLATES, type SheetTemplate, type SheetLib } from './sheet';
export { parseBackup, type Backup } from './backup';
export { detectFormat } from './detect';
export { MAX_FILE_BYTES } from './text';

/** Formats that hold one bank (a backup holds many, and has its own parser). */
export type BankFormat = Exclude<FormatName, 'backup'>;

/** Formats a bank can be written to. */
export const EMIT_FORMATS = ['json', 'gift', 'aiken', 'csv', 'moodle-xml'] as const;
export type EmitFormat = (typeof EMIT_FORMATS)[number];

/** Options for any bank format; `sql` is needed only for Anki packages, `xlsx` (SheetJS) only for spreadsheets. */
export interface AnyOptions extends ParseOptions {
	sql?: SqlJsStatic;
	xlsx?: SheetLib;
	limits?: Partial<ZipLimits>;
}

/** The binary formats' input as bytes, whichever way it came. */
const asBytes = (input: string | Uint8Array) => (typeof input === 'string' ? new TextEncoder().encode(input) : input);

/** Parses a file of the given format into a bank. */
export function parseBankFile(format: BankFormat, input: string | Uint8Array, opts: AnyOptions = {}): ParseResult {
	switch (format) {
		case 'json':
			return parseJson(input);
		case 'csv':
			return parseCsv(input, opts);
		case 'tsv':
			return parseCsv(input, { ...opts, separator: '\t' });
		case 'gift':
			return parseGift(input, opts);
		case 'aiken':
			return parseAiken(input, opts);
		case 'moodle-xml':
			return parseMoodleXml(input, opts);
		case 'apkg': {
			if (!opts.sql) return failure('apkg', [{ message: 'reading Anki packages needs sql.js, which was not loaded' }]);
			return parseApkg(asBytes(input), { ...opts, sql: opts.sql });
		}
		case 'xlsx': {
			if (!opts.xlsx) return failure('xlsx', [{ message: 'reading spreadsheets needs SheetJS, which was not loaded' }]);
			return parseSheet(asBytes(input), { ...opts, xlsx: opts.xlsx });
		}
	}
}

/** Writes a bank in the given format; `media` (the bank's images by name) goes into formats that embed images. */
export function emitBank(format: EmitFormat, bank: Bank, media?: ReadonlyMap<string, Uint8Array>): string {
	switch (format) {
		case 'json':
			return emitJson(bank);
		case 'gift':
			return emitGift(bank);
		case 'aiken':
			return emitAiken(bank);
		case 'csv':
			return emitCsv(bank);
		case 'moodle-xml':
			return emitMoodleXml(bank, media);
	}
}
