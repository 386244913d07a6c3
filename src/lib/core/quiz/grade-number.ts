/**
 * Grading a number question: the typed text is read as a number, and it earns
 * the credit of the best accepted number it lies within the tolerance of, as
 * Moodle grades numerical answers.
 */
import type { AcceptedNumber, Question } from '../bank/schema';
import { answerText } from './answer-text';
import { clampCredit, creditText } from './credit';
import type { Verdict } from './verdict';
import { readNumber, showNumber } from './read-number';

/** Rounding in the stored numbers (a range kept as middle and half-width) must not reject its own ends. */
const EPSILON = 1e-9;

/** The question's accepted numbers; a question without them accepts its answer read as a number. */
export function acceptedNumbers(question: Question): AcceptedNumber[] {
	if (question.numbers?.length) return question.numbers;
	const read = readNumber(String(question.answer));
	return read ? [{ value: read.value, tolerance: 0, credit: 100 }] : [];
}

const within = (x: number, n: AcceptedNumber) => Math.abs(x - n.value) <= n.tolerance + EPSILON * Math.max(1, Math.abs(n.value));

/** What one accepted number says in a sentence: "3.14", or "3.14 ± 0.01". */
function rangeText(n: AcceptedNumber): string {
	return n.tolerance > 0 ? `${showNumber(n.value)} ± ${showNumber(n.tolerance)}` : showNumber(n.value);
}

/** Grades a typed number against the accepted numbers, with the reason. */
export function gradeNumerical(typed: string, question: Question): Verdict {
	const expected = answerText(question);
	const read = readNumber(typed);
	if (!read) return { correct: false, credit: 0, reason: `"${typed.trim()}" is not a number; the answer is ${expected}.`, expected };
	const accepted = acceptedNumbers(question);
	let best: AcceptedNumber | undefined;
	for (const n of accepted) if (within(read.value, n) && (!best || n.credit > best.credit)) best = n;
	const lead = read.note ? `${read.note}: ` : '';
	const shown = showNumber(read.value);
	const credit = best ? clampCredit(best.credit / 100) : 0;
	if (!best || credit === 0) {
		const full = accepted.find((n) => n.credit >= 100) ?? accepted[0];
		const off = full && full.tolerance > 0 ? ` within ${showNumber(full.tolerance)} of` : '';
		return {
			correct: false,
			credit: 0,
			reason: `${lead}${shown} is not${off} ${full ? showNumber(full.value) : expected}.`.replace(/^./, (c) => c.toUpperCase()),
			expected
		};
	}
	if (credit < 1) {
		return {
			correct: false,
			credit,
			reason: `Partly right: ${lead}${shown} is within ${rangeText(best)}, worth ${creditText(credit)}; the answer is ${expected}.`,
			expected
		};
	}
	if (read.value !== best.value) return { correct: true, credit: 1, reason: `Accepted: ${lead}${shown} is within ${rangeText(best)}.`, expected };
	if (typed.trim() === shown) return { correct: true, credit: 1, reason: 'Exact match.', expected };
	return { correct: true, credit: 1, reason: `Accepted: "${typed.trim()}" is the number ${shown}.`, expected };
}
