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
import { gradeChoice, gradeTyped, type Verdict } from './grade';
import { gradeMatching, gradeMulti, readMatchingGiven, readMultiGiven } from './grade-kinds';
import { withoutHarmlessDifferences } from './harmless-differences';
import type { TestResult } from './result-format';
import { responseCredit, sumCredit, testAnswerMode } from './test-mode';

/** Credits closer than this are the same mark written with different rounding. */
const CREDIT_SLACK = 0.005;
import { truthWord } from './answer-text';

type GivenAnswer = TestResult['answers'][number];

/** One answer as the teacher's bank grades it, beside what the file claimed. */
export interface RegradedAnswer {
	questionId: string;
	given: string;
	/** As re-graded: fully right. */
	correct: boolean;
	/** As re-graded: the share of the marks, 0 to 1, what every count uses. */
	credit: number;
	/** What the file claimed. */
	claimed: boolean;
	/** The share of the marks the file claimed. */
	claimedCredit: number;
	/** Shown, then marked right or wrong by the student: the claim is all there is, and it stands. */
	selfMarked: boolean;
	/** Why the answer cannot be one the test records for this question, when it cannot. */
	note?: string;
}

/** A whole result re-graded: its answers, the re-graded score and what was claimed. */
export interface RegradedResult {
	answers: RegradedAnswer[];
	/** Marks re-graded: the sum of the answers' credit. */
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
		correct: sumCredit(answers.map((a) => a.credit)),
		total: answers.length,
		claimedCorrect: sumCredit(answers.map((a) => a.claimedCredit)),
		differing: answers.filter((a) => Math.abs(a.credit - a.claimedCredit) > CREDIT_SLACK).length
	};
}

/** One answer graded as the test grades `question`; an answer to no question of the bank is wrong. */
export function regradeAnswer(answer: GivenAnswer, question: Question | undefined): RegradedAnswer {
	const claimedCredit = responseCredit(answer);
	const base = { questionId: answer.questionId, given: answer.given, claimed: answer.correct, claimedCredit };
	if (!question) return { ...base, correct: false, credit: 0, selfMarked: false, note: 'not a question of this bank' };
	const mode = testAnswerMode(question);
	if (mode === 'reveal' && answer.selfMarked) return { ...base, correct: answer.correct, credit: claimedCredit, selfMarked: true };
	const { correct, credit } = gradeGiven(answer.given, question, mode);
	const note = answer.selfMarked ? `self-marked, but the test grades this ${question.type} question` : misfit(answer.given, question, mode);
	return note ? { ...base, correct, credit, selfMarked: false, note } : { ...base, correct, credit, selfMarked: false };
}

/** Grades an answer as a test recorded it (one text: the choice, the typed text, ticked choices or matches one per line). */
export function gradeGiven(given: string, question: Question, mode: AnswerMode = testAnswerMode(question)): Verdict {
	if (mode === 'choice' || mode === 'truefalse') return gradeChoice(given, question);
	if (mode === 'multi') return gradeMulti(readMultiGiven(given), question);
	if (mode === 'matching') return gradeMatching(readMatchingGiven(given, question), question);
	return gradeTyped(given, question);
}

/** A picked answer that the test could not have offered for this question. */
function misfit(given: string, question: Question, mode: AnswerMode): string | undefined {
	if (withoutHarmlessDifferences(given) === '') return undefined; // left blank: simply wrong
	if (mode === 'choice' && !(question.choices ?? []).some((c) => withoutHarmlessDifferences(c) === withoutHarmlessDifferences(given)))
		return 'not one of the choices';
	if (mode === 'truefalse' && truthWord(given) === undefined) return 'neither true nor false';
	return undefined;
}
