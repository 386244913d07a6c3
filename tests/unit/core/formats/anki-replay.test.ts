// @vitest-environment node
/**
 * Replaying a card's history gives the reference implementation's memory
 * state: every card of one person's real log (tests/fixtures/revlog, 12,580
 * reviews of 1,205 cards) replayed by Factdeck, against the FSRS project's own
 * Rust code (@open-spaced-repetition/binding) given the same ratings and the
 * same elapsed days, with the default parameters; days are UTC calendar days,
 * then Anki's days of a collection that rolls over at 4 am.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ankiDayOf, ankiDays, dayShiftMs, type AnkiDays } from '$lib/core/formats/anki-revlog';
import { replayOnAnkiDays, type HistoryReview } from '$lib/core/formats/anki-replay';
import type { Rating } from '$lib/core/srs/types';
import { ROOT } from './helpers';

// By path: Vitest resolves the package's "browser" entry, a WebAssembly build that is not installed.
const { FSRSBinding } = createRequire(import.meta.url)(
	join(ROOT, 'node_modules/@open-spaced-repetition/binding/dist/index.cjs')
) as typeof import('@open-spaced-repetition/binding');

type Memory = { stability: number; difficulty: number };

/** The log's reviews, card by card, oldest first. */
function readLog(): Map<string, HistoryReview[]> {
	const [header, ...lines] = readFileSync(join(ROOT, 'tests/fixtures/revlog/py-fsrs-review-logs.csv'), 'utf8').trim().split(/\r?\n/);
	expect(header).toBe('card_id,review_rating,review_time,review_duration');
	const cards = new Map<string, HistoryReview[]>();
	for (const line of lines) {
		const [card, rating, time, duration] = line.split(',');
		const review = { questionId: card, rating: Number(rating) as Rating, reviewedAt: new Date(time), durationMs: Number(duration) };
		cards.set(card, [...(cards.get(card) ?? []), review]);
	}
	for (const reviews of cards.values()) reviews.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
	return cards;
}

const UTC_DAYS: AnkiDays = { anchorMs: 0 };
/** A collection made in UTC whose days roll over at 4 am. */
const FOUR_AM = ankiDays({ crt: 0, rollover: 4, creationOffset: 0 });

/** The reference memory state after `reviews`, each elapsed time counted in `days`. */
function reference(reviews: readonly HistoryReview[], days: AnkiDays): Memory {
	const fsrs = new FSRSBinding();
	let memory: Memory | null = null;
	let previous = 0;
	reviews.forEach((review, i) => {
		const day = ankiDayOf(days, review.reviewedAt.getTime());
		const next = fsrs.nextStates(memory as never, 0.9, i === 0 ? 0 : day - previous);
		memory = [next.again, next.hard, next.good, next.easy][review.rating - 1].memory;
		previous = day;
	});
	return memory!;
}

/** Factdeck's memory state after `reviews`, replayed on `days`. */
function replayed(id: string, reviews: readonly HistoryReview[], days: AnkiDays): Memory {
	const { schedule } = replayOnAnkiDays({ id, bankId: 'real', fact: id, order: 0 }, reviews, dayShiftMs(days), { retention: 0.9, fuzz: false });
	return schedule;
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('replaying the real log', () => {
	const log = readLog();

	it('reads 12,580 reviews of 1,205 cards', () => {
		expect(log.size).toBe(1205);
		expect([...log.values()].reduce((n, r) => n + r.length, 0)).toBe(12_580);
	});

	it.each([
		['UTC calendar days', UTC_DAYS],
		['Anki days rolling over at 4 am', FOUR_AM]
	])('gives the reference memory state of every card, on %s', (_name, days) => {
		let worstStability = 0;
		let worstDifficulty = 0;
		for (const [id, reviews] of log) {
			const ours = replayed(id, reviews, days);
			const theirs = reference(reviews, days);
			worstStability = Math.max(worstStability, relative(ours.stability, theirs.stability));
			worstDifficulty = Math.max(worstDifficulty, relative(ours.difficulty, theirs.difficulty));
		}
		console.info(`max relative difference, ${_name}: stability ${worstStability.toExponential(2)}, difficulty ${worstDifficulty.toExponential(2)}`);
		// The reference computes in 32-bit floats, Factdeck in 64-bit: they part in the sixth digit at most.
		expect(worstStability).toBeLessThan(1e-4);
		expect(worstDifficulty).toBeLessThan(1e-4);
	});

	it('counts days where the rollover puts them: some cards end in another state on Anki’s days than on UTC days', () => {
		const moved = [...log].filter(([id, reviews]) => replayed(id, reviews, FOUR_AM).stability !== replayed(id, reviews, UTC_DAYS).stability);
		expect(moved.length).toBeGreaterThan(0);
		expect(moved.length).toBeLessThan(log.size);
	});
});

describe('a replay on Anki’s days', () => {
	// Anki's days start at 02:00 UTC (4 am in UTC+2).
	const days = ankiDays({ crt: Date.parse('2024-01-01T02:00:00Z') / 1000, rollover: 4, creationOffset: -120 });
	const review = (iso: string, rating: Rating): HistoryReview => ({ questionId: 'q', rating, reviewedAt: new Date(iso), durationMs: 0 });
	// 23:30 and 03:30 in UTC+2: two UTC dates, one Anki day.
	const lateNight = [review('2024-03-01T08:00:00Z', 3), review('2024-03-01T21:30:00Z', 3), review('2024-03-02T01:30:00Z', 3)];
	const card = { id: 'c', bankId: 'b', fact: 'f', order: 0 };

	it('counts no day between two reviews of the same Anki day that fall on two UTC dates', () => {
		const onAnkiDays = replayOnAnkiDays(card, lateNight, dayShiftMs(days), { retention: 0.9, fuzz: false });
		const onUtcDays = replayOnAnkiDays(card, lateNight, 0, { retention: 0.9, fuzz: false });
		expect(onAnkiDays.steps.map((s) => s.after.elapsed_days)).toEqual([0, 0, 0]);
		expect(onUtcDays.steps.map((s) => s.after.elapsed_days)).toEqual([0, 0, 1]);
		expect(onAnkiDays.schedule.stability).toBeCloseTo(reference(lateNight, days).stability, 4);
	});

	it('gives every date in real time: the last review, and the due date one interval after it', () => {
		const { schedule, steps } = replayOnAnkiDays(card, lateNight, dayShiftMs(days), { retention: 0.9, fuzz: false });
		expect(schedule.last_review).toEqual(lateNight[2].reviewedAt);
		expect(steps.map((s) => s.review)).toEqual(lateNight);
		expect(steps[0].before.due).toEqual(lateNight[0].reviewedAt);
		expect(schedule.due.getTime() - schedule.last_review!.getTime()).toBe(schedule.scheduled_days * 86_400_000);
	});
});
