/**
 * Grading the question types answered with more than one pick: choose all
 * that apply (the ticked choices earn the sum of their weights, held between
 * nothing and full marks, as Moodle grades them) and matching (the share of
 * left items matched to their right item). Each says why, and which picks
 * were right, so the page can mark them.
 */
import type { Question } from '../bank/schema';
import { MATCH_ARROW } from '../bank/derived-answer';
import { answerText } from './answer-text';
import { choiceIndex, clampCredit, creditText } from './credit';
import type { Verdict } from './verdict';

/** How one choice of a choose all that apply question came out: ticked and right, ticked and wrong, right but not ticked, or neither. */
export type ChoiceMark = 'right' | 'wrong' | 'missed' | 'none';

/** The marks of every choice, in the question's order, for the ticked `ticked` indexes. */
export function choiceMarks(question: Question, ticked: ReadonlySet<number>): ChoiceMark[] {
	return (question.choices ?? []).map((_, i) => {
		const right = (question.weights?.[i] ?? 0) > 0;
		if (ticked.has(i)) return right ? 'right' : 'wrong';
		return right ? 'missed' : 'none';
	});
}

/** Grades the ticked choices (their text) of a choose all that apply question. */
export function gradeMulti(ticked: readonly string[], question: Question): Verdict {
	const expected = answerText(question);
	const picked = new Set(ticked.map((c) => choiceIndex(question, c)).filter((i) => i >= 0));
	if (picked.size === 0) return { correct: false, credit: 0, reason: 'Nothing ticked.', expected };
	const weights = question.weights ?? [];
	const credit = clampCredit([...picked].reduce((sum, i) => sum + (weights[i] ?? 0), 0) / 100);
	const marks = choiceMarks(question, picked);
	const count = (m: ChoiceMark) => marks.filter((x) => x === m).length;
	const [right, wrong, missed] = [count('right'), count('wrong'), count('missed')];
	if (credit === 1 && wrong === 0) return { correct: true, credit, reason: `All ${right} right choices ticked.`, expected };
	const parts = [`${right} of ${right + missed} right choices ticked`];
	if (wrong) parts.push(`${wrong} wrong ${wrong === 1 ? 'one' : 'ones'} ticked`);
	const worth = credit === 1 ? 'full marks' : credit > 0 ? creditText(credit) : 'no credit';
	return { correct: credit === 1, credit, reason: `${parts.join(', ')}: ${worth}.`, expected };
}

/** One left item and the right item the learner matched it with ('' when left unmatched). */
export interface Match {
	left: string;
	right: string;
}

/** The asked pairs of a matching question: those with a left item. */
export function askedPairs(question: Question): { left: string; right: string }[] {
	return (question.pairs ?? []).filter((p) => p.left.trim() !== '');
}

/** Grades a learner's matches: the share of left items matched to their right item. */
export function gradeMatching(matches: readonly Match[], question: Question): Verdict {
	const expected = answerText(question);
	const asked = askedPairs(question);
	if (asked.length === 0) return { correct: false, credit: 0, reason: 'This question has nothing to match.', expected };
	const chosen = new Map(matches.map((m) => [m.left.trim(), m.right.trim()]));
	const right = asked.filter((p) => chosen.get(p.left.trim()) === p.right.trim()).length;
	const credit = clampCredit(right / asked.length);
	if (credit === 1) return { correct: true, credit, reason: `All ${asked.length} matched right.`, expected };
	const worth = credit > 0 ? creditText(credit) : 'no credit';
	return { correct: false, credit, reason: `${right} of ${asked.length} matched right: ${worth}.`, expected };
}

/** The ticked choices as one text, one per line: how a test records them. */
export function multiGiven(ticked: readonly string[]): string {
	return ticked.join('\n');
}

/** The ticked choices back from their recorded text. */
export function readMultiGiven(given: string): string[] {
	return given
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
}

/** Matches as one text, "left → right" per line as the answer is written: how a test records them. */
export function matchingGiven(matches: readonly Match[]): string {
	return matches.map((m) => `${m.left}${MATCH_ARROW}${m.right}`).join('\n');
}

/** The matches back from their recorded text, for the question's own left items (a left item may hold the arrow itself). */
export function readMatchingGiven(given: string, question: Question): Match[] {
	const lines = given.split('\n');
	return askedPairs(question).map(({ left }) => {
		const line = lines.find((l) => l.startsWith(`${left}${MATCH_ARROW}`));
		return { left, right: line ? line.slice(left.length + MATCH_ARROW.length) : '' };
	});
}

/** An answer given by picking several things: the choices ticked, or the matches made. */
export type PickedAnswer = { kind: 'multi'; ticked: string[] } | { kind: 'matching'; matches: Match[] };

/** Grades a picked answer by its kind. */
export function gradePicked(answer: PickedAnswer, question: Question): Verdict {
	return answer.kind === 'multi' ? gradeMulti(answer.ticked, question) : gradeMatching(answer.matches, question);
}

/** A picked answer as one text, as tests and results record it. */
export function pickedGiven(answer: PickedAnswer): string {
	return answer.kind === 'multi' ? multiGiven(answer.ticked) : matchingGiven(answer.matches);
}
