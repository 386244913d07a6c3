/**
 * One student's result file, read and checked against the bank whose Results
 * tab it was dropped on. Only a file that passes may be stored: a damaged
 * file, or one for another bank, is reported and writes nothing.
 */
import type { Bank } from '$lib/core/bank/schema';
import { formatSize } from '$lib/core/formats/text';
import { regradeResult, type RegradedResult } from '$lib/core/quiz/regrade';
import { MAX_RESULT_CHARS, parseResult, type TestResult } from '$lib/core/quiz/results';

export type FileCheck =
	/** `regraded` is the result graded against `bank`; null for another version, whose questions may differ. */
	| { ok: true; result: TestResult; otherVersion: boolean; regraded: RegradedResult | null }
	| { ok: false; kind: 'too-large' | 'invalid' | 'other-bank'; message: string };

/** UTF-8 takes at most 4 bytes a character: a file larger than this cannot be under the limit. */
const MAX_RESULT_BYTES = MAX_RESULT_CHARS * 4;

/**
 * How far ahead of the teacher's clock a student's clock may run: a day covers
 * any time zone or badly set clock. A test finishing later than that is refused.
 */
const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * Reads `file` and says whether it is a result of `bank` (`hash` is its content
 * hash) and of this version, re-graded if so; `now` is the teacher's clock.
 */
export async function checkResultFile(file: File, bank: Bank, hash: string, now: Date = new Date()): Promise<FileCheck> {
	const tooLarge = {
		ok: false,
		kind: 'too-large',
		message: `This file is too large to be a test result (${formatSize(file.size)}; a result is a few kilobytes, and at most ${MAX_RESULT_CHARS.toLocaleString('en')} characters).`
	} as const;
	if (file.size > MAX_RESULT_BYTES) return tooLarge;
	let text: string;
	try {
		text = await file.text();
	} catch (err) {
		return { ok: false, kind: 'invalid', message: `The file could not be read: ${err instanceof Error ? err.message : String(err)}.` };
	}
	if (text.length > MAX_RESULT_CHARS) return tooLarge;
	const parsed = parseResult(text);
	if (!parsed.ok) return { ok: false, kind: 'invalid', message: parsed.error };
	const { result } = parsed;
	if (Date.parse(result.finishedAt) > now.getTime() + MAX_CLOCK_AHEAD_MS) {
		return {
			ok: false,
			kind: 'invalid',
			message: `This test result is not valid: it says the test finished on ${result.finishedAt.slice(0, 10)}, which is still to come.`
		};
	}
	if (result.bankId !== bank.id) {
		return {
			ok: false,
			kind: 'other-bank',
			message: `This result is for another bank ("${result.bankId}"), not this one: add it on that bank's Results tab.`
		};
	}
	if (result.bankHash !== hash) return { ok: true, result, otherVersion: true, regraded: null };
	// The same version has the same questions, so an unknown one means the file was altered.
	const questions = new Map(bank.questions.map((q) => [q.id, q]));
	if (result.answers.some((a) => !questions.has(a.questionId))) {
		return { ok: false, kind: 'invalid', message: 'This test result is not valid: it answers questions this bank does not have.' };
	}
	return { ok: true, result, otherVersion: false, regraded: regradeResult(result, questions) };
}
