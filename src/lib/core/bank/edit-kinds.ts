/**
 * The editor's text for the keys of choose all that apply, matching and
 * number questions, and weighted multiple choice: one line per choice, pair
 * or accepted number, read back into the question's fields. The `answer` of
 * these types follows from their key (derived-answer.ts), so it is never typed.
 *
 * Choices: `* Red` is right (the right ones share 100%, and a wrong one ticked
 * takes off as much as a right one gives); `50% Red` or `-100% Green` sets a
 * weight. Pairs: `Cat -> Meow` (or →, =); `-> Moo` alone is an extra right
 * item. Numbers: `3.14`, `3.14 ± 0.01` (or +-), `3..3.3`, each with an
 * optional credit after it: `3 ± 0.5 50%`.
 */
import { fullCreditNumber, MATCH_ARROW, matchingAnswerText, multiAnswerText } from './derived-answer';
import type { AcceptedNumber, MatchPair, Question } from './schema';

const lines = (text: string) =>
	text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);

const round = (x: number) => Number(x.toPrecision(12));
const WEIGHTED = /^(-?\d+(?:\.\d+)?)\s*%\s*(.*)$/;

/** The weights the `*` shorthand gives `count` choices of which `right` are right. */
function starWeights(right: readonly boolean[]): number[] {
	const k = right.filter(Boolean).length;
	return right.map((r) => (k === 0 ? 0 : round((r ? 100 : -100) / k)));
}

/** A multi or weighted mcq's choices as editor lines: `* Red` when the weights are the shorthand's, `50% Red` otherwise. */
export function choiceLines(q: Question): string {
	const choices = q.choices ?? [];
	const weights = q.weights;
	if (!weights) return choices.join('\n');
	const star = starWeights(weights.map((w) => w > 0));
	if (q.type === 'multi' && star.every((w, i) => w === weights[i])) return choices.map((c, i) => (weights[i] > 0 ? `* ${c}` : c)).join('\n');
	return choices.map((c, i) => (weights[i] === 0 || (q.type === 'mcq' && weights[i] === 100) ? c : `${weights[i]}% ${c}`)).join('\n');
}

/** Choices and weights read from editor lines; weights only when a line gives one (or marks one right). */
export function readChoiceLines(text: string, type: Question['type'], answer: string): { choices: string[]; weights?: number[] } {
	const parsed = lines(text).map((line) => {
		const star = /^\*\s*(.*)$/.exec(line);
		if (star) return { text: star[1], star: true, weight: undefined };
		const weighted = WEIGHTED.exec(line);
		return weighted ? { text: weighted[2], star: false, weight: Number(weighted[1]) } : { text: line, star: false, weight: undefined };
	});
	const choices = parsed.map((p) => p.text);
	if (!parsed.some((p) => p.star || p.weight !== undefined)) return { choices };
	if (type === 'mcq') return { choices, weights: parsed.map((p) => p.weight ?? (p.text === answer ? 100 : 0)) };
	const star = starWeights(parsed.map((p) => p.star));
	return { choices, weights: parsed.map((p, i) => p.weight ?? (parsed.some((x) => x.star) ? star[i] : 0)) };
}

/** A matching question's pairs as editor lines. */
export function pairLines(q: Question): string {
	return (q.pairs ?? []).map((p) => (p.left ? `${p.left}${MATCH_ARROW}${p.right}` : `${MATCH_ARROW.trim()} ${p.right}`)).join('\n');
}

/** Pairs read from editor lines; a line without an arrow is a left item with no right one, which validation reports. */
export function readPairLines(text: string): MatchPair[] {
	return lines(text).map((line) => {
		const at = /\s*(?:→|->|=)\s*/.exec(line);
		return at ? { left: line.slice(0, at.index).trim(), right: line.slice(at.index + at[0].length).trim() } : { left: line, right: '' };
	});
}

/** A number question's accepted numbers as editor lines. */
export function numberLines(q: Question): string {
	return (q.numbers ?? []).map((n) => `${round(n.value)}${n.tolerance ? ` ± ${round(n.tolerance)}` : ''}${n.credit === 100 ? '' : ` ${n.credit}%`}`).join('\n');
}

const NUM = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
const NUMBER_LINE = new RegExp(`^(${NUM})\\s*(?:(?:±|\\+-|\\+/-)\\s*(${NUM})|\\.\\.\\s*(${NUM}))?(?:\\s+(${NUM})\\s*%)?$`, 'i');

/** Accepted numbers read from editor lines; a line that is no number becomes NaN, which validation reports. */
export function readNumberLines(text: string): AcceptedNumber[] {
	return lines(text).map((line) => {
		const m = NUMBER_LINE.exec(line.replace(/−/g, '-'));
		if (!m) return { value: NaN, tolerance: 0, credit: 100 };
		const credit = m[4] === undefined ? 100 : Number(m[4]);
		const a = Number(m[1]);
		// A range a..b is kept as its middle and half-width, as Moodle keeps it.
		if (m[3] !== undefined) return { value: round((a + Number(m[3])) / 2), tolerance: round(Math.abs(Number(m[3]) - a) / 2), credit };
		return { value: a, tolerance: m[2] === undefined ? 0 : Math.abs(Number(m[2])), credit };
	});
}

/** The draft's text for the key, read into the question: choices and weights, pairs or numbers, and the answer they give. */
export function applyKindLines(q: Question, text: { choices: string; pairs: string; numbers: string }): void {
	delete q.weights;
	delete q.pairs;
	delete q.numbers;
	if (q.type === 'mcq' || q.type === 'multi') {
		const { choices, weights } = readChoiceLines(text.choices, q.type, String(q.answer));
		q.choices = choices;
		if (weights) q.weights = weights;
		if (q.type === 'multi') q.answer = multiAnswerText(choices, weights ?? []) || '';
	} else if (q.type === 'matching') {
		q.pairs = readPairLines(text.pairs);
		q.answer = matchingAnswerText(q.pairs);
	} else if (q.type === 'numerical') {
		q.numbers = readNumberLines(text.numbers);
		const full = fullCreditNumber(q.numbers.filter((n) => Number.isFinite(n.value)));
		q.answer = full ? String(round(full.value)) : '';
	}
}
