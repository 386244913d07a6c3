import { fsrs, generatorParameters, type Card as FsrsCard } from 'ts-fsrs';
import { answerCard, cardId, createCard, newSchedule, previewOutcomes, replayLog, toSchedule } from '$lib/core/srs/scheduler';
import { CardStateKind, Rating, type Card, type ReviewLog, type Schedule } from '$lib/core/srs/types';
import { T0, at, days, minutes } from './helpers';

const opts = { retention: 0.9, fuzz: false };
// prettier-ignore
const SCHEDULE_KEYS = [
	'due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days',
	'learning_steps', 'reps', 'lapses', 'state', 'last_review'
].sort();

/** Answers a card repeatedly, each time when it falls due; returns the card and the logs. */
function study(ratings: Rating[], start = createCard('bank', 'fact', 0, T0)) {
	let card = start;
	const logs: ReviewLog[] = [];
	for (const [i, rating] of ratings.entries()) {
		const now = i === 0 ? T0 : card.due;
		const answered = answerCard(card, rating, now, opts, `q${i}`, 1500);
		card = answered.card;
		logs.push(answered.log);
	}
	return { card, logs };
}

describe('cards', () => {
	it('derives the card id from bank and fact', () => {
		expect(cardId('nk', 'Moon Jae-in')).toBe('nk\u0000Moon Jae-in');
		expect(cardId('a', 'b c')).not.toBe(cardId('a b', 'c'));
	});

	it('starts a new card due now, in state New, without a last review', () => {
		const s = newSchedule(T0);
		expect(s).toEqual({
			due: T0,
			stability: 0,
			difficulty: 0,
			elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: 0,
			reps: 0,
			lapses: 0,
			state: CardStateKind.New
		});
		expect('last_review' in s).toBe(false);
		expect(s.due).not.toBe(T0);
	});

	it('creates a card with its identity and order', () => {
		const c = createCard('nk', 'fact-1', 7, T0);
		expect(c).toMatchObject({ id: 'nk\u0000fact-1', bankId: 'nk', fact: 'fact-1', order: 7, state: CardStateKind.New });
		expect(c.due).toEqual(T0);
	});
});

describe('toSchedule', () => {
	const full: Card = {
		id: 'b\u0000f',
		bankId: 'b',
		fact: 'f',
		order: 3,
		lastQuestionId: 'q-1',
		due: at(T0, days(9)),
		stability: 12.5,
		difficulty: 6.25,
		elapsed_days: 4,
		scheduled_days: 9,
		learning_steps: 1,
		reps: 7,
		lapses: 2,
		state: CardStateKind.Relearning,
		last_review: T0
	};

	it('keeps every schedule field and drops the card identity', () => {
		const s = toSchedule(full);
		expect(Object.keys(s).sort()).toEqual(SCHEDULE_KEYS);
		const { id, bankId, fact, order, lastQuestionId, ...schedule } = full;
		expect([id, bankId, fact, order, lastQuestionId]).toHaveLength(5);
		expect(s).toEqual(schedule);
		expect(toSchedule(s)).toEqual(s);
	});

	it('copies the dates, so the copy cannot be changed through the original', () => {
		const s = toSchedule(full);
		expect(s.due).not.toBe(full.due);
		expect(s.last_review).not.toBe(full.last_review);
		expect(s.due).toBeInstanceOf(Date);
	});
});

describe('previewOutcomes', () => {
	it('gives a new card the learning steps 1m / 6m / 10m and Easy in days', () => {
		const p = previewOutcomes(newSchedule(T0), T0, opts);
		expect(p[Rating.Again].interval).toBe('1m');
		expect(p[Rating.Again].schedule.due).toEqual(at(T0, minutes(1)));
		expect(p[Rating.Hard].interval).toBe('6m');
		expect(p[Rating.Good].interval).toBe('10m');
		expect(p[Rating.Good].schedule.state).toBe(CardStateKind.Learning);
		expect(p[Rating.Good].schedule.learning_steps).toBe(1);
		expect(p[Rating.Easy].schedule.state).toBe(CardStateKind.Review);
		expect(p[Rating.Easy].interval).toMatch(/^\d+d$/);
		expect(p[Rating.Easy].schedule.scheduled_days).toBeGreaterThanOrEqual(1);
	});

	it('graduates a card to days after the last learning step', () => {
		const { card } = study([Rating.Good]);
		const p = previewOutcomes(card, card.due, opts);
		expect(p[Rating.Again].interval).toBe('1m');
		expect(p[Rating.Good].schedule.state).toBe(CardStateKind.Review);
		expect(p[Rating.Good].interval).toMatch(/^\d+d$/);
		expect(p[Rating.Easy].schedule.scheduled_days).toBeGreaterThan(p[Rating.Good].schedule.scheduled_days);
	});

	it('sends a lapsed review card to relearning for 10 minutes', () => {
		const { card } = study([Rating.Good, Rating.Good]);
		expect(card.state).toBe(CardStateKind.Review);
		const p = previewOutcomes(card, card.due, opts);
		expect(p[Rating.Again].schedule.state).toBe(CardStateKind.Relearning);
		expect(p[Rating.Again].interval).toBe('10m');
		expect(p[Rating.Again].schedule.lapses).toBe(1);
	});

	it('schedules sooner for a higher desired retention', () => {
		const { card } = study([Rating.Good, Rating.Good, Rating.Good]);
		const good = (retention: number) => previewOutcomes(card, card.due, { retention, fuzz: false })[Rating.Good].schedule.scheduled_days;
		expect(good(0.97)).toBeLessThan(good(0.9));
		expect(good(0.9)).toBeLessThan(good(0.7));
		// Out-of-range retention is clamped to the allowed range, not passed to FSRS.
		expect(good(0.999)).toBe(good(0.97));
		expect(good(0.1)).toBe(good(0.7));
	});

	it('agrees with answerCard for every rating', () => {
		const { card } = study([Rating.Good, Rating.Hard]);
		const p = previewOutcomes(card, card.due, opts);
		for (const rating of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]) {
			expect(answerCard(card, rating, card.due, opts, 'q', 0).log.after).toEqual(p[rating].schedule);
		}
	});
});

describe('answerCard', () => {
	it('keeps the identity, records the question and the full state', () => {
		const card = createCard('nk', 'fact', 4, T0);
		const now = at(T0, minutes(3));
		const { card: next, log } = answerCard(card, Rating.Good, now, opts, 'q-abc', 2345);
		expect(next).toMatchObject({ id: card.id, bankId: 'nk', fact: 'fact', order: 4, lastQuestionId: 'q-abc' });
		expect(next.state).toBe(CardStateKind.Learning);
		expect(next.learning_steps).toBe(1);
		expect(next.reps).toBe(1);
		expect(next.last_review).toEqual(now);
		expect(next.due).toEqual(at(now, minutes(10)));
		expect(next.due).toBeInstanceOf(Date);
		expect(log).toEqual({
			cardId: card.id,
			bankId: 'nk',
			questionId: 'q-abc',
			rating: Rating.Good,
			before: toSchedule(card),
			after: toSchedule(next),
			durationMs: 2345,
			reviewedAt: now
		});
	});

	it('leaves the original card untouched, so undo can restore it from the log', () => {
		const { card } = study([Rating.Good, Rating.Good]);
		const snapshot = structuredClone(card);
		const { log } = answerCard(card, Rating.Again, card.due, opts, 'q', 10);
		expect(card).toEqual(snapshot);
		const { id, bankId, fact, order, lastQuestionId, ...schedule } = snapshot;
		expect([id, bankId, fact, order, lastQuestionId]).toHaveLength(5);
		expect(log.before).toEqual(schedule);
	});

	it('matches ts-fsrs itself over a whole history (no field is lost in conversion)', () => {
		const f = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));
		const ratings = [Rating.Hard, Rating.Good, Rating.Good, Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];
		const { card, logs } = study(ratings);
		let reference: FsrsCard = { ...newSchedule(T0), last_review: undefined };
		for (const log of logs) reference = f.next(reference, log.reviewedAt, log.rating).card;
		expect(toSchedule(card)).toEqual(toSchedule(reference as Schedule));
		expect(card.learning_steps).toBe(reference.learning_steps);
	});

	it('stores a sane duration', () => {
		const card = createCard('b', 'f', 0, T0);
		expect(answerCard(card, Rating.Good, T0, opts, 'q', -5).log.durationMs).toBe(0);
		expect(answerCard(card, Rating.Good, T0, opts, 'q', Number.NaN).log.durationMs).toBe(0);
		expect(answerCard(card, Rating.Good, T0, opts, 'q', 1234.6).log.durationMs).toBe(1235);
	});

	it('rejects a rating outside 1-4', () => {
		const card = createCard('b', 'f', 0, T0);
		expect(() => answerCard(card, 0 as Rating, T0, opts, 'q', 0)).toThrow(RangeError);
		expect(() => answerCard(card, 5 as Rating, T0, opts, 'q', 0)).toThrow(RangeError);
	});

	it('fuzzes long intervals only when asked, deterministically', () => {
		let card = study([Rating.Good, Rating.Good, Rating.Good, Rating.Good]).card;
		const sched = (fuzz: boolean) => answerCard(card, Rating.Good, card.due, { retention: 0.9, fuzz }, 'q', 0).card;
		// Cached instances must not leak one setting into the other.
		const plain = sched(false);
		const fuzzed = sched(true);
		expect(sched(false)).toEqual(plain);
		expect(sched(true)).toEqual(fuzzed);
		const spread = new Set<number>();
		for (let i = 0; i < 20; i++) {
			card = { ...card, due: at(card.due, minutes(i)) };
			const a = sched(false).scheduled_days;
			const b = sched(true).scheduled_days;
			expect(Math.abs(b - a)).toBeLessThanOrEqual(Math.ceil(a * 0.15) + 1);
			spread.add(b - a);
		}
		expect(spread.size).toBeGreaterThan(1);
	});
});

describe('fitted parameters', () => {
	it("schedules with the learner's parameters, as ts-fsrs does with the same w", () => {
		// A learner who forgets slowly: every initial stability four times FSRS's default.
		const w = [...generatorParameters().w];
		for (const i of [0, 1, 2, 3]) w[i] *= 4;
		const card = createCard('nk', 'fact', 0, T0);
		const fitted = answerCard(card, Rating.Easy, T0, { ...opts, params: w }, 'q', 0).card;
		const usual = answerCard(card, Rating.Easy, T0, opts, 'q', 0).card;
		const reference = fsrs(generatorParameters({ w, enable_fuzz: false, enable_short_term: true, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));
		const expected = reference.next({ ...toSchedule(card), state: 0 } as FsrsCard, T0, Rating.Easy).card;
		expect(fitted.stability).toBeCloseTo(expected.stability, 10);
		expect(fitted.stability).toBeGreaterThan(usual.stability * 3);
		expect(fitted.due.getTime()).toBeGreaterThan(usual.due.getTime());
	});
});

describe('replayLog', () => {
	const ratings = [Rating.Good, Rating.Again, Rating.Good, Rating.Good, Rating.Hard, Rating.Again, Rating.Good, Rating.Easy];

	it('recomputes the stored schedule from the ratings, in any log order', () => {
		const { card, logs } = study(ratings);
		const shuffled = [logs[3], logs[0], logs[7], logs[1], logs[5], logs[2], logs[6], logs[4]];
		expect(replayLog(newSchedule(T0), shuffled, opts)).toEqual(toSchedule(card));
	});

	it('matches every intermediate state', () => {
		const { logs } = study(ratings);
		logs.forEach((log, i) => {
			expect(replayLog(newSchedule(T0), logs.slice(0, i + 1), opts)).toEqual(log.after);
		});
	});

	it('returns the initial schedule for an empty log, and notices a changed rating', () => {
		const initial = newSchedule(T0);
		expect(replayLog(initial, [], opts)).toEqual(initial);
		const { card, logs } = study(ratings);
		const tampered = logs.map((l, i) => (i === 3 ? { ...l, rating: Rating.Easy } : l));
		expect(replayLog(initial, tampered, opts)).not.toEqual(toSchedule(card));
	});

	it('reproduces a fuzzed history when replayed with fuzz on', () => {
		let card = createCard('bank', 'fact', 0, T0);
		const logs: ReviewLog[] = [];
		for (const [i, rating] of ratings.entries()) {
			const now = i === 0 ? T0 : card.due;
			const answered = answerCard(card, rating, now, { retention: 0.85, fuzz: true }, 'q', 0);
			card = answered.card;
			logs.push(answered.log);
		}
		expect(replayLog(newSchedule(T0), logs, { retention: 0.85, fuzz: true })).toEqual(toSchedule(card));
	});
});
