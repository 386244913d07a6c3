/** Finished tests on the small bank, as a student's result file would record them. */
import type { Bank } from '$lib/core/bank/schema';
import { makeResult, type TestResult } from '$lib/core/quiz/results';
import { answerTest, testAnswerMode, type TestAnswer, type TestState } from '$lib/core/quiz/test-mode';

export const T0 = Date.UTC(2021, 1, 3, 9, 0, 0);

/**
 * An answer as result files record it. `self` is a flashcard the student
 * marked themselves, as tests did before flashcards were left out of them:
 * files from then still reach the teacher and must still add up.
 */
export type TakenAnswer = TestAnswer | { kind: 'self'; correct: boolean };

/** One student's finished test on the first `count` (10) questions of the bank in bank order, answering in turn with `answers`. */
export function take(bank: Bank, student: string, answers: TakenAnswer[], startMs = T0, count = 10): TestResult {
	const items = bank.questions.slice(0, count).map((question) => ({
		question,
		mode: testAnswerMode(question),
		...(question.type === 'mcq' && question.choices ? { choices: [...question.choices] } : {}),
		response: null
	}));
	let state: TestState = { bankId: bank.id, items, current: 0, startedAtMs: startMs, finishedAtMs: null, timeLimitSec: null, timedOut: false };
	answers.forEach((answer, i) => {
		const at = startMs + (i + 1) * 10_000;
		state = answer.kind === 'self' ? selfMarked(state, answer.correct, at) : answerTest(state, answer, at);
	});
	return makeResult(bank, state, student);
}

/** The current question marked by the student, moving on as a test did. */
function selfMarked(state: TestState, correct: boolean, at: number): TestState {
	const response = { given: '', correct, reason: `Marked ${correct ? 'right' : 'wrong'} by the learner.`, selfMarked: true, answeredAtMs: at };
	const items = state.items.map((item, i) => (i === state.current ? { ...item, response } : item));
	const current = state.current + 1;
	return { ...state, items, current, finishedAtMs: current >= items.length ? at : null };
}

/** Every question of the small bank answered right, in bank order. */
export const ALL_RIGHT: TakenAnswer[] = [
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
