/**
 * Test mode as a pure state machine: a fixed set of questions asked one at a
 * time, graded with the lenient grader, under an optional time limit. A test
 * measures and never teaches: nothing here touches cards or the schedule.
 * Every step returns a new state; the old one is left as it was.
 */
import type { Bank, Question } from '../bank/schema';
import { answerMode, type AnswerMode } from '../srs/format-choice';
import { gradeChoice, gradeTrueFalse, gradeTyped, type Verdict } from './grade';
import { gradePicked, pickedGiven, type PickedAnswer } from './grade-kinds';
import { keepApart, onePerFact } from './giveaway';
import { matchingRights, shuffled, studyRights } from './match-order';

export { shuffled } from './match-order';

/** Questions in a test unless the teacher chooses otherwise. */
const DEFAULT_TEST_COUNT = 10;

export interface TestOptions {
	/** How many questions; default 10, or every one of `questionIds`. */
	count?: number;
	/** Random order (and random choice order); default true. */
	shuffle?: boolean;
	/** Seconds allowed for the whole test; none when absent. */
	timeLimitSec?: number;
	/** Ask exactly these questions, e.g. the ones answered wrong last time. */
	questionIds?: string[];
}

/**
 * One answer as the learner gave it. There is no "I was right": a test marks
 * itself, so questions only the learner could mark (flashcards, long cloze)
 * are left out of tests (see `isAutoMarked`).
 */
export type TestAnswer = { kind: 'choice'; choice: string } | { kind: 'truefalse'; value: boolean } | { kind: 'typed'; text: string } | PickedAnswer;

/** What was answered to one question and how it was judged. */
export interface TestResponse {
	/** The answer as given: the choice, "True"/"False", the typed text; empty in attempts self-marked by older versions. */
	given: string;
	/** Fully right. */
	correct: boolean;
	/** Share of the marks, 0 to 1, when only partly right; absent when `correct` says it all (and in older attempts). */
	credit?: number;
	/** The grader's sentence on why it counted or not. */
	reason: string;
	selfMarked: boolean;
	answeredAtMs: number;
}

export interface TestItem {
	question: Question;
	/** How the page asks it; never `reveal` in a test made by this version (see `isAutoMarked`). */
	mode: AnswerMode;
	/** For multiple choice and choose all that apply: the choices in the order shown; for matching: the right items in the order offered. */
	choices?: string[];
	/** Null until answered; stays null if time ran out first. */
	response: TestResponse | null;
}

export interface TestState {
	bankId: string;
	items: TestItem[];
	/** Index of the question being asked; `items.length` once all are answered. */
	current: number;
	startedAtMs: number;
	finishedAtMs: number | null;
	timeLimitSec: number | null;
	/** True when the test ended because its time ran out. */
	timedOut: boolean;
}

/** Starts a test on `bank` at `nowMs`; `rng` decides order and choice order. */
export function createTest(bank: Bank, options: TestOptions, rng: () => number, nowMs: number): TestState {
	const shuffle = options.shuffle ?? true;
	const questions = selectQuestions(bank, options, shuffle, rng);
	const items = questions.map((question): TestItem => {
		const item: TestItem = { question, mode: testAnswerMode(question), response: null };
		if ((question.type === 'mcq' || question.type === 'multi') && question.choices)
			item.choices = shuffle ? shuffled(question.choices, rng) : [...question.choices];
		// A shuffled test offers each student the right items in an order of its own, as it does choices.
		if (question.type === 'matching') item.choices = shuffle ? matchingRights(question, rng) : studyRights(question);
		return item;
	});
	const limit = options.timeLimitSec;
	return {
		bankId: bank.id,
		items,
		current: 0,
		startedAtMs: nowMs,
		finishedAtMs: null,
		timeLimitSec: limit !== undefined && Number.isFinite(limit) && limit > 0 ? limit : null,
		timedOut: false
	};
}

/**
 * How a test asks a question: as in the recall stage of study, so a short
 * cloze is typed and graded, a long one revealed.
 */
export function testAnswerMode(question: Question): AnswerMode {
	return answerMode(question, 'recall');
}

/**
 * Whether a test can mark the question itself. Flashcards and long cloze are
 * only revealed, and a mark the student gives themselves is no mark a class
 * can be compared on, so tests leave them out (study still asks them).
 */
export function isAutoMarked(question: Question): boolean {
	return testAnswerMode(question) !== 'reveal';
}

/** The questions a test may ask, one per fact, in bank order: how many a test can hold at most. */
export function testPool(bank: Bank): Question[] {
	return onePerFact(bank.questions.filter(isAutoMarked));
}

/**
 * Answers the current question and moves on; the last answer finishes the
 * test. An answer after the time is up is not recorded, and the test ends.
 * A finished test leaves the state unchanged.
 */
export function answerTest(state: TestState, answer: TestAnswer, nowMs: number): TestState {
	if (state.finishedAtMs !== null || state.current >= state.items.length) return state;
	if (isTimeUp(state, nowMs)) return finishTest(state, nowMs);
	const item = state.items[state.current];
	const response = judge(item.question, answer, nowMs);
	const items = state.items.map((it, i) => (i === state.current ? { ...it, response } : it));
	const current = state.current + 1;
	return { ...state, items, current, finishedAtMs: current >= items.length ? nowMs : null };
}

/** Ends the test; when the time is up it ends at the deadline and unanswered questions count as wrong. */
export function finishTest(state: TestState, nowMs: number): TestState {
	if (state.finishedAtMs !== null) return state;
	const deadline = deadlineMs(state);
	const timedOut = deadline !== null && nowMs >= deadline;
	return { ...state, finishedAtMs: timedOut ? deadline : nowMs, timedOut };
}

/** Whether the time limit has passed at `nowMs` (never, without a limit). */
export function isTimeUp(state: TestState, nowMs: number): boolean {
	const deadline = deadlineMs(state);
	return deadline !== null && nowMs >= deadline;
}

/** Milliseconds left at `nowMs`, 0 once the time is up; null without a limit. */
export function remainingMs(state: TestState, nowMs: number): number | null {
	const deadline = deadlineMs(state);
	return deadline === null ? null : Math.max(0, deadline - nowMs);
}

/** The question being asked, or null when none is left. */
export function currentItem(state: TestState): TestItem | null {
	return state.finishedAtMs === null ? (state.items[state.current] ?? null) : null;
}

/** The share of the marks a response earned: its credit, or 1 or 0 by `correct`. */
export function responseCredit(response: Pick<TestResponse, 'correct' | 'credit'> | null | undefined): number {
	if (!response) return 0;
	return response.correct ? 1 : (response.credit ?? 0);
}

/** Marks summed over answers, kept to two decimals so that three thirds make 1, not 0.9999999. */
export function sumCredit(credits: readonly number[]): number {
	return Math.round(credits.reduce((a, b) => a + b, 0) * 100) / 100;
}

/** Score so far, summing credit (a half-right question counts 0.5); unanswered questions count as wrong. */
export function testScore(state: TestState): { correct: number; total: number; answered: number; percent: number; durationMs: number } {
	const responses = state.items.map((item) => item.response).filter((r): r is TestResponse => r !== null);
	const correct = sumCredit(responses.map(responseCredit));
	const total = state.items.length;
	return { correct, total, answered: responses.length, percent: total ? Math.round((100 * correct) / total) : 0, durationMs: testDurationMs(state) };
}

/** Time taken: to the finish, or to the last answer while the test is still open. */
export function testDurationMs(state: TestState): number {
	const lastAnswer = Math.max(state.startedAtMs, ...state.items.map((item) => item.response?.answeredAtMs ?? state.startedAtMs));
	return Math.max(0, (state.finishedAtMs ?? lastAnswer) - state.startedAtMs);
}

/** Ids of the questions answered wrong or not at all, in test order: the input to "Retry wrong ones". */
export function wrongQuestionIds(state: TestState): string[] {
	return state.items.filter((item) => !item.response?.correct).map((item) => item.question.id);
}

function deadlineMs(state: TestState): number | null {
	return state.timeLimitSec === null ? null : state.startedAtMs + state.timeLimitSec * 1000;
}

function judge(question: Question, answer: TestAnswer, nowMs: number): TestResponse {
	const base = { selfMarked: false, answeredAtMs: nowMs };
	switch (answer.kind) {
		case 'choice':
			return { ...base, given: answer.choice, ...verdictOf(gradeChoice(answer.choice, question)) };
		case 'truefalse':
			return { ...base, given: answer.value ? 'True' : 'False', ...verdictOf(gradeTrueFalse(answer.value, question)) };
		case 'typed':
			return { ...base, given: answer.text.trim(), ...verdictOf(gradeTyped(answer.text, question)) };
		case 'multi':
		case 'matching':
			return { ...base, given: pickedGiven(answer), ...verdictOf(gradePicked(answer, question)) };
	}
}

/** The verdict as a response keeps it: credit only when partial, so older readers see what they know. */
function verdictOf(verdict: Verdict): Pick<TestResponse, 'correct' | 'credit' | 'reason'> {
	const kept = { correct: verdict.correct, reason: verdict.reason };
	return verdict.credit > 0 && verdict.credit < 1 ? { ...kept, credit: verdict.credit } : kept;
}

/**
 * Picks the questions: only those a test marks itself, one per fact, never
 * two neighbours that give each other away. Exact `questionIds` keep their
 * order unless shuffled (a teacher's fixed test was arranged when fixed).
 */
function selectQuestions(bank: Bank, options: TestOptions, shuffle: boolean, rng: () => number): Question[] {
	const wanted = (fallback: number) => (options.count !== undefined && Number.isFinite(options.count) ? Math.max(1, Math.floor(options.count)) : fallback);
	const eligible = bank.questions.filter(isAutoMarked);
	if (options.questionIds) {
		const byId = new Map(eligible.map((q) => [q.id, q]));
		const chosen = onePerFact([...new Set(options.questionIds)].flatMap((id) => byId.get(id) ?? []));
		return shuffle ? keepApart(shuffled(chosen, rng)).slice(0, wanted(chosen.length)) : chosen.slice(0, wanted(chosen.length));
	}
	const picked = onePerFact(shuffle ? shuffled(eligible, rng) : eligible).slice(0, wanted(DEFAULT_TEST_COUNT));
	if (!shuffle) {
		const position = new Map(bank.questions.map((q, i) => [q.id, i]));
		picked.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
	}
	return keepApart(picked);
}
