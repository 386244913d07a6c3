/** Saves a bank as a file in one of the formats other apps read. */
import type { Bank } from '$lib/core/bank/schema';
import type { EmitFormat } from '$lib/core/formats';
import { downloadText } from '$lib/ui/download';

/** A file ready to save: its name, its content and its MIME type. */
export interface BankFile {
	name: string;
	text: string;
	type: string;
}

// GIFT and Aiken have no registered type; Moodle itself reads them as plain text.
const KINDS: Record<EmitFormat, { suffix: string; type: string }> = {
	json: { suffix: '.factdeck.json', type: 'application/json' },
	gift: { suffix: '.gift', type: 'text/plain' },
	aiken: { suffix: '.txt', type: 'text/plain' },
	csv: { suffix: '.csv', type: 'text/csv' }
};

/** The bank written as `format`; the codecs load only when a file is asked for. */
export async function bankFile(bank: Bank, format: EmitFormat): Promise<BankFile> {
	const { emitBank } = await import('$lib/core/formats');
	const { suffix, type } = KINDS[format];
	return { name: `${bank.id}${suffix}`, text: emitBank(format, bank), type };
}

/** Downloads the bank written as `format`. */
export async function downloadBank(bank: Bank, format: EmitFormat): Promise<void> {
	const file = await bankFile(bank, format);
	downloadText(file.name, file.text, file.type);
}
