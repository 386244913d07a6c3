/**
 * The key of a Moodle question (its answers with their credit) as the fields
 * of a Factdeck question. Shared by the question types of Moodle XML and the
 * gaps of a cloze ("multianswer") question, which carry the same answers in
 * another syntax.
 */
import { multiAnswerText } from '../bank/derived-answer';
import type { AcceptedNumber } from '../bank/schema';
import type { Draft } from './build';

/** One answer as Moodle gives it: its text, the percent of credit it earns, its feedback; a number's tolerance. */
export interface Alternative {
	text: string;
	credit: number;
	feedback: string;
	tolerance?: number;
}

/** The key's fields, with the simplifications made; or why the key cannot be one of ours. */
export type Key = { ok: true; fields: Partial<Draft> & Pick<Draft, 'type' | 'answer'>; feedback: string[]; warnings: string[] } | { ok: false; reason: string };

const quote = (t: string) => JSON.stringify(t);
const list = (alts: Alternative[]) => alts.map((a) => `${quote(a.text)} (${Number(a.credit.toFixed(4))}%)`).join(', ');
const FULL = 100;

/** Feedback lines for the explanation: the right answer's, then each other answer's, named. */
function feedbackOf(right: Alternative[], others: Alternative[]): string[] {
	return [...right.map((a) => a.feedback), ...others.filter((a) => a.feedback).map((a) => `${a.text}: ${a.feedback}`)].filter((f) => f.trim());
}

/** Answers to pick from: one right answer (`mcq`, with weights for partial credit) or several (`multi`). */
export function choiceKey(all: Alternative[], multiple: boolean): Key {
	const warnings: string[] = [];
	const alts = all.filter((a) => a.text.trim());
	if (alts.length < all.length) warnings.push(`${all.length - alts.length} empty answer(s) left out`);
	if (multiple) {
		const weights = alts.map((a) => a.credit);
		if (!weights.some((w) => w > 0)) return { ok: false, reason: 'no answer earns credit, so none is right' };
		const choices = alts.map((a) => a.text);
		const right = alts.filter((a) => a.credit > 0);
		return {
			ok: true,
			fields: { type: 'multi', choices, weights, answer: multiAnswerText(choices, weights) },
			feedback: feedbackOf(
				right,
				alts.filter((a) => a.credit <= 0)
			),
			warnings
		};
	}
	const full = alts.filter((a) => a.credit >= FULL);
	if (full.length === 0) {
		const best = alts.reduce((top, a) => Math.max(top, a.credit), -Infinity);
		return { ok: false, reason: alts.length ? `no answer earns full credit (the best earns ${Number(best.toFixed(4))}%)` : 'it has no answers' };
	}
	const [answer, ...alsoRight] = full;
	if (alsoRight.length) warnings.push(`several answers earn full credit: ${quote(answer.text)} is kept as the answer and ${list(alsoRight)} left out`);
	const kept = alts.filter((a) => !alsoRight.includes(a));
	const weights = kept.map((a) => (a === answer ? FULL : a.credit));
	const fields: Key & { ok: true } = {
		ok: true,
		fields: { type: 'mcq', choices: kept.map((a) => a.text), answer: answer.text },
		feedback: feedbackOf(
			[answer],
			kept.filter((a) => a !== answer)
		),
		warnings
	};
	if (weights.some((w, i) => kept[i] !== answer && w !== 0)) fields.fields.weights = weights;
	return fields;
}

/** Typed answers: the first with full credit is the answer, the others with full credit accepted too. */
export function typedKey(all: Alternative[], caseSensitive: boolean): Key {
	const warnings: string[] = [];
	const alts = all.filter((a) => a.text.trim());
	const anything = alts.filter((a) => a.text.trim() === '*');
	if (anything.some((a) => a.credit > 0)) warnings.push(`"*" (any answer) earns ${list(anything)}; not kept`);
	const answers = alts.filter((a) => a.text.trim() !== '*');
	const full = answers.filter((a) => a.credit >= FULL);
	if (full.length === 0) return { ok: false, reason: answers.length ? `no answer earns full credit (${list(answers)})` : 'it has no answers' };
	const partial = answers.filter((a) => a.credit > 0 && a.credit < FULL);
	if (partial.length) warnings.push(`partial credit is not kept: ${list(partial)} ${partial.length === 1 ? 'is' : 'are'} not accepted`);
	if (full.some((a) => a.text.includes('*'))) warnings.push('"*" inside an answer is a wildcard in Moodle; here it is read as the character itself');
	if (caseSensitive) warnings.push('Moodle compares this answer with case; Factdeck does not');
	const [answer, ...accept] = full;
	return { ok: true, fields: { type: 'short', answer: answer.text, accept: accept.map((a) => a.text) }, feedback: feedbackOf([answer], []), warnings };
}

/** A number as Moodle writes one (a decimal comma read as a point); NaN when it is not one. */
export function readNumber(text: string): number {
	const t = text.trim().replace(',', '.');
	return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : NaN;
}

/** Numbers within tolerances: each answer an accepted number with its credit; the first with full credit is the answer. */
export function numberKey(all: Alternative[]): Key {
	const warnings: string[] = [];
	const numbers: AcceptedNumber[] = [];
	const texts: string[] = [];
	for (const a of all) {
		const value = readNumber(a.text);
		if (a.text.trim() === '*') {
			if (a.credit > 0) warnings.push(`"*" (any number) earns ${Number(a.credit.toFixed(4))}%; not kept`);
		} else if (!Number.isFinite(value)) warnings.push(`${quote(a.text)} is not a number; left out`);
		else if (a.credit < 0) warnings.push(`${quote(a.text)} takes credit away (${a.credit}%); left out`);
		else {
			numbers.push({ value, tolerance: Math.abs(a.tolerance ?? 0), credit: Math.min(a.credit, FULL) });
			texts.push(a.text.trim());
		}
	}
	const at = numbers.findIndex((n) => n.credit >= FULL);
	if (at < 0) return { ok: false, reason: numbers.length ? 'no number earns full credit' : 'it has no number for an answer' };
	const answer = readNumber(texts[at]) === Number(texts[at]) ? texts[at] : String(numbers[at].value);
	const right = all.filter((a) => a.credit >= FULL).slice(0, 1);
	return { ok: true, fields: { type: 'numerical', numbers, answer }, feedback: feedbackOf(right, []), warnings };
}
