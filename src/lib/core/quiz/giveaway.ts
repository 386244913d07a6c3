/**
 * Which questions give each other away, and a question order in which none
 * sits next to one that does. Two questions of one fact ask the same thing;
 * a prompt that contains another question's answer hands it over. Print and
 * tests both take one question per fact, then order them with `keepApart`.
 */
import type { Question } from '../bank/schema';
import { answerText } from './grade';

/** Answers shorter than this (after folding) match inside too many prompts by chance to count. */
const MIN_ANSWER_CHARS = 3;

/** Lower case, accents off, every run of non-letters and non-digits one space, padded for whole-word search. */
function folded(text: string): string {
	const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	return ` ${plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** The answers of `question` a reader could spot in another prompt: none for true or false. */
function spottableAnswers(question: Question): string[] {
	if (question.type === 'truefalse') return [];
	return [answerText(question), ...(question.accept ?? [])].map(folded).filter((a) => a.trim().length >= MIN_ANSWER_CHARS);
}

/** Whether `a`'s prompt contains one of `b`'s answers as whole words. */
function revealsAnswerOf(a: Question, b: Question): boolean {
	const prompt = folded(a.prompt);
	return spottableAnswers(b).some((answer) => prompt.includes(answer));
}

/** Whether the two questions give each other away: same fact, or either prompt contains the other's answer. */
export function givesAway(a: Question, b: Question): boolean {
	return a.fact === b.fact || revealsAnswerOf(a, b) || revealsAnswerOf(b, a);
}

/** The first question of each fact, in the given order: one variant per fact. */
export function onePerFact<Q extends Pick<Question, 'fact'>>(questions: readonly Q[]): Q[] {
	const seen = new Set<string>();
	return questions.filter((q) => !seen.has(q.fact) && (seen.add(q.fact), true));
}

/**
 * The same questions, as close to the given order as possible, with no two
 * neighbours giving each other away: each place takes the earliest question
 * left that does not clash with the one before it; a question that had to be
 * placed next to one it clashes with (nothing else was left) then moves to
 * the first gap where it clashes with neither side. Only when no such gap
 * exists (a bank with nothing to put between them) does a clash remain.
 */
export function keepApart(questions: readonly Question[]): Question[] {
	const left = [...questions];
	const out: Question[] = [];
	while (left.length > 0) {
		const previous = out.at(-1);
		const at = previous ? left.findIndex((q) => !givesAway(previous, q)) : 0;
		out.push(left.splice(Math.max(0, at), 1)[0]);
	}
	for (let i = 1; i < out.length; i++) {
		if (!givesAway(out[i - 1], out[i])) continue;
		const [moved] = out.splice(i, 1);
		const gap = [...Array(out.length + 1).keys()].find((j) => j !== i && fitsBetween(moved, out[j - 1], out[j]));
		out.splice(gap ?? i, 0, moved);
	}
	return out;
}

/** Whether `q` can stand between `before` and `after` (either may be absent) without a clash. */
function fitsBetween(q: Question, before: Question | undefined, after: Question | undefined): boolean {
	return !(before && givesAway(before, q)) && !(after && givesAway(q, after));
}

/** Index pairs of neighbours that give each other away (empty when the order is clean). */
export function clashingNeighbours(questions: readonly Question[]): [number, number][] {
	const pairs: [number, number][] = [];
	for (let i = 1; i < questions.length; i++) if (givesAway(questions[i - 1], questions[i])) pairs.push([i - 1, i]);
	return pairs;
}
