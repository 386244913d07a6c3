/**
 * Grading one answer: lenient for typed text, exact for picked choices, and
 * always with a sentence telling the learner why the answer counted or not.
 */
import type { Question } from '../bank/schema';
import { Rating } from '../srs/types';
import { findLeniencies, leniencyCost, LENIENCIES, LENIENCY_LABELS, normalizeVariants } from './normalize';
import { withoutHarmlessDifferences } from './harmless-differences';
import type { Leniency } from './normalize';
import { isDigitForm, numberSpans } from './number-words';
import { sameAnswerReason } from './same-answer';
import { answerText, bareWord, booleanAnswer, truthWord } from './answer-text';
import { choiceCredit, creditText } from './credit';
import { gradeNumerical } from './grade-number';
import type { Verdict } from './verdict';

export { answerText } from './answer-text';
export type { Verdict } from './verdict';

const TYPO_VIEW = new Set(LENIENCIES.filter((l) => l !== 'article'));

/** The accepted text an answer matched, and what had to be overlooked. */
type Match = { text: string; leniencies: Leniency[]; alternative: boolean };

/**
 * Right answers rate Good and wrong ones Again; a partly right one rates Hard,
 * since the learner knew some of it but the card should come back soon. The
 * learner may change any of these afterwards.
 */
export function autoRating(verdict: Verdict): Rating {
	if (verdict.correct) return Rating.Good;
	return verdict.credit > 0 ? Rating.Hard : Rating.Again;
}

/** Grades a typed answer leniently against the answer and the accepted alternatives. */
export function gradeTyped(input: string, question: Question): Verdict {
	const expected = answerText(question);
	const typed = withoutHarmlessDifferences(input);
	if (typed === '') return { credit: 0, correct: false, reason: 'No answer given.', expected };
	if (question.type === 'numerical') return gradeNumerical(typed, question);
	if (booleanAnswer(question) !== undefined) return gradeTypedTrueFalse(typed, question);

	const main = String(question.answer);
	const candidates = [main, ...(question.accept ?? [])];
	let best: Match | undefined;
	candidates.forEach((text, i) => {
		const leniencies = findLeniencies(typed, text);
		if (leniencies && (!best || leniencyCost(leniencies) < leniencyCost(best.leniencies))) {
			best = { text, leniencies, alternative: i > 0 && withoutHarmlessDifferences(text) !== withoutHarmlessDifferences(main) };
		}
	});
	if (best) return { credit: 1, correct: true, reason: acceptedReason(typed, best), expected };
	// Only when no accepted text matches as written: a date, amount or name in another form.
	for (const text of candidates) {
		const reason = sameAnswerReason(typed, withoutHarmlessDifferences(text));
		if (reason) return { credit: 1, correct: true, reason, expected };
	}
	return { credit: 0, correct: false, reason: rejectedReason(typed, candidates, expected), expected };
}

/** Grades a picked option: exact for multiple choice, by truth value for true/false. */
export function gradeChoice(choice: string, question: Question): Verdict {
	if (booleanAnswer(question) !== undefined) {
		const value = truthWord(choice);
		return value === undefined ? wrongChoice(question) : gradeTrueFalse(value, question);
	}
	const expected = answerText(question);
	// The choice was picked from the list, so any difference is a different option.
	if (withoutHarmlessDifferences(choice) === withoutHarmlessDifferences(expected))
		return { credit: 1, correct: true, reason: 'You picked the right answer.', expected };
	return wrongChoice(question, choice);
}

/** Grades a true/false pick against the question's truth value. */
export function gradeTrueFalse(value: boolean, question: Question): Verdict {
	const expected = answerText(question);
	const truth = booleanAnswer(question);
	if (truth === undefined || truth !== value) return wrongChoice(question);
	return { credit: 1, correct: true, reason: `The statement is ${truth ? 'true' : 'false'}.`, expected };
}

function gradeTypedTrueFalse(typed: string, question: Question): Verdict {
	const expected = answerText(question);
	const value = truthWord(typed);
	if (value === undefined) {
		return {
			correct: false,
			credit: 0,
			reason: `"${typed}" is neither true nor false; the statement is ${expected.toLowerCase()}.`,
			expected
		};
	}
	const verdict = gradeTrueFalse(value, question);
	const word = bareWord(typed);
	if (!verdict.correct || word === 'true' || word === 'false') return verdict;
	return { ...verdict, reason: `Accepted: "${typed}" means ${value ? 'true' : 'false'}.` };
}

/** A wrong pick, said plainly: what the statement really is, or which option was the answer. */
function wrongChoice(question: Question, picked?: string): Verdict {
	const expected = answerText(question);
	const truth = booleanAnswer(question);
	const credit = picked === undefined ? 0 : choiceCredit(question, picked);
	if (credit > 0) return { correct: false, credit, reason: `You picked "${picked}", worth ${creditText(credit)}; the answer is "${expected}".`, expected };
	const answer = picked === undefined ? `The answer is "${expected}".` : `You picked "${picked}"; the answer is "${expected}".`;
	const reason = truth === undefined ? answer : `The statement is ${truth ? 'true' : 'false'}.`;
	return { credit: 0, correct: false, reason, expected };
}

function acceptedReason(typed: string, match: Match): string {
	const details: string[] = [];
	if (match.alternative) details.push(`"${match.text}" is an accepted answer`);
	const ignored: Leniency[] = match.leniencies.filter((l) => l !== 'numbers');
	if (match.leniencies.includes('numbers')) {
		const pair = sameNumberPair(typed, match.text);
		if (pair) details.push(`${pair} are the same number`);
		else ignored.push('numbers');
	}
	if (ignored.length === 0 && details.length === 0) return 'Exact match.';
	const lead = ignored.length ? `Accepted, ignoring ${listOf(ignored.map((l) => LENIENCY_LABELS[l]))}` : 'Accepted';
	return details.length ? `${lead}: ${details.join(', and ')}.` : `${lead}.`;
}

/** The first number written two ways, digits first: `3 and "three"`. */
function sameNumberPair(typed: string, target: string): string | undefined {
	const mine = numberSpans(typed);
	const theirs = numberSpans(target);
	for (let i = 0; i < Math.min(mine.length, theirs.length); i++) {
		const [a, b] = [mine[i], theirs[i]];
		if (a.digits !== b.digits || a.raw === b.raw) continue;
		const [first, second] = !isDigitForm(a.raw) && isDigitForm(b.raw) ? [b, a] : [a, b];
		return `${showNumber(first.raw)} and ${showNumber(second.raw)}`;
	}
	return undefined;
}

const showNumber = (raw: string) => (isDigitForm(raw) ? raw : `"${raw}"`);

function listOf(items: string[]): string {
	if (items.length < 2) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function rejectedReason(typed: string, candidates: string[], expected: string): string {
	for (const candidate of candidates) {
		const hint = nearMiss(typed, candidate);
		if (hint) return `Close: ${hint}.`;
	}
	return `The answer is "${expected}".`;
}

/**
 * A hint when the answer is one slip away from `target`. Only slips in
 * letters or spaces count: a digit off is a different number, never a typo.
 */
function nearMiss(typed: string, target: string): string | undefined {
	// Without dropping articles, so that "apart" vs "a part" is seen as the space it is.
	for (const mine of normalizeVariants(typed, TYPO_VIEW)) {
		for (const theirs of normalizeVariants(target, TYPO_VIEW)) {
			const slip = Array.from(theirs).length >= 3 ? oneSlip(Array.from(mine), Array.from(theirs)) : undefined;
			const hint = slip && describeSlip(slip, target);
			if (hint) return hint;
		}
	}
	return undefined;
}

type Slip = { kind: 'differs' | 'short' | 'extra' | 'swapped'; chars: string[] };

function oneSlip(a: string[], b: string[]): Slip | undefined {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const rest = (x: string[], from: number) => x.slice(from).join('');
	if (a.length === b.length) {
		if (i === a.length) return undefined;
		if (rest(a, i + 1) === rest(b, i + 1)) return { kind: 'differs', chars: [a[i], b[i]] };
		if (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2)) {
			return { kind: 'swapped', chars: [a[i], b[i]] };
		}
		return undefined;
	}
	if (a.length + 1 === b.length && rest(a, i) === rest(b, i + 1)) return { kind: 'short', chars: [b[i]] };
	if (a.length === b.length + 1 && rest(a, i + 1) === rest(b, i)) return { kind: 'extra', chars: [a[i]] };
	return undefined;
}

function describeSlip(slip: Slip, target: string): string | undefined {
	const quoted = `"${target}"`;
	if (slip.chars.every((ch) => /\p{L}/u.test(ch))) {
		if (slip.kind === 'differs') return `one letter differs from ${quoted}`;
		if (slip.kind === 'swapped') return `two letters are swapped compared with ${quoted}`;
		if (slip.kind === 'short') return `your answer is one letter short of ${quoted}`;
		return `your answer has one letter more than ${quoted}`;
	}
	if ((slip.kind === 'short' || slip.kind === 'extra') && slip.chars[0] === ' ') {
		return `only a space differs from ${quoted}`;
	}
	return undefined;
}
