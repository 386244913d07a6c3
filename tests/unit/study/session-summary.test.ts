import { gatherGoOnHead } from '$lib/storage/go-on';
import type { Schedule, ReviewLog, Rating } from '$lib/core/srs/types';
import { AHEAD_DAYS, formatNextDue, formatTimeSpent, goOnRun, shareRight, tally, type SessionRun } from '$lib/study/session-summary';

const T0 = new Date('2024-03-01T12:00:00Z');
const schedule = {} as Schedule;
const log = (cardId: string, rating: Rating, durationMs = 10_000): ReviewLog => ({
	cardId,
	bankId: 'a',
	questionId: 'q',
	rating,
	before: schedule,
	after: schedule,
	durationMs,
	reviewedAt: T0
});

describe('tally', () => {
	it('counts cards, answers, right answers, time and the cards missed', () => {
		const t = tally([log('c1', 1, 5000), log('c2', 3, 7000), log('c1', 3, 3000), log('c3', 2), log('c3', 1)]);
		expect(t).toEqual({ cards: 3, answers: 5, right: 3, timeMs: 35_000, missed: ['c1', 'c3'] });
		expect(shareRight(t)).toBe(60);
	});

	it('has no share right when nothing was answered', () => {
		const t = tally([]);
		expect(t).toEqual({ cards: 0, answers: 0, right: 0, timeMs: 0, missed: [] });
		expect(shareRight(t)).toBeNull();
	});
});

describe('goOnRun', () => {
	const run: SessionRun = { scope: { bankId: 'a' }, startedAt: T0 };
	const later = new Date(T0.getTime() + 600_000);
	const summary = tally([log('c1', 1), log('c2', 3)]);

	it('studies ahead in the same bank, from now', () => {
		const next = goOnRun({ kind: 'ahead' }, run, summary, later);
		expect(next).toMatchObject({ scope: { bankId: 'a', aheadDays: AHEAD_DAYS }, startedAt: later });
		expect(next.storage?.gatherQueueHead).toBe(gatherGoOnHead);
	});

	it('adds the extra New cards to those already granted today', () => {
		const once = goOnRun({ kind: 'more-new', count: 10 }, run, summary, later);
		expect(once.scope).toEqual({ bankId: 'a', extraNew: 10 });
		expect(goOnRun({ kind: 'more-new', count: 20 }, once, summary, later).scope).toEqual({ bankId: 'a', extraNew: 30 });
		// Going on another way keeps what was granted, so the session's New cards are not taken back.
		expect(goOnRun({ kind: 'ahead' }, once, summary, later).scope).toEqual({ bankId: 'a', extraNew: 10, aheadDays: AHEAD_DAYS });
	});

	it('goes over the missed cards, counting answers from now', () => {
		const next = goOnRun({ kind: 'missed' }, { scope: {}, startedAt: T0 }, summary, later);
		expect(next.scope).toEqual({ bankId: undefined, again: { cardIds: ['c1'], since: later } });
		expect(next.startedAt).toBe(later);
	});
});

describe('wording', () => {
	it('says how long a session took', () => {
		expect(formatTimeSpent(20_000)).toBe('under a minute');
		expect(formatTimeSpent(60_000)).toBe('1 min');
		expect(formatTimeSpent(12 * 60_000 + 20_000)).toBe('12 min');
		expect(formatTimeSpent(60 * 60_000)).toBe('1 h');
		expect(formatTimeSpent(65 * 60_000)).toBe('1 h 5 min');
	});

	it('says when the next card is due', () => {
		expect(formatNextDue(new Date(T0.getTime() - 1000), T0)).toBe('now');
		expect(formatNextDue(new Date(T0.getTime() + 3 * 3_600_000), T0)).toBe('in 3h');
		expect(formatNextDue(new Date(T0.getTime() + 2 * 86_400_000), T0)).toBe('in 2d');
	});
});
