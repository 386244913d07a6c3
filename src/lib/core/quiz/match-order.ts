/**
 * The order a matching question offers its right items in. Study shuffles
 * them the same way every time a question is shown (seeded by its id), so the
 * list does not jump about between reviews, yet never gives the answer away by
 * following the left column's order.
 */
import type { Question } from '../bank/schema';
import { hashString } from '../bank/hash';
import { pickIndex, seededRng } from '../srs/rng';

/** The right items of a matching question in the order study offers them. */
export function studyRights(question: Question): string[] {
	return matchingRights(question, seededRng(parseInt(hashString(question.id).slice(0, 8), 36)));
}

/** Every right item of a matching question (extra ones too) once, in an order `rng` decides. */
export function matchingRights(question: Question, rng: () => number): string[] {
	return shuffled([...new Set((question.pairs ?? []).map((p) => p.right).filter(Boolean))], rng);
}

/** Fisher-Yates over a copy. */
export function shuffled<T>(items: readonly T[], rng: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = pickIndex(i + 1, rng);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
