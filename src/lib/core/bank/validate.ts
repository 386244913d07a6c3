/**
 * Checks a bank in full: the valibot schema for shape, then the cross-field
 * rules a schema cannot express. Every problem is reported, each prefixed by
 * its path (`questions[3].choices: ...`), so an author can fix a file in one go.
 */
import * as v from 'valibot';
import { AcceptedNumberSchema, BankSchema, BankSourceSchema, CLOZE_BLANK, MatchPairSchema, QUESTION_TYPES, QuestionSchema, SourceRefSchema } from './schema';
import type { Bank } from './schema';
import { typeName } from './kinds';
import { nestedTooDeep, TOO_DEEP } from './depth';
import { kindProblems } from './validate-kinds';

/** The outcome of validating a bank: the parsed bank, or every problem found. */
export type BankValidation = { ok: true; bank: Bank } | { ok: false; problems: string[] };

type Json = Record<string, unknown>;
type PathPart = string | number;

/** Keys that could reach an object's prototype if a consumer ever copied them by assignment. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const hasOwn = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

/** Formats a path as `questions[3].source.start`. */
function formatPath(parts: readonly PathPart[]): string {
	return parts
		.map((p, i) => {
			if (typeof p === 'number') return `[${p}]`;
			const safe = /^[A-Za-z_$][\w$]*$/.test(p) ? p : JSON.stringify(p);
			return safe === p ? (i === 0 ? p : `.${p}`) : `[${safe}]`;
		})
		.join('');
}

function at(parts: readonly PathPart[], message: string): string {
	return parts.length ? `${formatPath(parts)}: ${message}` : message;
}

const quote = (text: string, max = 60) => JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);

/** Own keys named like prototype members, anywhere in the tree. */
function forbiddenKeyProblems(value: unknown, path: PathPart[], out: string[]): void {
	if (Array.isArray(value)) {
		value.forEach((item, i) => forbiddenKeyProblems(item, [...path, i], out));
	} else if (isRecord(value)) {
		for (const key of Object.keys(value)) {
			if (FORBIDDEN_KEYS.has(key)) out.push(at(path, `the key "${key}" is not allowed`));
			else forbiddenKeyProblems(value[key], [...path, key], out);
		}
	}
}

/** Every unknown field (valibot's strictObject stops at the first one per object). */
function unknownKeyProblems(value: unknown, known: Record<string, unknown>, path: PathPart[], out: string[]): void {
	if (!isRecord(value)) return;
	for (const key of Object.keys(value)) {
		if (!hasOwn(known, key) && !FORBIDDEN_KEYS.has(key)) out.push(at(path, `unknown field ${JSON.stringify(key)}`));
	}
}

function allUnknownKeys(input: Json, out: string[]): void {
	unknownKeyProblems(input, BankSchema.entries, [], out);
	unknownKeyProblems(input.source, BankSourceSchema.entries, ['source'], out);
	if (!Array.isArray(input.questions)) return;
	input.questions.forEach((q, i) => {
		if (!isRecord(q)) return;
		unknownKeyProblems(q, QuestionSchema.entries, ['questions', i], out);
		unknownKeyProblems(q.source, SourceRefSchema.entries, ['questions', i, 'source'], out);
		unknownKeyProblems(q.html, QuestionSchema.entries.html.wrapped.entries, ['questions', i, 'html'], out);
		if (Array.isArray(q.pairs)) q.pairs.forEach((p, j) => unknownKeyProblems(p, MatchPairSchema.entries, ['questions', i, 'pairs', j], out));
		if (Array.isArray(q.numbers)) q.numbers.forEach((n, j) => unknownKeyProblems(n, AcceptedNumberSchema.entries, ['questions', i, 'numbers', j], out));
	});
}

function schemaProblems(issues: readonly v.BaseIssue<unknown>[], out: string[]): void {
	for (const issue of issues) {
		const path = (issue.path ?? []).map((item) => item.key as PathPart);
		if (issue.type === 'strict_object' && issue.expected === 'never') continue;
		const missing = issue.type === 'strict_object' && issue.received === 'undefined';
		out.push(at(path, missing ? 'is missing' : issue.message));
	}
}

function mcqProblems(q: Json, path: PathPart[], out: string[]): void {
	const where = [...path, 'choices'];
	if (q.choices === undefined) return void (q.type === 'mcq' && out.push(at(where, 'a multiple choice question needs choices')));
	if (!Array.isArray(q.choices)) return;
	const choices = q.choices.filter((c): c is string => typeof c === 'string').map((c) => c.trim());
	if (choices.length < 2 && q.type === 'mcq') out.push(at(where, `a multiple choice question needs at least 2 choices, it has ${choices.length}`));
	const seen = new Set<string>();
	for (const choice of choices) {
		const key = choice.toLowerCase();
		if (seen.has(key)) out.push(at(where, `the choice ${quote(choice)} appears more than once`));
		seen.add(key);
	}
	if (typeof q.answer !== 'string' || q.type === 'multi') return;
	const answer = q.answer.trim();
	if (choices.includes(answer)) return;
	const caseOnly = seen.has(answer.toLowerCase()) ? ' (a choice differs only in letter case)' : '';
	out.push(at(where, `the answer ${quote(answer)} is not among the choices${caseOnly}`));
}

function answerTypeProblems(q: Json, path: PathPart[], out: string[]): void {
	const where = [...path, 'answer'];
	const type = QUESTION_TYPES.find((t) => t === q.type);
	if (type === 'truefalse' && typeof q.answer === 'string') {
		out.push(at(where, `the answer of a true or false question must be true or false, not the text ${quote(q.answer)}`));
	} else if (type && type !== 'truefalse' && typeof q.answer === 'boolean') {
		out.push(at(where, `only a true or false question may have true or false as its answer, not a ${typeName(type).toLowerCase()} question`));
	}
}

function sourceProblems(q: Json, bankText: string | undefined, path: PathPart[], out: string[]): void {
	const src = q.source;
	if (!isRecord(src)) return;
	const where = [...path, 'source'];
	if (bankText === undefined) return void out.push(at(where, 'the bank has no source.text for this source to point into'));
	const { start, end, text } = src;
	if (!Number.isInteger(start) || !Number.isInteger(end) || typeof text !== 'string') return;
	const [s, e] = [start as number, end as number];
	if (e < s) return void out.push(at(where, `end (${e}) is before start (${s})`));
	if (e > bankText.length) {
		return void out.push(at(where, `end (${e}) is past the end of the bank's source text (${bankText.length} characters)`));
	}
	const found = bankText.slice(s, e);
	// The schema trims source.text, so compare with what the parsed bank will hold.
	if (found !== text.trim()) {
		out.push(at(where, `the text at ${s}..${e} is ${quote(found)}, not the question's source.text ${quote(text.trim())}`));
	}
}

function crossFieldProblems(input: Json, out: string[]): void {
	const bankText = isRecord(input.source) && typeof input.source.text === 'string' ? input.source.text : undefined;
	if (!Array.isArray(input.questions)) return;
	const firstUse = new Map<string, number>();
	input.questions.forEach((q, i) => {
		if (!isRecord(q)) return;
		const path: PathPart[] = ['questions', i];
		if (typeof q.id === 'string') {
			const first = firstUse.get(q.id);
			if (first === undefined) firstUse.set(q.id, i);
			else out.push(at([...path, 'id'], `duplicate id ${quote(q.id)}, already used by questions[${first}]`));
		}
		answerTypeProblems(q, path, out);
		if (q.type === 'mcq' || q.type === 'multi') mcqProblems(q, path, out);
		kindProblems(q, (field, message) => out.push(at([...path, field], message)));
		if (q.type === 'cloze' && typeof q.prompt === 'string' && !CLOZE_BLANK.test(q.prompt)) {
			out.push(at([...path, 'prompt'], 'a fill in the blank question needs a blank: three or more underscores (____)'));
		}
		sourceProblems(q, bankText, path, out);
	});
}

/** Question index a problem belongs to, so problems read question by question. */
const questionIndex = (problem: string) => Number(/^questions\[(\d+)\]/.exec(problem)?.[1] ?? -1);

/** Validates an already parsed value as a bank: schema first, then cross-field rules; every problem with its path. */
export function validateBank(input: unknown): BankValidation {
	if (!isRecord(input)) return { ok: false, problems: ['the bank must be a JSON object'] };
	if (nestedTooDeep(input)) return { ok: false, problems: [TOO_DEEP] };
	const problems: string[] = [];
	forbiddenKeyProblems(input, [], problems);
	allUnknownKeys(input, problems);
	const parsed = v.safeParse(BankSchema, input);
	if (!parsed.success) schemaProblems(parsed.issues, problems);
	crossFieldProblems(input, problems);
	if (parsed.success && problems.length === 0) return { ok: true, bank: parsed.output };
	if (problems.length === 0) problems.push('the bank does not match the schema');
	const unique = [...new Set(problems)];
	const ordered = unique.map((p, i) => ({ p, i })).sort((a, b) => questionIndex(a.p) - questionIndex(b.p) || a.i - b.i);
	return { ok: false, problems: ordered.map(({ p }) => p) };
}

/** Parses JSON text and validates it as a bank; bad JSON gives one problem, `not JSON: <reason>`. */
export function parseBankJson(text: string): BankValidation {
	let value: unknown;
	try {
		// Editors on Windows often save a byte-order mark, which JSON.parse rejects.
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (err) {
		return { ok: false, problems: [`not JSON: ${err instanceof Error ? err.message : String(err)}`] };
	}
	return validateBank(value);
}
