/** Finished tests on the small bank, as a student's result file would record them. */
import type { Bank } from '$lib/core/bank/schema';
import { makeResult, type TestResult } from '$lib/core/quiz/results';
import { answerTest, createTest, type TestAnswer } from '$lib/core/quiz/test-mode';
import { seededRng } from '$lib/core/srs/rng';

export const T0 = Date.UTC(2021, 1, 3, 9, 0, 0);

/** One student's finished test on the small bank (bank order), answering in turn with `answers`. */
export function take(bank: Bank, student: string, answers: TestAnswer[], startMs = T0, count?: number): TestResult {
	let state = createTest(bank, { shuffle: false, count }, seededRng(1), startMs);
	answers.forEach((answer, i) => {
		state = answerTest(state, answer, startMs + (i + 1) * 10_000);
	});
	return makeResult(bank, state, student);
}

/** Every question of the small bank answered right, in bank order. */
export const ALL_RIGHT: TestAnswer[] = [
	{ kind: 'self', correct: true },
	{ kind: 'typed', text: 'Seoul' },
	{ kind: 'choice', choice: 'Seoul' },
	{ kind: 'truefalse', value: true },
	{ kind: 'typed', text: 'Pyongyang' }
];

/** `result` with its claims rewritten by `claim` and its score made to match, as a forger would. */
export function forged(result: TestResult, claim: (answer: TestResult['answers'][number]) => boolean): TestResult {
	const answers = result.answers.map((a) => ({ ...a, correct: claim(a) }));
	return { ...result, answers, score: { correct: answers.filter((a) => a.correct).length, total: answers.length } };
}
