/**
 * The `answer` text of the question types whose key lives in other fields
 * (choices with weights, pairs, numbers). Every page, report and file that
 * shows an answer reads `answer`, so these types keep it as the readable
 * form of their key, and validation holds it equal to what these give.
 */
import type { AcceptedNumber, MatchPair } from './schema';

/** Between a left and a right item in a matching question's answer text. */
export const MATCH_ARROW = ' → ';

/** The choices that earn credit, one per line: the answer of a `multi` question. */
export function multiAnswerText(choices: readonly string[], weights: readonly number[]): string {
	return choices.filter((_, i) => (weights[i] ?? 0) > 0).join('\n');
}

/** "left → right" per asked pair, one per line: the answer of a `matching` question. */
export function matchingAnswerText(pairs: readonly MatchPair[]): string {
	return pairs
		.filter((p) => p.left.trim() !== '')
		.map((p) => `${p.left}${MATCH_ARROW}${p.right}`)
		.join('\n');
}

/** The first number with full credit, as the answer of a `numerical` question; undefined without one. */
export function fullCreditNumber(numbers: readonly AcceptedNumber[]): AcceptedNumber | undefined {
	return numbers.find((n) => n.credit >= 100);
}
