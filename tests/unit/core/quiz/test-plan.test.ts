import type { Bank, Question } from '$lib/core/bank/schema';
import { validateBank } from '$lib/core/bank/validate';
import { clashingNeighbours } from '$lib/core/quiz/giveaway';
import { describePlan, makePlan, planOptions, plannedCount, testBank } from '$lib/core/quiz/test-plan';
import { createTest, testPool } from '$lib/core/quiz/test-mode';
import { decodeBankLink, encodeBankLink } from '$lib/core/share/link';
import { seededRng } from '$lib/core/srs/rng';
import { realisticBank, smallBank } from '../share/fixtures';

const T0 = Date.UTC(2021, 1, 3, 9);
const bank = realisticBank(128);
const fixed = { order: 'fixed' as const, timeLimitSec: 1800 };

function plan(b: Bank, choice: Parameters<typeof makePlan>[1], settings = fixed) {
	const outcome = makePlan(b, choice, settings);
	if (!outcome.ok) throw new Error(outcome.error);
	return outcome;
}

describe('makePlan', () => {
	it('draws the same test for the same seed, another for another seed, one question per fact, none giving another away', () => {
		const a = plan(bank, { kind: 'draw', count: 40, seed: 11 }).plan;
		expect(plan(bank, { kind: 'draw', count: 40, seed: 11 }).plan).toEqual(a);
		expect(plan(bank, { kind: 'draw', count: 40, seed: 12 }).plan.questionIds).not.toEqual(a.questionIds);
		expect(a).toMatchObject({ order: 'fixed', timeLimitSec: 1800 });
		const questions = a.questionIds.map((id) => bank.questions.find((q) => q.id === id)!);
		expect(questions).toHaveLength(40);
		expect(new Set(questions.map((q) => q.fact)).size).toBe(40);
		expect(questions.every((q) => q.type !== 'flashcard')).toBe(true);
		expect(clashingNeighbours(questions)).toEqual([]);
	});

	it('keeps the questions a teacher picks, leaving out flashcards and second questions of a fact, and says how many', () => {
		const small = smallBank();
		const outcome = plan(small, { kind: 'pick', questionIds: ['q-1', 'q-2', 'q-3', 'q-5'] });
		expect(outcome.plan.questionIds).toEqual(['q-2', 'q-5']);
		expect(outcome.leftOut).toBe(2);
	});

	it('says why no test can be made', () => {
		const flashcards: Bank = { ...smallBank(), questions: [smallBank().questions[0]] };
		expect(makePlan(flashcards, { kind: 'draw', count: 5, seed: 1 }, fixed)).toEqual({ ok: false, error: expect.stringMatching(/flashcards are left out/) });
		expect(makePlan(bank, { kind: 'pick', questionIds: [] }, fixed)).toEqual({ ok: false, error: 'Pick at least one question.' });
		expect(makePlan(bank, { kind: 'pick', questionIds: ['q-26vr0tsfwfl'] }, fixed)).toMatchObject({ ok: false });
		expect(makePlan(bank, { kind: 'draw', count: 0, seed: 1 }, fixed)).toMatchObject({ ok: false });
	});
});

describe('a planned test', () => {
	const planned = plan(bank, { kind: 'draw', count: 40, seed: 3 }).plan;

	it('starts as exactly the planned questions in the planned order, choices in bank order, with the time limit', () => {
		for (const seed of [1, 2]) {
			const state = createTest(bank, planOptions(planned), seededRng(seed), T0);
			expect(state.items.map((item) => item.question.id)).toEqual(planned.questionIds);
			expect(state.timeLimitSec).toBe(1800);
			for (const item of state.items.filter((i) => i.choices)) expect(item.choices).toEqual(item.question.choices);
		}
		const shuffled = { ...planned, order: 'shuffled' as const };
		const ids = createTest(bank, planOptions(shuffled), seededRng(5), T0).items.map((item) => item.question.id);
		expect([...ids].sort()).toEqual([...planned.questionIds].sort());
		expect(ids).not.toEqual(planned.questionIds);
	});

	it('travels as a small valid bank that carries the plan, through a link, and starts the same test on the other side', () => {
		const shared = testBank(bank, planned);
		expect(validateBank(JSON.parse(JSON.stringify(shared)))).toMatchObject({ ok: true });
		expect(shared.questions.map((q) => q.id).sort()).toEqual([...planned.questionIds].sort());
		expect(shared.questions.some((q: Question) => q.source)).toBe(false);
		expect(shared.id).toBe(`${bank.id}-test`);
		const decoded = decodeBankLink(encodeBankLink(shared, 'https://factdeck.example/'));
		if (!decoded.ok) throw new Error(decoded.error);
		expect(decoded.bank.test).toEqual(planned);
		const state = createTest(decoded.bank, planOptions(decoded.bank.test!), seededRng(9), T0);
		expect(state.items.map((item) => item.question.id)).toEqual(planned.questionIds);
	});

	it('counts the planned questions a bank still has, and says the plan in plain words', () => {
		expect(plannedCount(bank, planned)).toBe(40);
		expect(plannedCount({ ...bank, questions: bank.questions.filter((q) => q.id !== planned.questionIds[0]) }, planned)).toBe(39);
		expect(describePlan(planned)).toBe('40 questions, in a fixed order, 30 minutes');
		expect(describePlan({ questionIds: ['a'], order: 'shuffled' })).toBe('1 question, shuffled for each student, no time limit');
	});

	it('leaves at most as many questions as the pool has facts', () => {
		expect(plan(bank, { kind: 'draw', count: 10_000, seed: 1 }).plan.questionIds).toHaveLength(testPool(bank).length);
	});
});
