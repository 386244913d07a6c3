/**
 * The student's result file: written on the student's device at the end of a
 * test, read on the teacher's. Everything in it is a claim; reading refuses a
 * file the app could not have written (a score that does not match its
 * answers, one question answered twice, impossible times), and the class
 * statistics re-grade the answers themselves (see regrade.ts).
 */
import * as v from 'valibot';
import type { Bank } from '../bank/schema';
import { contentHash } from '../bank/hash';
import { nestedTooDeep, TOO_DEEP } from '../bank/depth';
import { responseCredit, sumCredit, testDurationMs, type TestState } from './test-mode';
import { formatCount } from '../count';

const RESULT_FORMAT = 'factdeck.result';
const RESULT_VERSION = 1;
/** A real result is a few kilobytes; anything this large is not one. */
export const MAX_RESULT_CHARS = 1_000_000;
const MAX_NAME = 100;
const MAX_GIVEN = 1000;
/**
 * A test is taken in one sitting: a week is far longer than any real one,
 * even one left open overnight. A result claiming more is refused.
 */
export const MAX_TEST_DURATION_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * Given answers in one result, all together: every one is re-graded, at about
 * a microsecond a character, so this bounds the work one file can cause. A
 * real result holds a few hundred characters; a 1,000-question test with long
 * answers stays under it.
 */
export const MAX_GIVEN_CHARS = 100_000;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const timestamp = v.pipe(v.string(), v.isoTimestamp('must be a date and time'));

const ResultSchema = v.strictObject({
	format: v.literal(RESULT_FORMAT, `format must be "${RESULT_FORMAT}"`),
	version: v.literal(RESULT_VERSION, `version must be ${RESULT_VERSION}`),
	bankId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
	bankHash: v.pipe(v.string(), v.regex(/^[0-9a-z]{1,32}$/, 'must be a bank content hash')),
	student: v.pipe(v.string(), v.maxLength(MAX_NAME * 2)),
	startedAt: timestamp,
	finishedAt: timestamp,
	durationMs: count,
	// `correct` sums credit, so a half-right answer makes it 0.5.
	score: v.strictObject({ correct: v.pipe(v.number(), v.minValue(0)), total: count }),
	answers: v.pipe(
		v.array(
			v.strictObject({
				questionId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(120)),
				given: v.pipe(v.string(), v.maxLength(MAX_GIVEN)),
				correct: v.boolean(),
				/** The share of the marks of a partly right answer, 0 to 1. */
				credit: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
				/** Flashcards and revealed clozes: the student judged their own answer. */
				selfMarked: v.optional(v.boolean())
			})
		),
		v.maxLength(10_000)
	)
});

/** A student's result for one test, as exported and imported. */
export type TestResult = v.InferOutput<typeof ResultSchema>;

/** The student's result file for a finished test (`student` is the name they typed). */
export function makeResult(bank: Bank, state: TestState, student: string): TestResult {
	if (state.bankId !== bank.id) throw new RangeError(`the test is on bank "${state.bankId}", not "${bank.id}"`);
	const durationMs = testDurationMs(state);
	const answers = state.items.map((item) => {
		const r = item.response;
		const answer: TestResult['answers'][number] = { questionId: item.question.id, given: (r?.given ?? '').slice(0, MAX_GIVEN), correct: r?.correct ?? false };
		if (r?.credit !== undefined && !r.correct) answer.credit = r.credit;
		if (r?.selfMarked) answer.selfMarked = true;
		return answer;
	});
	return {
		format: RESULT_FORMAT,
		version: RESULT_VERSION,
		bankId: bank.id,
		bankHash: contentHash(bank),
		student: cleanName(student),
		startedAt: new Date(state.startedAtMs).toISOString(),
		finishedAt: new Date(state.startedAtMs + durationMs).toISOString(),
		durationMs,
		score: { correct: sumCredit(answers.map(responseCredit)), total: answers.length },
		answers
	};
}

/** Reads a result file; a damaged or foreign file gives one sentence saying what is wrong. */
export function parseResult(text: string): { ok: true; result: TestResult } | { ok: false; error: string } {
	if (text.length > MAX_RESULT_CHARS) return { ok: false, error: 'This file is far too large to be a test result.' };
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (err) {
		return { ok: false, error: `This is not a test result: it is not JSON (${err instanceof Error ? err.message : String(err)}).` };
	}
	if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== RESULT_FORMAT) {
		return { ok: false, error: `This is not a test result: it lacks "format": "${RESULT_FORMAT}".` };
	}
	if (nestedTooDeep(value)) return { ok: false, error: `This test result is not valid: ${TOO_DEEP}.` };
	const forbidden = forbiddenKey(value);
	if (forbidden) return { ok: false, error: `This test result is not valid: the key "${forbidden}" is not allowed.` };
	const parsed = v.safeParse(ResultSchema, value);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const path = v.getDotPath(issue);
		return { ok: false, error: `This test result is not valid: ${path ? `${path} ` : ''}${issue.message}.` };
	}
	const result = parsed.output;
	const correct = sumCredit(result.answers.map(responseCredit));
	if (result.score.total !== result.answers.length || Math.abs(result.score.correct - correct) > 0.01) {
		return { ok: false, error: 'This test result is not valid: its score does not match its answers.' };
	}
	const implausible = implausibleResult(result);
	if (implausible) return { ok: false, error: `This test result is not valid: it ${implausible}.` };
	return { ok: true, result: { ...result, student: cleanName(result.student) } };
}

/**
 * What no finished test could have written, as a phrase after "it" (the
 * results of a test each answer each of its questions once, in a time that
 * runs from start to finish); null when the result is plausible. Checked on
 * reading a file and again on counting results stored before this check.
 */
export function implausibleResult(result: TestResult): string | null {
	if (result.answers.length === 0) return 'answers no question';
	const given = result.answers.reduce((sum, a) => sum + a.given.length, 0);
	if (given > MAX_GIVEN_CHARS) {
		return `gives answers of ${formatCount(given)} characters in all; Factdeck reads at most ${formatCount(MAX_GIVEN_CHARS)} per result`;
	}
	const seen = new Set<string>();
	for (const { questionId } of result.answers) {
		if (seen.has(questionId)) return `answers question ${JSON.stringify(questionId)} more than once`;
		seen.add(questionId);
	}
	const span = Date.parse(result.finishedAt) - Date.parse(result.startedAt);
	if (span < 0) return 'finished before it started';
	if (result.durationMs > MAX_TEST_DURATION_MS || span > MAX_TEST_DURATION_MS) {
		return `says the test took more than ${MAX_TEST_DURATION_MS / 86_400_000} days; Factdeck counts tests of at most ${MAX_TEST_DURATION_MS / 86_400_000} days`;
	}
	// The app writes the finish as the start plus the time taken, to the millisecond.
	if (span !== result.durationMs) return 'gives a time taken that does not match its start and finish times';
	return null;
}

/** A name on one line and of sane length; "Anonymous" when left empty. */
function cleanName(name: string): string {
	return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME) || 'Anonymous';
}

/** A key that could reach a prototype if the result were ever copied by assignment. */
function forbiddenKey(value: unknown): string | null {
	if (Array.isArray(value)) {
		for (const item of value) {
			const found = forbiddenKey(item);
			if (found) return found;
		}
	} else if (typeof value === 'object' && value !== null) {
		for (const key of Object.keys(value)) {
			if (key === '__proto__' || key === 'constructor' || key === 'prototype') return key;
			const found = forbiddenKey((value as Record<string, unknown>)[key]);
			if (found) return found;
		}
	}
	return null;
}
