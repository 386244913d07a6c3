/** Shared test helpers for the format codecs: fixture paths, a bank of every type, result narrowing. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BANK_FORMAT, BANK_VERSION, type Bank, type Question } from '$lib/core/bank/schema';
import { questionId } from '$lib/core/bank/ids';
import { validateBank } from '$lib/core/bank/validate';
import type { ParseResult } from '$lib/core/formats/errors';

// A plain path: under jsdom the global URL is not the one node:url expects.
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const FIXTURES = join(ROOT, 'tests/fixtures/formats');

/** Bytes of a file under tests/fixtures/formats. */
export const fixture = (path: string) => new Uint8Array(readFileSync(join(FIXTURES, path)));

/** Text of a file under tests/fixtures/formats. */
export const fixtureText = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

type Ok = Extract<ParseResult, { ok: true }>;

/** The successful result, or a failed assertion listing the problems. */
export function ok(result: ParseResult): Ok {
	if (!result.ok) expect.fail(`expected a bank, got: ${result.error.problems.map((p) => `${p.line ?? ''} ${p.message}`).join('; ')}`);
	return result;
}

/** The error of a failed result. */
export function failed(result: ParseResult) {
	if (result.ok) expect.fail(`expected an error, got a bank of ${result.bank.questions.length} questions`);
	return result.error;
}

/** Asserts that the bank passes the shared validation unchanged. */
export function expectValid(bank: Bank): void {
	const checked = validateBank(bank);
	expect(checked.ok ? [] : checked.problems).toEqual([]);
}

function question(q: Omit<Question, 'id' | 'fact'> & { fact?: string }): Question {
	const id = questionId(q);
	return { id, fact: q.fact ?? id, ...q };
}

/** A bank with every question type, explanations, accepted answers and tags; ids from content. */
export function everyTypeBank(): Bank {
	return {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		id: 'korean-capitals',
		title: 'Korean capitals',
		questions: [
			question({ type: 'flashcard', prompt: 'Capital of South Korea', answer: 'Seoul', tags: ['geo'] }),
			question({ type: 'cloze', prompt: '____ is the capital of South Korea.', answer: 'Seoul', accept: ['Soul'], explanation: 'Since 1948.' }),
			question({
				type: 'mcq',
				prompt: 'Which city is the capital of North Korea?',
				answer: 'Pyongyang',
				choices: ['Busan', 'Pyongyang', 'Kaesong'],
				explanation: 'Pyongyang, on the Taedong.',
				tags: ['geo', 'north korea']
			}),
			question({ type: 'truefalse', prompt: 'Busan is the capital of South Korea.', answer: false, explanation: 'Seoul is.' }),
			question({ type: 'short', prompt: 'Name the river through Seoul.', answer: 'Han', accept: ['Han River', 'Hangang'] })
		]
	};
}

/** The question fields a text format carries, for round-trip comparison. */
export function carried(q: Question) {
	const { id: _id, fact: _fact, source: _source, ...rest } = q;
	return rest;
}
