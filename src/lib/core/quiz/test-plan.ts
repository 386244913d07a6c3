/**
 * A test fixed by a teacher for a whole class: exactly these questions, in
 * this order or shuffled for each student, with this time limit. The plan
 * travels inside the bank (its `test` field), so the file, the link and the
 * QR code all carry it, and every student takes the same test.
 */
import type { Bank, Question, TestPlan } from '../bank/schema';
import { seededRng } from '../srs/rng';
import { keepApart, onePerFact } from './giveaway';
import { isAutoMarked, shuffled, testPool, type TestOptions } from './test-mode';

export type { TestPlan } from '../bank/schema';

/** How the teacher fixes the questions: a seeded random draw, or a hand-picked list. */
export type PlanChoice = { kind: 'draw'; count: number; seed: number } | { kind: 'pick'; questionIds: readonly string[] };

/** A plan, or why the choice makes none. */
export type PlanOutcome = { ok: true; plan: TestPlan; leftOut: number } | { ok: false; error: string };

/**
 * The plan for a choice. A draw takes `count` facts at random (the same seed
 * draws the same test again); a pick keeps the teacher's questions in bank
 * order. Either way: only questions a test marks itself, one per fact, and no
 * neighbours that give each other away. `leftOut` counts picked questions
 * dropped by those rules.
 */
export function makePlan(bank: Bank, choice: PlanChoice, settings: { order: TestPlan['order']; timeLimitSec?: number }): PlanOutcome {
	const pool = testPool(bank);
	if (pool.length === 0) return { ok: false, error: 'This bank has no question a test can mark (flashcards are left out of tests).' };
	let questions: Question[];
	let leftOut = 0;
	if (choice.kind === 'draw') {
		const count = Math.floor(choice.count);
		if (!Number.isFinite(count) || count < 1) return { ok: false, error: 'Choose at least one question.' };
		const drawn = shuffled(pool, seededRng(choice.seed)).slice(0, count);
		const position = new Map(pool.map((q, i) => [q.id, i]));
		questions = drawn.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
	} else {
		const wanted = new Set(choice.questionIds);
		const picked = bank.questions.filter((q) => wanted.has(q.id));
		if (picked.length === 0) return { ok: false, error: 'Pick at least one question.' };
		questions = onePerFact(picked.filter(isAutoMarked));
		leftOut = picked.length - questions.length;
		if (questions.length === 0)
			return {
				ok: false,
				error: 'None of the picked questions can be marked by a test: pick multiple choice, true or false, typed or fill-in-the-blank questions.'
			};
	}
	const limit = settings.timeLimitSec;
	const plan: TestPlan = { questionIds: keepApart(questions).map((q) => q.id), order: settings.order };
	if (limit !== undefined && Number.isInteger(limit) && limit > 0) plan.timeLimitSec = limit;
	return { ok: true, plan, leftOut };
}

/** The test options that start exactly the planned test. */
export function planOptions(plan: TestPlan): TestOptions {
	const options: TestOptions = { questionIds: [...plan.questionIds], count: plan.questionIds.length, shuffle: plan.order === 'shuffled' };
	if (plan.timeLimitSec !== undefined) options.timeLimitSec = plan.timeLimitSec;
	return options;
}

/** How many of the plan's questions the bank still has (a later edit may have removed some). */
export function plannedCount(bank: Bank, plan: TestPlan): number {
	const ids = new Set(bank.questions.filter(isAutoMarked).map((q) => q.id));
	return plan.questionIds.filter((id) => ids.has(id)).length;
}

/**
 * The bank as it travels for a test: the planned questions only, without the
 * source passages a test never shows, and the plan itself. Kept small on
 * purpose, so a class-sized test fits one QR code.
 */
export function testBank(bank: Bank, plan: TestPlan): Bank {
	const wanted = new Set(plan.questionIds);
	const questions = bank.questions.filter((q) => wanted.has(q.id)).map(({ source: _source, tags: _tags, ...question }) => question);
	const { source, description: _description, tags: _tags, test: _test, questions: _all, ...meta } = bank;
	// Its own id and title, so opening it never replaces a student's copy of the whole bank.
	const out: Bank = { ...meta, id: `${bank.id}-test`, title: `${bank.title} (test)`, test: plan, questions };
	if (source?.title) out.source = { title: source.title, ...(source.publisher ? { publisher: source.publisher } : {}) };
	return out;
}

/** The plan in plain words: "40 questions, fixed order, 30 minutes". */
export function describePlan(plan: TestPlan): string {
	const n = plan.questionIds.length;
	const parts = [`${n} ${n === 1 ? 'question' : 'questions'}`, plan.order === 'fixed' ? 'in a fixed order' : 'shuffled for each student'];
	const minutes = plan.timeLimitSec ? Math.round(plan.timeLimitSec / 60) : 0;
	parts.push(plan.timeLimitSec ? `${minutes || '<1'} ${minutes === 1 ? 'minute' : 'minutes'}` : 'no time limit');
	return parts.join(', ');
}
