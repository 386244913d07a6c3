/**
 * The review log explains every card: a long random history of answers,
 * undos and stale writes goes through storage (saveAnswer / undoAnswer on
 * fake-indexeddb), and replaying each card's log with `replayLog` gives its
 * stored state exactly. The clock may jump ahead by weeks or be set back.
 */
import fc from 'fast-check';
import { answerCard, newSchedule, previewOutcomes, replayLog, toSchedule } from '$lib/core/srs/scheduler';
import type { Card, Rating, SchedulerOptions } from '$lib/core/srs/types';
import { saveAnswer, undoAnswer } from '$lib/storage/answers';
import { saveBank } from '$lib/storage/banks';
import type { FactdeckDB } from '$lib/storage/db';
import { StaleCardError } from '$lib/storage/errors';
import { bankOfFacts, closeAll, freshDb } from '../../storage/helpers';
import { T0, days, minutes } from './helpers';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const BANKS = [
	{ id: 'a', facts: 36 },
	{ id: 'b', facts: 24 }
];
const CARD_IDS = BANKS.flatMap((b) => Array.from({ length: b.facts }, (_, i) => `${b.id}\u0000f${i}`));

type Op =
	| { kind: 'answer'; card: number; rating: Rating; gap: number; question: string }
	| { kind: 'undo'; card: number }
	| { kind: 'undoOlder'; card: number }
	| { kind: 'stale'; card: number; rating: Rating };

const card = fc.nat({ max: CARD_IDS.length - 1 });
const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
/** Time between answers: mostly seconds to minutes (learning steps), sometimes days, now and then the clock set back. */
const gap = fc.oneof(
	{ weight: 6, arbitrary: fc.integer({ min: 0, max: minutes(30) }) },
	{ weight: 3, arbitrary: fc.integer({ min: 0, max: days(40) }) },
	{ weight: 1, arbitrary: fc.integer({ min: -days(2), max: 0 }) }
);
const op: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 10, arbitrary: fc.record({ kind: fc.constant('answer' as const), card, rating, gap, question: fc.constantFrom('qa', 'qb', 'qc') }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant('undo' as const), card }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('undoOlder' as const), card }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('stale' as const), card, rating }) }
);

/** What the test knows of one stored answer: its log row and the card as it was before it. */
interface Answer {
	logId: number;
	before: Card;
}

async function setup(): Promise<FactdeckDB> {
	const d = freshDb();
	for (const b of BANKS) await saveBank(bankOfFacts(b.id, b.facts), T0, {}, d);
	return d;
}

/** Saves an answer computed from the card as it was before its last answer. */
function saveStale(before: Card, rating: Rating, now: Date, opts: SchedulerOptions, d: FactdeckDB): Promise<number> {
	const { card, log } = answerCard(before, rating, now, opts, 'qz', 5);
	return saveAnswer(card, log, d);
}

/** Runs the history; returns the answers still standing per card, in order. */
async function run(d: FactdeckDB, ops: readonly Op[], opts: SchedulerOptions): Promise<Map<string, Answer[]>> {
	const standing = new Map<string, Answer[]>(CARD_IDS.map((id) => [id, []]));
	let now = T0.getTime();
	for (const [i, step] of ops.entries()) {
		const id = CARD_IDS[step.card];
		const answers = standing.get(id)!;
		const where = `op ${i} (${step.kind} ${JSON.stringify(id)})`;
		if (step.kind === 'answer') {
			now += step.gap;
			const stored = (await getCard(id, d))!;
			const { card: next, log } = answerCard(stored, step.rating, new Date(now), opts, step.question, 1000);
			answers.push({ logId: await saveAnswer(next, log, d), before: stored });
		} else if (step.kind === 'undo') {
			const last = answers.pop();
			if (last) expect(await undoAnswer(last.logId, d), where).toStrictEqual(last.before);
		} else {
			const last = answers.at(-1);
			if (!last || (step.kind === 'undoOlder' && answers.length < 2)) continue;
			const card = await getCard(id, d);
			const rows = await d.reviews.count();
			// An undo of an answer that a later one built on, or an answer computed from the card as it was before.
			const refused = step.kind === 'undoOlder' ? undoAnswer(answers.at(-2)!.logId, d) : saveStale(last.before, step.rating, new Date(now), opts, d);
			await expect(refused, where).rejects.toBeInstanceOf(StaleCardError);
			expect(await getCard(id, d), where).toStrictEqual(card);
			expect(await d.reviews.count(), where).toBe(rows);
		}
	}
	return standing;
}

/** Every card's log, in the order it was saved, replays to exactly the stored card. */
async function expectReplayMatches(d: FactdeckDB, standing: Map<string, Answer[]>, opts: SchedulerOptions): Promise<number> {
	const reviews = await d.reviews.toArray();
	let replayed = 0;
	for (const id of CARD_IDS) {
		const stored = (await getCard(id, d))!;
		const logs = reviews.filter((r) => r.cardId === id);
		expect(
			logs.map((l) => l.id),
			id
		).toEqual(standing.get(id)!.map((a) => a.logId));
		expect(toSchedule(stored), id).toStrictEqual(replayLog(newSchedule(T0), logs, opts));
		expect(stored.lastQuestionId, id).toBe(logs.at(-1)?.questionId);
		replayed += logs.length;
	}
	expect(replayed).toBe(reviews.length);
	return replayed;
}

describe('replaying the stored review log', () => {
	// Fixed seeds: the same histories on every run; each is 1,000 steps over 60 cards, 3,000 in all.
	it.each([
		{ seed: 20240301, retention: 0.9, fuzz: true },
		{ seed: 7, retention: 0.8, fuzz: true },
		{ seed: 424242, retention: 0.95, fuzz: false }
	])(
		'reproduces every stored card (seed $seed, retention $retention, fuzz $fuzz)',
		async ({ seed, retention, fuzz }) => {
			const opts = { retention, fuzz };
			// Sampled rather than fc.assert-ed: a failure names its step instead of printing a thousand of them.
			const [ops] = fc.sample(fc.array(op, { minLength: 1000, maxLength: 1000 }), { seed, numRuns: 1 });
			const d = await setup();
			const answers = await expectReplayMatches(d, await run(d, ops, opts), opts);
			expect(answers).toBeGreaterThan(450);
		},
		120_000
	);

	it('previews, answers and replays a card whose last review lies ahead of a clock set back', async () => {
		const d = await setup();
		const opts = { retention: 0.9, fuzz: true };
		const id = CARD_IDS[0];
		const [day3, day12, day5] = [3, 12, 5].map((n) => new Date(T0.getTime() + days(n)));
		for (const at of [T0, day3, day12, day5]) {
			const stored = (await getCard(id, d))!;
			expect(() => previewOutcomes(stored, at, opts)).not.toThrow();
			const { card, log } = answerCard(stored, 3, at, opts, 'q0', 0);
			await saveAnswer(card, log, d);
		}
		const stored = (await getCard(id, d))!;
		const logs = await d.reviews.toArray();
		expect(stored.reps).toBe(4);
		// The log keeps the clock's time; the schedule counts the answer as given at the last review.
		expect(logs.at(-1)!.reviewedAt).toEqual(day5);
		expect(stored.last_review).toEqual(day12);
		expect(toSchedule(stored)).toStrictEqual(replayLog(newSchedule(T0), logs, opts));
		// Replayed by time instead of by log order, the history would give another card.
		const unsaved = logs.map(({ id: _id, ...log }) => log);
		expect(replayLog(newSchedule(T0), unsaved, opts)).not.toStrictEqual(toSchedule(stored));
	});
});
