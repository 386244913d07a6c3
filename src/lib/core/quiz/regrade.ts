/**
 * Re-grading a student's result against the teacher's own bank. A result file
 * is written on the student's device, so its `correct` flags are claims: every
 * given answer is graded again with the grading the test itself uses (lenient
 * for typed text, exact for choices, by truth value for true/false), so an
 * honest result keeps its score and a forged one counts for what was given.
 * The bank's question, never the file, decides how an answer is graded.
 */
import type { Question } from '../bank/schema';
import type { AnswerMode } from '../srs/format-choice';
import { gradeChoice, gradeTyped } from './grade';
import { withoutHarmlessDifferences } from './harmless-differences';
import type { TestResult } from './result-format';
import { testAnswerMode } from './test-mode';
import { truthWord } from './answer-text';

type GivenAnswer = TestResult['answers'][number];

/** One answer as the teacher's bank grades it, beside what the file claimed. */
export interface RegradedAnswer {
	questionId: string;
	given: string;
	/** As re-graded: what every count uses. */
	correct: boolean;
	/** What the file claimed. */
	claimed: boolean;
	/** Shown, then marked right or wrong by the student: the claim is all there is, and it stands. */
	selfMarked: boolean;
	/** Why the answer cannot be one the test records for this question, when it cannot. */
	note?: string;
}

/** A whole result re-graded: its answers, the re-graded score and what was claimed. */
export interface RegradedResult {
	answers: RegradedAnswer[];
	correct: number;
	total: number;
	claimedCorrect: number;
	/** Answers whose claim differs from the re-grade, either way. */
	differing: number;
}

/** Re-grades every answer of `result` against the bank's questions, by id. */
export function regradeResult(result: TestResult, questions: ReadonlyMap<string, Question>): RegradedResult {
	const answers = result.answers.map((answer) => regradeAnswer(answer, questions.get(answer.questionId)));
	return {
		answers,
		correct: answers.filter((a) => a.correct).length,
		total: answers.length,
		claimedCorrect: answers.filter((a) => a.claimed).length,
		differing: answers.filter((a) => a.correct !== a.claimed).length
	};
}

/** One answer graded as the test grades `question`; an answer to no question of the bank is wrong. */
export function regradeAnswer(answer: GivenAnswer, question: Question | undefined): RegradedAnswer {
	const base = { questionId: answer.questionId, given: answer.given, claimed: answer.correct };
	if (!question) return { ...base, correct: false, selfMarked: false, note: 'not a question of this bank' };
	const mode = testAnswerMode(question);
	if (mode === 'reveal' && answer.selfMarked) return { ...base, correct: answer.correct, selfMarked: true };
	const picked = mode === 'choice' || mode === 'truefalse';
	const correct = picked ? gradeChoice(answer.given, question).correct : gradeTyped(answer.given, question).correct;
	const note = answer.selfMarked ? `self-marked, but the test grades this ${question.type} question` : misfit(answer.given, question, mode);
	return note ? { ...base, correct, selfMarked: false, note } : { ...base, correct, selfMarked: false };
}

/** A picked answer that the test could not have offered for this question. */
function misfit(given: string, question: Question, mode: AnswerMode): string | undefined {
	if (withoutHarmlessDifferences(given) === '') return undefined; // left blank: simply wrong
	if (mode === 'choice' && !(question.choices ?? []).some((c) => withoutHarmlessDifferences(c) === withoutHarmlessDifferences(given)))
		return 'not one of the choices';
	if (mode === 'truefalse' && truthWord(given) === undefined) return 'neither true nor false';
	return undefined;
}
