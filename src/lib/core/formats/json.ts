/** Our own bank file: parse through `validateBank`, emit pretty JSON that diffs cleanly. */
import type { Bank } from '../bank/schema';
import { parseBankJson } from '../bank/validate';
import { capBank } from './build';
import { failure, type ParseResult } from './errors';
import { decodeText } from './text';

/**
 * Parses a bank file; each schema problem becomes one problem of the error.
 * The caps of every other format hold here too: too many questions refuse
 * the file, a question with an over-long field is left out with its number.
 */
export function parseJson(input: string | Uint8Array): ParseResult {
	const decoded = decodeText(input, 'json');
	if (!decoded.ok) return decoded;
	const result = parseBankJson(decoded.text);
	if (!result.ok)
		return failure(
			'json',
			result.problems.map((message) => ({ message }))
		);
	const capped = capBank(result.bank);
	if (!capped.ok) return failure('json', [{ message: capped.message }]);
	const { bank, unsupported } = capped;
	return unsupported.length ? { ok: true, bank, warnings: decoded.warnings, unsupported } : { ok: true, bank, warnings: decoded.warnings };
}

/** The bank as JSON: two-space indent and a trailing newline. */
export function emitJson(bank: Bank): string {
	return `${JSON.stringify(bank, null, 2)}\n`;
}
