/**
 * The grades Moodle accepts on an answer. Its importer (GIFT and XML alike)
 * refuses a question with any other weight, so a file written for Moodle
 * rounds a weight off this list to the nearest one on it, keeping its sign:
 * a right choice never becomes a neutral one. The list is every p/q for
 * q ≤ 6, every tenth, every 1/q for q ≤ 10, and 1/20, as percentages, and
 * their negatives.
 */
import type { Bank, Question } from '../bank/schema';
import { SUM_SLACK } from '../bank/validate-kinds';

const POSITIVE = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5];

/** Moodle compares fractions to 0.00001: a percentage this close to a grade is that grade. */
const SAME = 0.001;

/** `percent` as Moodle will take it: itself when on the list (to Moodle's precision), else the nearest grade of the same sign. */
export function moodleGrade(percent: number): number {
	if (percent === 0) return 0;
	const size = Math.abs(percent);
	let best = POSITIVE[0];
	for (const grade of POSITIVE) if (Math.abs(grade - size) < Math.abs(best - size)) best = grade;
	if (Math.abs(best - size) < SAME) return percent;
	return Math.sign(percent) * best;
}

/**
 * A question's choice weights as a file for Moodle writes them. The right
 * choices of a choose-all question must still add up to 100%: when rounding
 * would break that (15% and 85% become 14.28571% and 83.33333%), the weights
 * stay as they are, and Moodle will refuse the question (`offGridQuestions`).
 */
export function moodleWeights(question: Question): number[] | undefined {
	const weights = question.weights?.map(moodleGrade);
	if (!weights || question.type !== 'multi') return weights;
	const sum = weights.filter((w) => w > 0).reduce((a, b) => a + b, 0);
	return Math.abs(sum - 100) <= SUM_SLACK ? weights : question.weights;
}

/** The weights a question is written with: choice weights, or a number's credits. */
function gradesOf(question: Question): number[] {
	if (question.type === 'numerical') return (question.numbers ?? []).map((n) => n.credit);
	return question.weights ?? [];
}

/** The 1-based numbers of the questions with partial credit Moodle does not offer: a file for Moodle rounds it, or Moodle refuses them. */
export function offGridQuestions(bank: Bank): number[] {
	return bank.questions.flatMap((q, i) => (gradesOf(q).some((g) => moodleGrade(g) !== g) ? [i + 1] : []));
}
