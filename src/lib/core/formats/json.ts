/** Our own bank file: parse through `validateBank`, emit pretty JSON that diffs cleanly. */
import type { Bank } from '../bank/schema';
import { parseBankJson } from '../bank/validate';
import { fieldTooLong, MAX_QUESTIONS_PER_BANK, tooManyQuestions } from './build';
import { failure, type ParseResult, type Unsupported } from './errors';
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
	if (!result.ok) return failure('json', result.problems.map((message) => ({ message })));
	const { bank } = result;
	if (bank.questions.length > MAX_QUESTIONS_PER_BANK) return failure('json', [{ message: tooManyQuestions(bank.questions.length) }]);
	const unsupported: Unsupported[] = [];
	const questions = bank.questions.filter((q, i) => {
		const tooLong = fieldTooLong(q);
		if (tooLong) unsupported.push({ record: i + 1, kind: 'too long', message: tooLong });
		return !tooLong;
	});
	if (!unsupported.length) return { ok: true, bank, warnings: decoded.warnings };
	return { ok: true, bank: { ...bank, questions }, warnings: decoded.warnings, unsupported };
}

/** The bank as JSON: two-space indent and a trailing newline. */
export function emitJson(bank: Bank): string {
	return `${JSON.stringify(bank, null, 2)}\n`;
}
