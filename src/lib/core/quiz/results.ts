/**
 * Test results going back to the teacher with no server: the student exports
 * a small JSON file, the teacher imports many and sees, per question, the
 * share correct and the most common wrong answers. A result is tied to the
 * bank's content hash, so answers to another version are never mixed in.
 */
import * as v from 'valibot';
import type { Bank } from '../bank/schema';
import { contentHash } from '../bank/hash';
import { nestedTooDeep, TOO_DEEP } from '../bank/depth';
import { toCsv, type CsvCell } from '../share/csv';
import { answerText } from './grade';
import { testDurationMs, type TestState } from './test-mode';

export const RESULT_FORMAT = 'factdeck.result';
export const RESULT_VERSION = 1;
/** A real result is a few kilobytes; anything this large is not one. */
export const MAX_RESULT_CHARS = 1_000_000;
const MAX_NAME = 100;
const MAX_GIVEN = 1000;

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
	score: v.strictObject({ correct: count, total: count }),
	answers: v.pipe(
		v.array(
			v.strictObject({
				questionId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(120)),
				given: v.pipe(v.string(), v.maxLength(MAX_GIVEN)),
				correct: v.boolean(),
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
		score: { correct: answers.filter((a) => a.correct).length, total: answers.length },
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
	const correct = result.answers.filter((a) => a.correct).length;
	if (result.score.total !== result.answers.length || result.score.correct !== correct) {
		return { ok: false, error: 'This test result is not valid: its score does not match its answers.' };
	}
	return { ok: true, result: { ...result, student: cleanName(result.student) } };
}

export interface QuestionStat {
	questionId: string;
	/** Position in the bank, from 1. */
	number: number;
	prompt: string;
	answer: string;
	/** How many students were asked it. */
	answered: number;
	correct: number;
	/** correct / answered, from 0 to 1; null when nobody was asked it. */
	shareCorrect: number | null;
	/** The three most common wrong answers, grouped ignoring case and spacing. */
	commonWrong: { answer: string; count: number }[];
}

export interface StudentScore {
	student: string;
	startedAt: string;
	/** With the name, it tells the stored result apart (see storage's resultKey). */
	finishedAt: string;
	correct: number;
	total: number;
	percent: number;
	durationMs: number;
}

export interface ResultsAggregate {
	bankId: string;
	perQuestion: QuestionStat[];
	perStudent: StudentScore[];
	/** Results left out, and why: another bank, another version of it, or imported twice. */
	foreign: { student: string; reason: string }[];
}

const names = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Class statistics over the results that belong to this exact bank; the others are listed, not counted. */
export function aggregateResults(bank: Bank, results: readonly TestResult[]): ResultsAggregate {
	const hash = contentHash(bank);
	const ids = new Set(bank.questions.map((q) => q.id));
	const seen = new Set<string>();
	const foreign: ResultsAggregate['foreign'] = [];
	const counted: TestResult[] = [];
	for (const result of results) {
		const reason = foreignReason(result, bank, hash, ids, seen);
		if (reason) foreign.push({ student: result.student, reason });
		else counted.push(result);
	}
	const perQuestion = bank.questions.map((question, i) => {
		const answers = counted.flatMap((r) => r.answers.filter((a) => a.questionId === question.id));
		const correct = answers.filter((a) => a.correct).length;
		const wrong = answers.filter((a) => !a.correct).map((a) => a.given);
		return {
			questionId: question.id,
			number: i + 1,
			prompt: question.prompt,
			answer: answerText(question),
			answered: answers.length,
			correct,
			shareCorrect: answers.length ? correct / answers.length : null,
			commonWrong: commonAnswers(wrong, 3)
		};
	});
	const perStudent = counted
		.map(studentScore)
		.sort((a, b) => names.compare(a.student, b.student) || a.startedAt.localeCompare(b.startedAt));
	return { bankId: bank.id, perQuestion, perStudent, foreign };
}

/** One result's line in the class list: who, when, and how well. */
export function studentScore(r: TestResult): StudentScore {
	return {
		student: r.student,
		startedAt: r.startedAt,
		finishedAt: r.finishedAt,
		correct: r.score.correct,
		total: r.score.total,
		percent: r.score.total ? Math.round((100 * r.score.correct) / r.score.total) : 0,
		durationMs: r.durationMs
	};
}

/** The whole aggregate as CSV: questions, then students, then any results left out. */
export function resultsCsv(aggregate: ResultsAggregate): string {
	const rows: CsvCell[][] = [
		['Question', 'Prompt', 'Answer', 'Answered', 'Correct', 'Share correct (%)', 'Wrong answer 1', 'Count 1', 'Wrong answer 2', 'Count 2', 'Wrong answer 3', 'Count 3']
	];
	for (const q of aggregate.perQuestion) {
		const share = q.shareCorrect === null ? null : Math.round(q.shareCorrect * 100);
		rows.push([q.number, q.prompt, q.answer, q.answered, q.correct, share, ...q.commonWrong.flatMap((w) => [w.answer, w.count])]);
	}
	rows.push([], ['Student', 'Started', 'Correct', 'Total', 'Percent', 'Time (s)']);
	for (const s of aggregate.perStudent) {
		rows.push([s.student, s.startedAt, s.correct, s.total, s.percent, Math.round(s.durationMs / 1000)]);
	}
	if (aggregate.foreign.length) {
		rows.push([], ['Left out', 'Reason']);
		for (const f of aggregate.foreign) rows.push([f.student, f.reason]);
	}
	return toCsv(rows);
}

function foreignReason(result: TestResult, bank: Bank, hash: string, ids: Set<string>, seen: Set<string>): string | null {
	if (result.bankId !== bank.id) return `made for another bank ("${result.bankId}")`;
	if (result.bankHash !== hash) return 'made for another version of this bank: it was edited after this test was taken';
	if (result.answers.some((a) => !ids.has(a.questionId))) return 'answers questions this bank does not have';
	const key = JSON.stringify([result.student, result.startedAt, result.finishedAt]);
	if (seen.has(key)) return 'the same result was imported twice';
	seen.add(key);
	return null;
}

/** Answers grouped ignoring case and spacing, most frequent first; each shown in its most common spelling. */
function commonAnswers(answers: readonly string[], limit: number): { answer: string; count: number }[] {
	const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
	for (const raw of answers) {
		const shown = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
		if (shown === '') continue; // self-marked or left blank: nothing to show
		const key = shown.toLowerCase();
		const group = groups.get(key) ?? { count: 0, spellings: new Map<string, number>() };
		group.count++;
		group.spellings.set(shown, (group.spellings.get(shown) ?? 0) + 1);
		groups.set(key, group);
	}
	// Map order is first-seen order, and sort is stable, so ties keep it.
	return [...groups.values()]
		.sort((a, b) => b.count - a.count)
		.slice(0, limit)
		.map((g) => ({ answer: [...g.spellings].sort((a, b) => b[1] - a[1])[0][0], count: g.count }));
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
