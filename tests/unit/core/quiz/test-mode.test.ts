import type { Bank, Question } from '$lib/core/bank/schema';
import { seededRng } from '$lib/core/srs/rng';
import {
	answerTest,
	createTest,
	currentItem,
	finishTest,
	isTimeUp,
	remainingMs,
	isAutoMarked,
	testAnswerMode,
	testPool,
	testScore,
	wrongQuestionIds,
	type TestAnswer,
	type TestState
} from '$lib/core/quiz/test-mode';
import { clashingNeighbours } from '$lib/core/quiz/giveaway';
import { studyRights } from '$lib/core/quiz/match-order';
import { bank as kinds, matching as matchingKind } from './new-kinds';
import { realisticBank, smallBank } from '../share/fixtures';

const T0 = Date.UTC(2021, 1, 3, 9, 0, 0);
const ids = (state: TestState) => state.items.map((item) => item.question.id);

/** A right answer for any question of the small bank, in the way the test asks it. */
function rightAnswer(q: Question): TestAnswer {
	if (q.type === 'mcq') return { kind: 'choice', choice: String(q.answer) };
	if (q.type === 'truefalse') return { kind: 'truefalse', value: q.answer === true };
	return { kind: 'typed', text: String(q.answer) };
}

function wrongAnswer(q: Question): TestAnswer {
	if (q.type === 'mcq') return { kind: 'choice', choice: q.choices!.find((c) => c !== q.answer)! };
	if (q.type === 'truefalse') return { kind: 'truefalse', value: q.answer !== true };
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

/** The small bank with a fact of its own for each question: a flashcard (left out of tests) and four a test marks. */
function fourFacts(): Bank {
	const bank = smallBank();
	return { ...bank, questions: bank.questions.map((q) => ({ ...q, fact: `fact-${q.id}` })) };
}

describe('createTest', () => {
	it('asks 10 questions by default, or the number chosen, or all when the bank has fewer', () => {
		const bank = realisticBank(100);
		expect(createTest(bank, {}, seededRng(1), T0).items).toHaveLength(10);
		expect(createTest(bank, { count: 25 }, seededRng(1), T0).items).toHaveLength(25);
		expect(createTest(fourFacts(), { count: 50 }, seededRng(1), T0).items).toHaveLength(4);
		expect(createTest(smallBank(), { count: 50 }, seededRng(1), T0).items).toHaveLength(2);
		expect(createTest(smallBank(), { count: 0 }, seededRng(1), T0).items).toHaveLength(1);
	});

	it('shuffles the same way for the same seed, differently for another, and never repeats a question', () => {
		const bank = realisticBank(100);
		const a = ids(createTest(bank, { count: 20 }, seededRng(42), T0));
		expect(ids(createTest(bank, { count: 20 }, seededRng(42), T0))).toEqual(a);
		expect(ids(createTest(bank, { count: 20 }, seededRng(43), T0))).not.toEqual(a);
		expect(new Set(a).size).toBe(20);
	});

	it("offers a matching question's right items in an order of each test's own when shuffled, in study's order when not", () => {
		const bank: Bank = { ...kinds, questions: [matchingKind] };
		const offered = (seed: number, shuffle = true) => createTest(bank, { shuffle }, seededRng(seed), T0).items[0].choices;
		const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => offered(seed)!.join('|')));
		expect(orders.size).toBeGreaterThan(1);
		for (const order of orders) expect(order.split('|').toSorted()).toEqual(['Meow', 'Moo', 'Woof']);
		expect(offered(1, false)).toEqual(studyRights(matchingKind));
		expect(offered(2, false)).toEqual(studyRights(matchingKind));
	});

	it('keeps bank order without shuffle, but for moving a question away from one that gives it away', () => {
		const bank = realisticBank(100);
		const state = createTest(bank, { count: 100, shuffle: false }, seededRng(1), T0);
		const position = new Map(bank.questions.map((q, i) => [q.id, i]));
		expect([...ids(state)].sort((a, b) => position.get(a)! - position.get(b)!)).toEqual(testPool(bank).map((q) => q.id));
		expect(clashingNeighbours(state.items.map((item) => item.question))).toEqual([]);
		const mcq = state.items.find((item) => item.question.type === 'mcq')!;
		expect(mcq.choices).toEqual(mcq.question.choices);
	});

	it('asks one question per fact, never a second on the same fact', () => {
		const bank = factBank(6, 3);
		for (const shuffle of [true, false]) {
			const state = createTest(bank, { count: 8, shuffle }, seededRng(7), T0);
			expect(state.items).toHaveLength(6);
			expect(new Set(state.items.map((item) => item.question.fact)).size).toBe(6);
		}
		const all = bank.questions.map((q) => q.id);
		expect(ids(createTest(bank, { questionIds: all, shuffle: false }, seededRng(7), T0))).toEqual(['q-0-0', 'q-1-0', 'q-2-0', 'q-3-0', 'q-4-0', 'q-5-0']);
	});

	it('leaves flashcards and long fill-in-the-blank out: a test marks every answer itself', () => {
		const bank = smallBank();
		const longCloze = { ...bank.questions[1], id: 'q-long', fact: 'long', answer: 'the Korean Demilitarized Zone' };
		const withLong = { ...bank, questions: [...bank.questions, longCloze] };
		expect(isAutoMarked(bank.questions[0])).toBe(false);
		expect(isAutoMarked(longCloze)).toBe(false);
		for (const shuffle of [true, false]) {
			const state = createTest(withLong, { count: 50, shuffle }, seededRng(3), T0);
			expect(state.items.some((item) => item.mode === 'reveal')).toBe(false);
			expect(ids(createTest(withLong, { questionIds: ['q-1', 'q-long', 'q-5'], shuffle }, seededRng(3), T0))).toEqual(['q-5']);
		}
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
		const pool = testPool(bank);
		const wanted = [pool[3].id, pool[20].id, 'q-gone', pool[7].id];
		const state = createTest(bank, { questionIds: wanted }, seededRng(1), T0);
		expect(ids(state).sort()).toEqual([pool[3].id, pool[20].id, pool[7].id].sort());
		expect(ids(createTest(bank, { questionIds: wanted, shuffle: false }, seededRng(1), T0))).toEqual([wanted[0], wanted[1], wanted[3]]);
	});

	it('ignores a time limit that is not a positive number', () => {
		expect(createTest(smallBank(), { timeLimitSec: 0 }, seededRng(1), T0).timeLimitSec).toBeNull();
		expect(createTest(smallBank(), { timeLimitSec: Number.NaN }, seededRng(1), T0).timeLimitSec).toBeNull();
		expect(createTest(smallBank(), { timeLimitSec: 90 }, seededRng(1), T0).timeLimitSec).toBe(90);
	});
});

describe('answering a test', () => {
	// q-4's statement names q-5's answer (Pyongyang), so q-5 moves to the front, away from it.
	const start = () => createTest(fourFacts(), { shuffle: false }, seededRng(1), T0);

	it('grades each type, moves on, and finishes with the last answer', () => {
		let state = start();
		expect(ids(state)).toEqual(['q-5', 'q-2', 'q-3', 'q-4']);
		state = answerTest(state, { kind: 'typed', text: 'Pyeongyang' }, T0 + 1000); // accepted alternative
		state = answerTest(state, { kind: 'typed', text: '  seoul ' }, T0 + 2000); // cloze, lenient
		state = answerTest(state, { kind: 'choice', choice: 'Busan' }, T0 + 3000); // mcq, wrong
		expect(state.finishedAtMs).toBeNull();
		expect(currentItem(state)?.question.id).toBe('q-4');
		state = answerTest(state, { kind: 'truefalse', value: true }, T0 + 4000);
		expect(state.finishedAtMs).toBe(T0 + 4000);
		expect(currentItem(state)).toBeNull();
		expect(state.items.map((item) => item.response?.correct)).toEqual([true, true, false, true]);
		expect(state.items.map((item) => item.response?.given)).toEqual(['Pyeongyang', 'seoul', 'Busan', 'True']);
		expect(state.items.every((item) => item.response?.selfMarked === false)).toBe(true);
		expect(state.items[2].response?.reason).toContain('Seoul');
		expect(testScore(state)).toEqual({ correct: 3, total: 4, answered: 4, percent: 75, durationMs: 4000 });
		expect(wrongQuestionIds(state)).toEqual(['q-3']);
	});

	it('never changes the state it was given', () => {
		const before = start();
		const copy = structuredClone(before);
		const after = answerTest(before, { kind: 'typed', text: 'x' }, T0 + 10);
		expect(before).toEqual(copy);
		expect(after).not.toBe(before);
		expect(after.items[1]).toBe(before.items[1]);
	});

	it('refuses answers after the end', () => {
		let state = answerTest(start(), { kind: 'typed', text: 'Pyongyang' }, T0 + 10);
		state = answerTest(state, { kind: 'typed', text: 'Seoul' }, T0 + 20);
		const done = finishTest(state, T0 + 40);
		expect(answerTest(done, { kind: 'choice', choice: 'Seoul' }, T0 + 50)).toBe(done);
		expect(finishTest(done, T0 + 60)).toBe(done);
	});

	it('retries the wrong ones: a new test of exactly those', () => {
		const bank = fourFacts();
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
	const timed = () => createTest(fourFacts(), { shuffle: false, timeLimitSec: 60 }, seededRng(1), T0);

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
		let state = answerTest(timed(), { kind: 'typed', text: 'Pyongyang' }, T0 + 10_000);
		state = answerTest(state, { kind: 'typed', text: 'Seoul' }, T0 + 75_000);
		expect(state.finishedAtMs).toBe(T0 + 60_000);
		expect(state.timedOut).toBe(true);
		expect(state.items.filter((item) => item.response !== null)).toHaveLength(1);
		expect(testScore(state)).toEqual({ correct: 1, total: 4, answered: 1, percent: 25, durationMs: 60_000 });
		expect(wrongQuestionIds(state)).toEqual(['q-2', 'q-3', 'q-4']);
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
