/** Saves a bank as a file in one of the formats other apps read. */
import type { Bank } from '$lib/core/bank/schema';
import type { EmitFormat } from '$lib/core/formats';
import type { SheetTemplate } from '$lib/core/formats/sheet-fit';
import { downloadBytes, downloadText } from '$lib/ui/download';

/** A file ready to save: its name, its content and its MIME type. */
export interface BankFile {
	name: string;
	text: string;
	type: string;
}

/** A file of bytes ready to save (a spreadsheet). */
export interface BankBytesFile {
	name: string;
	bytes: Uint8Array;
	type: string;
}

/** What the share menu saves: a text format, or a quiz tool's spreadsheet template. */
export type ExportFormat = EmitFormat | SheetTemplate;

// GIFT and Aiken have no registered type; Moodle itself reads them as plain text.
const KINDS: Record<EmitFormat, { suffix: string; type: string }> = {
	json: { suffix: '.factdeck.json', type: 'application/json' },
	gift: { suffix: '.gift', type: 'text/plain' },
	aiken: { suffix: '.txt', type: 'text/plain' },
	csv: { suffix: '.csv', type: 'text/csv' }
};

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const isSheet = (format: ExportFormat): format is SheetTemplate => format === 'kahoot' || format === 'quizizz';

/** The bank written as `format`; the codecs load only when a file is asked for. */
export async function bankFile(bank: Bank, format: EmitFormat): Promise<BankFile> {
	const { emitBank } = await import('$lib/core/formats');
	const { suffix, type } = KINDS[format];
	return { name: `${bank.id}${suffix}`, text: emitBank(format, bank), type };
}

/** The bank as `template`'s spreadsheet; SheetJS loads only here, when a sheet is asked for. */
export async function bankSheetFile(bank: Bank, template: SheetTemplate): Promise<BankBytesFile> {
	const [{ emitBankBytes }, xlsx] = await Promise.all([import('$lib/core/formats/emit-bytes'), import('@e965/xlsx')]);
	return { name: `${bank.id}-${template}.xlsx`, bytes: emitBankBytes('xlsx', bank, { xlsx, template }), type: XLSX_TYPE };
}

/** Downloads the bank written as `format`. */
export async function downloadBank(bank: Bank, format: ExportFormat): Promise<void> {
	if (isSheet(format)) {
		const file = await bankSheetFile(bank, format);
		return downloadBytes(file.name, file.bytes, file.type);
	}
	const file = await bankFile(bank, format);
	downloadText(file.name, file.text, file.type);
}
