/**
 * Partial credit, as Moodle counts it: each choice carries a weight in
 * percent, a picked set of choices earns the sum of their weights, and the
 * mark is held between nothing and full marks.
 */
import type { Question } from '../bank/schema';
import { withoutHarmlessDifferences } from './harmless-differences';

/**
 * Weights such as 33.33333% add up to a hair under 100, so a share this close
 * to full counts as full, and one this close to nothing as nothing.
 */
const SLACK = 1e-4;

/** A share of the marks held to 0..1, with near-full and near-none snapped to the ends. */
export function clampCredit(share: number): number {
	if (!Number.isFinite(share) || share <= SLACK) return 0;
	return share >= 1 - SLACK ? 1 : share;
}

/** A credit as people read it: "50%", "33.3%". */
export function creditText(credit: number): string {
	return `${Number((credit * 100).toFixed(1))}%`;
}

/** Where `choice` sits among the question's choices (compared as the grader compares text), or -1. */
export function choiceIndex(question: Question, choice: string): number {
	const wanted = withoutHarmlessDifferences(choice);
	return (question.choices ?? []).findIndex((c) => withoutHarmlessDifferences(c) === wanted);
}

/** The credit one picked choice of a weighted multiple choice question earns; 0 without weights. */
export function choiceCredit(question: Question, choice: string): number {
	const at = choiceIndex(question, choice);
	return at < 0 || !question.weights ? 0 : clampCredit((question.weights[at] ?? 0) / 100);
}
