/**
 * Cross-field rules of the question types whose key is more than one answer:
 * choose all that apply (`multi`), `matching` and `numerical`, and the
 * partial credit a multiple choice question may carry. validate.ts calls it.
 */
import { fullCreditNumber, matchingAnswerText, multiAnswerText } from './derived-answer';
import type { AcceptedNumber, MatchPair } from './schema';

type Json = Record<string, unknown>;
type Report = (field: string, message: string) => void;

/** Moodle accepts positive weights that add up to 100% within this, so three thirds of 33.33333% pass. */
export const SUM_SLACK = 0.01;

const strings = (xs: unknown): string[] => (Array.isArray(xs) ? xs.filter((x): x is string => typeof x === 'string') : []);
const numbers = (xs: unknown): number[] => (Array.isArray(xs) ? xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)) : []);
const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Which fields belong to which type; any other type carrying them is a mistake worth reporting. */
const OWNED: Record<string, string[]> = { weights: ['mcq', 'multi'], pairs: ['matching'], numbers: ['numerical'] };

function weightProblems(q: Json, report: Report): number[] | undefined {
	if (q.weights === undefined) return undefined;
	const weights = numbers(q.weights);
	const choices = strings(q.choices);
	if (Array.isArray(q.weights) && weights.length === q.weights.length && weights.length !== choices.length) {
		report('weights', `there are ${weights.length} weights for ${choices.length} choices; give one weight per choice`);
		return undefined;
	}
	return weights;
}

function multiProblems(q: Json, report: Report): void {
	const choices = strings(q.choices);
	if (q.choices === undefined) return report('choices', 'a choose all that apply question needs choices');
	if (choices.length < 2) report('choices', `a choose all that apply question needs at least 2 choices, it has ${choices.length}`);
	if (q.weights === undefined) return report('weights', 'a choose all that apply question needs a weight for each choice (100 in all for the right ones)');
	const weights = weightProblems(q, report);
	if (!weights) return;
	const positive = weights.filter((w) => w > 0);
	if (positive.length === 0) return report('weights', 'no choice has a positive weight, so none is right');
	const sum = positive.reduce((a, b) => a + b, 0);
	if (Math.abs(sum - 100) > SUM_SLACK) report('weights', `the right choices' weights add up to ${Number(sum.toFixed(4))}%, not 100%`);
	const expected = multiAnswerText(choices, weights);
	if (typeof q.answer === 'string' && q.answer.trim() !== expected) {
		report('answer', `the answer must list the right choices, one per line: ${quote(expected)}`);
	}
}

function mcqWeightProblems(q: Json, report: Report): void {
	const weights = weightProblems(q, report);
	if (!weights) return;
	const choices = strings(q.choices);
	const at = typeof q.answer === 'string' ? choices.indexOf(q.answer.trim()) : -1;
	if (at >= 0 && weights[at] !== 100) report('weights', `the answer ${quote(choices[at])} must have weight 100, it has ${weights[at]}`);
	if (weights.some((w, i) => i !== at && w >= 100))
		report('weights', 'only the answer may have weight 100; a question with several right answers is choose all that apply');
}

function matchingProblems(q: Json, report: Report): void {
	if (!Array.isArray(q.pairs)) return report('pairs', 'a matching question needs pairs');
	const pairs = q.pairs.filter((p): p is MatchPair => !!p && typeof p === 'object' && typeof p.left === 'string' && typeof p.right === 'string');
	const asked = pairs.filter((p) => p.left.trim() !== '');
	if (asked.length < 2) report('pairs', `a matching question needs at least 2 pairs, it has ${asked.length}`);
	const lefts = new Set<string>();
	for (const p of asked) {
		if (lefts.has(p.left.trim())) report('pairs', `the item ${quote(p.left.trim())} is asked more than once`);
		lefts.add(p.left.trim());
	}
	const expected = matchingAnswerText(pairs.map((p) => ({ left: p.left.trim(), right: p.right.trim() })));
	if (typeof q.answer === 'string' && q.answer.trim() !== expected) report('answer', `the answer must list the pairs, one per line: ${quote(expected)}`);
}

function numericalProblems(q: Json, report: Report): void {
	if (!Array.isArray(q.numbers)) return report('numbers', 'a number question needs its accepted numbers');
	const accepted = q.numbers.filter((n): n is AcceptedNumber => !!n && typeof n === 'object' && typeof n.value === 'number' && typeof n.credit === 'number');
	const full = fullCreditNumber(accepted);
	if (!full) return report('numbers', 'no accepted number has credit 100');
	if (typeof q.answer === 'string' && Number(q.answer.trim()) !== full.value) {
		report('answer', `the answer must be the number with full credit, ${full.value}, not ${quote(q.answer.trim())}`);
	}
}

/** Adds the problems of a question's type-specific key to `report`. */
export function kindProblems(q: Json, report: Report): void {
	for (const [field, types] of Object.entries(OWNED)) {
		if (q[field] !== undefined && !types.includes(String(q.type))) report(field, `only ${types.join(' and ')} questions have ${field}`);
	}
	if (q.type === 'multi') multiProblems(q, report);
	else if (q.type === 'mcq' && q.weights !== undefined) mcqWeightProblems(q, report);
	else if (q.type === 'matching') matchingProblems(q, report);
	else if (q.type === 'numerical') numericalProblems(q, report);
}
