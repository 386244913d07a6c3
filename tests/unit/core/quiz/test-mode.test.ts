import type { Bank, Question } from '$lib/core/bank/schema';
import { seededRng } from '$lib/core/srs/rng';
import {
	answerTest,
	createTest,
	currentItem,
	finishTest,
	isTimeUp,
	remainingMs,
	testAnswerMode,
	testScore,
	wrongQuestionIds,
	type TestAnswer,
	type TestState
} from '$lib/core/quiz/test-mode';
import { realisticBank, smallBank } from '../share/fixtures';

const T0 = Date.UTC(2021, 1, 3, 9, 0, 0);
const ids = (state: TestState) => state.items.map((item) => item.question.id);

/** A right answer for any question of the small bank, in the way the test asks it. */
function rightAnswer(q: Question): TestAnswer {
	if (q.type === 'mcq') return { kind: 'choice', choice: String(q.answer) };
	if (q.type === 'truefalse') return { kind: 'truefalse', value: q.answer === true };
	if (q.type === 'flashcard') return { kind: 'self', correct: true };
	return { kind: 'typed', text: String(q.answer) };
}

function wrongAnswer(q: Question): TestAnswer {
	if (q.type === 'mcq') return { kind: 'choice', choice: q.choices!.find((c) => c !== q.answer)! };
	if (q.type === 'truefalse') return { kind: 'truefalse', value: q.answer !== true };
	if (q.type === 'flashcard') return { kind: 'self', correct: false };
	return { kind: 'typed', text: 'Tokyo' };
}

/** A bank of `facts` facts with `perFact` questions each, all short answers. */
function factBank(facts: number, perFact: number): Bank {
	const questions: Question[] = [];
	for (let f = 0; f < facts; f++) {
		for (let k = 0; k < perFact; k++) {
			questions.push({ id: `q-${f}-${k}`, fact: `fact-${f}`, type: 'short', prompt: `Fact ${f}, form ${k}?`, answer: `answer ${f}` });
		}
	}
	return { format: 'factdeck.bank', version: 1, id: 'facts', title: 'Facts', questions };
}

describe('createTest', () => {
	it('asks 10 questions by default, or the number chosen, or all when the bank has fewer', () => {
		const bank = realisticBank(100);
		expect(createTest(bank, {}, seededRng(1), T0).items).toHaveLength(10);
		expect(createTest(bank, { count: 25 }, seededRng(1), T0).items).toHaveLength(25);
		expect(createTest(smallBank(), { count: 50 }, seededRng(1), T0).items).toHaveLength(5);
		expect(createTest(smallBank(), { count: 0 }, seededRng(1), T0).items).toHaveLength(1);
	});

	it('shuffles the same way for the same seed, differently for another, and never repeats a question', () => {
		const bank = realisticBank(100);
		const a = ids(createTest(bank, { count: 20 }, seededRng(42), T0));
		expect(ids(createTest(bank, { count: 20 }, seededRng(42), T0))).toEqual(a);
		expect(ids(createTest(bank, { count: 20 }, seededRng(43), T0))).not.toEqual(a);
		expect(new Set(a).size).toBe(20);
	});

	it('keeps bank order without shuffle', () => {
		const bank = realisticBank(100);
		const state = createTest(bank, { count: 100, shuffle: false }, seededRng(1), T0);
		expect(ids(state)).toEqual(bank.questions.map((q) => q.id));
		const mcq = state.items.find((item) => item.question.type === 'mcq')!;
		expect(mcq.choices).toEqual(mcq.question.choices);
	});

	it('asks one question per fact before a second on the same fact', () => {
		const bank = factBank(6, 3);
		for (const shuffle of [true, false]) {
			const state = createTest(bank, { count: 6, shuffle }, seededRng(7), T0);
			expect(new Set(state.items.map((item) => item.question.fact)).size).toBe(6);
		}
		const eight = createTest(bank, { count: 8, shuffle: false }, seededRng(7), T0);
		expect(ids(eight)).toEqual(['q-0-0', 'q-0-1', 'q-1-0', 'q-1-1', 'q-2-0', 'q-3-0', 'q-4-0', 'q-5-0']);
	});

	it('shuffles multiple-choice options but keeps them all', () => {
		const bank = realisticBank(100);
		const state = createTest(bank, { count: 100 }, seededRng(5), T0);
		const mcqs = state.items.filter((item) => item.question.type === 'mcq');
		expect(mcqs.length).toBeGreaterThan(5);
		for (const item of mcqs) expect([...item.choices!].sort()).toEqual([...item.question.choices!].sort());
		expect(mcqs.some((item) => item.choices!.join() !== item.question.choices!.join())).toBe(true);
	});

	it('asks exactly the given questions to retry, dropping unknown ids', () => {
		const bank = realisticBank(100);
		const wanted = [bank.questions[3].id, bank.questions[50].id, 'q-gone', bank.questions[7].id];
		const state = createTest(bank, { questionIds: wanted }, seededRng(1), T0);
		expect(ids(state).sort()).toEqual([bank.questions[3].id, bank.questions[50].id, bank.questions[7].id].sort());
		expect(ids(createTest(bank, { questionIds: wanted, shuffle: false }, seededRng(1), T0))).toEqual([wanted[0], wanted[1], wanted[3]]);
	});

	it('ignores a time limit that is not a positive number', () => {
		expect(createTest(smallBank(), { timeLimitSec: 0 }, seededRng(1), T0).timeLimitSec).toBeNull();
		expect(createTest(smallBank(), { timeLimitSec: Number.NaN }, seededRng(1), T0).timeLimitSec).toBeNull();
		expect(createTest(smallBank(), { timeLimitSec: 90 }, seededRng(1), T0).timeLimitSec).toBe(90);
	});
});

describe('answering a test', () => {
	const start = () => createTest(smallBank(), { shuffle: false }, seededRng(1), T0);

	it('grades each type, moves on, and finishes with the last answer', () => {
		let state = start();
		state = answerTest(state, { kind: 'self', correct: true }, T0 + 1000); // flashcard
		state = answerTest(state, { kind: 'typed', text: '  seoul ' }, T0 + 2000); // cloze, lenient
		state = answerTest(state, { kind: 'choice', choice: 'Busan' }, T0 + 3000); // mcq, wrong
		state = answerTest(state, { kind: 'truefalse', value: true }, T0 + 4000);
		expect(state.finishedAtMs).toBeNull();
		expect(currentItem(state)?.question.id).toBe('q-5');
		state = answerTest(state, { kind: 'typed', text: 'Pyeongyang' }, T0 + 5000); // accepted alternative
		expect(state.finishedAtMs).toBe(T0 + 5000);
		expect(currentItem(state)).toBeNull();
		expect(state.items.map((item) => item.response?.correct)).toEqual([true, true, false, true, true]);
		expect(state.items.map((item) => item.response?.given)).toEqual(['', 'seoul', 'Busan', 'True', 'Pyeongyang']);
		expect(state.items[0].response?.selfMarked).toBe(true);
		expect(state.items[2].response?.reason).toContain('Seoul');
		expect(testScore(state)).toEqual({ correct: 4, total: 5, answered: 5, percent: 80, durationMs: 5000 });
		expect(wrongQuestionIds(state)).toEqual(['q-3']);
	});

	it('never changes the state it was given', () => {
		const before = start();
		const copy = structuredClone(before);
		const after = answerTest(before, { kind: 'self', correct: false }, T0 + 10);
		expect(before).toEqual(copy);
		expect(after).not.toBe(before);
		expect(after.items[1]).toBe(before.items[1]);
	});

	it('refuses self-marking a question the grader marks, and answers after the end', () => {
		let state = answerTest(start(), { kind: 'self', correct: true }, T0 + 10);
		state = answerTest(state, { kind: 'typed', text: 'Seoul' }, T0 + 20);
		expect(answerTest(state, { kind: 'self', correct: true }, T0 + 30)).toBe(state); // mcq
		const done = finishTest(state, T0 + 40);
		expect(answerTest(done, { kind: 'choice', choice: 'Seoul' }, T0 + 50)).toBe(done);
		expect(finishTest(done, T0 + 60)).toBe(done);
	});

	it('lets a cloze be revealed and self-marked', () => {
		let state = answerTest(start(), { kind: 'self', correct: true }, T0 + 10);
		state = answerTest(state, { kind: 'self', correct: false }, T0 + 20);
		expect(state.items[1].response).toMatchObject({ correct: false, selfMarked: true });
	});

	it('retries the wrong ones: a new test of exactly those', () => {
		const bank = smallBank();
		let state = createTest(bank, {}, seededRng(9), T0);
		state.items.forEach((item, i) => {
			state = answerTest(state, i % 2 ? wrongAnswer(item.question) : rightAnswer(item.question), T0 + i * 1000);
		});
		const wrong = wrongQuestionIds(state);
		expect(wrong).toHaveLength(2);
		const retry = createTest(bank, { questionIds: wrong }, seededRng(10), T0 + 60_000);
		expect(ids(retry).sort()).toEqual([...wrong].sort());
		expect(retry.items.every((item) => item.response === null)).toBe(true);
	});
});

describe('time limit', () => {
	const timed = () => createTest(smallBank(), { shuffle: false, timeLimitSec: 60 }, seededRng(1), T0);

	it('counts down and says when the time is up', () => {
		const state = timed();
		expect(remainingMs(state, T0 + 15_000)).toBe(45_000);
		expect(isTimeUp(state, T0 + 59_999)).toBe(false);
		expect(isTimeUp(state, T0 + 60_000)).toBe(true);
		expect(remainingMs(state, T0 + 90_000)).toBe(0);
		expect(remainingMs(createTest(smallBank(), {}, seededRng(1), T0), T0 + 1)).toBeNull();
		expect(isTimeUp(createTest(smallBank(), {}, seededRng(1), T0), T0 + 1e9)).toBe(false);
	});

	it('an answer after the deadline is not recorded; the test ends at the deadline, unanswered counted wrong', () => {
		let state = answerTest(timed(), { kind: 'self', correct: true }, T0 + 10_000);
		state = answerTest(state, { kind: 'typed', text: 'Seoul' }, T0 + 75_000);
		expect(state.finishedAtMs).toBe(T0 + 60_000);
		expect(state.timedOut).toBe(true);
		expect(state.items.filter((item) => item.response !== null)).toHaveLength(1);
		expect(testScore(state)).toEqual({ correct: 1, total: 5, answered: 1, percent: 20, durationMs: 60_000 });
		expect(wrongQuestionIds(state)).toEqual(['q-2', 'q-3', 'q-4', 'q-5']);
	});

	it('finishing late ends at the deadline; finishing early ends now', () => {
		expect(finishTest(timed(), T0 + 500_000)).toMatchObject({ finishedAtMs: T0 + 60_000, timedOut: true });
		expect(finishTest(timed(), T0 + 30_000)).toMatchObject({ finishedAtMs: T0 + 30_000, timedOut: false });
	});
});

describe('testAnswerMode', () => {
	it('reveals flashcards and long clozes, types short clozes and short answers', () => {
		const [flashcard, cloze, mcq, tf, short] = smallBank().questions;
		expect([flashcard, cloze, mcq, tf, short].map(testAnswerMode)).toEqual(['reveal', 'typed', 'choice', 'truefalse', 'typed']);
		expect(testAnswerMode({ ...cloze, answer: 'the Korean Demilitarized Zone' })).toBe('reveal');
	});
});
