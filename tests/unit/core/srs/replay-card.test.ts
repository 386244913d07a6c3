/**
 * replayCard: a card's reviews, in time order (ties by uid), from a New card
 * through the scheduler with fuzz on as the app answers, give the same
 * schedule as answering them one by one, and twice the same result.
 */
import { replayCard, replayOrder } from '$lib/core/srs/replay';
import { answerCard, createCard } from '$lib/core/srs/scheduler';
import type { Card, Rating, SchedulerOptions } from '$lib/core/srs/types';
import { T0, at, days, minutes } from './helpers';

const APP: SchedulerOptions = { retention: 0.9, fuzz: true };
const card = createCard('bank', 'fact', 3, T0);

/** Answers the card live, as the study screen does, and returns the reviews it made with their uids. */
function answered(plan: [number, Rating][], opts = APP) {
	let current: Card = card;
	const reviews = plan.map(([ms, rating], i) => {
		const { card: next, log } = answerCard(current, rating, at(T0, ms), opts, `q${i % 2}`, 1000);
		current = next;
		return { ...log, uid: `uid-${i}` };
	});
	return { reviews, card: current };
}

// Long enough for fuzzed review intervals: good, good, again, good, easy over two months.
const PLAN: [number, Rating][] = [
	[0, 3],
	[minutes(10), 3],
	[days(3), 3],
	[days(12), 1],
	[days(12) + minutes(10), 3],
	[days(30), 3],
	[days(70), 4]
];

describe('replayCard', () => {
	it('gives the schedule the live answers gave, with each review before and after', () => {
		const live = answered(PLAN);
		const { schedule, steps } = replayCard(card, live.reviews, APP);
		const { id: _i, bankId: _b, fact: _f, order: _o, lastQuestionId: _q, ...expected } = live.card;
		expect(schedule).toStrictEqual(expected);
		expect(steps.map((s) => s.after)).toStrictEqual(live.reviews.map((r) => r.after));
		// The first review starts from a New card due at its own moment; the later ones from the one before.
		expect(steps.slice(1).map((s) => s.before)).toStrictEqual(live.reviews.slice(1).map((r) => r.before));
		expect(steps[0].before).toMatchObject({ state: 0, reps: 0, due: at(T0, 0) });
	});

	it('is deterministic with fuzz on: two replays, in any input order, are identical', () => {
		const { reviews } = answered(PLAN);
		const once = replayCard(card, reviews, APP);
		const again = replayCard(card, [...reviews].reverse(), APP);
		expect(again).toStrictEqual(once);
		expect(once.schedule.scheduled_days).toBeGreaterThan(20);
	});

	it('shows fuzz at work: the same answers without fuzz schedule differently', () => {
		const { reviews } = answered(PLAN);
		const fuzzed = replayCard(card, reviews, APP).schedule;
		const plain = replayCard(card, reviews, { ...APP, fuzz: false }).schedule;
		expect(fuzzed.due.getTime()).not.toBe(plain.due.getTime());
	});

	it('takes reviews in time order, ties by uid, and uses the learner retention', () => {
		const { reviews } = answered(PLAN);
		const tie = { ...reviews[0], uid: 'uid-0b', rating: 1 as Rating };
		expect([reviews[0], tie].sort(replayOrder)).toEqual([reviews[0], tie]);
		expect([tie, reviews[0]].sort(replayOrder)).toEqual([reviews[0], tie]);
		const withTie = replayCard(card, [tie, ...reviews], APP);
		expect(withTie.steps.slice(0, 2).map((s) => s.review.uid)).toEqual(['uid-0', 'uid-0b']);
		const strict = replayCard(card, reviews, { retention: 0.97, fuzz: true }).schedule;
		expect(strict.scheduled_days).toBeLessThan(replayCard(card, reviews, APP).schedule.scheduled_days);
	});

	it('leaves a card with no reviews New', () => {
		expect(replayCard(card, [], APP)).toMatchObject({ schedule: { state: 0, reps: 0 }, steps: [] });
	});
});
