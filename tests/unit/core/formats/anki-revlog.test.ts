// @vitest-environment node
/**
 * Anki's rules for which review log entries count (its reviews_for_fsrs as
 * used for memory states), Anki's day boundary, and Anki's due dates.
 */
import { ankiDayOf, ankiDays, ankiDayStart, ankiDue, dayShiftMs, keptReviews, revlogProblem, RevlogKind, type RevlogRow } from '$lib/core/formats/anki-revlog';

const { Learn, Review, Relearn, Filtered, Manual, Rescheduled } = RevlogKind;
const DAY = 86_400_000;
const T0 = Date.parse('2024-03-01T10:00:00Z');

/** An entry `day` days after T0: graded Good unless said, interval one day. */
const entry = (day: number, type: number, extra: Partial<RevlogRow> = {}): RevlogRow => ({
	id: T0 + day * DAY,
	ease: type === Manual || type === Rescheduled ? 0 : 3,
	ivl: type === Learn ? -600 : 1,
	factor: 2500,
	time: 4000,
	type,
	...extra
});
const kept = (rows: RevlogRow[]) => keptReviews(rows).kept.map((r) => (r.id - T0) / DAY);

describe("Anki's rules for the entries that count", () => {
	it('keeps a whole history that starts with learning', () => {
		const rows = [entry(0, Learn), entry(0.01, Learn), entry(1, Review), entry(4, Review, { ease: 1 }), entry(4.01, Relearn), entry(5, Review)];
		expect(keptReviews(rows)).toEqual({ kept: rows, complete: true, cram: 0, cut: 0, manual: 0 });
	});

	it('skips manual entries: set due date and rescheduling', () => {
		const rows = [entry(0, Learn), entry(1, Review), entry(2, Manual, { factor: 2500, ivl: 30 }), entry(3, Rescheduled), entry(30, Review)];
		const out = keptReviews(rows);
		expect(kept(rows)).toEqual([0, 1, 30]);
		expect(out).toMatchObject({ complete: true, manual: 2, cut: 0 });
	});

	it('cuts the history at the last reset, keeping the learning after it', () => {
		const reset = entry(10, Manual, { factor: 0, ivl: 0 });
		const rows = [entry(0, Learn), entry(1, Review), entry(5, Review), reset, entry(11, Learn), entry(12, Review)];
		expect(kept(rows)).toEqual([11, 12]);
		expect(keptReviews(rows)).toMatchObject({ complete: true, cut: 3, manual: 1 });
	});

	it('keeps nothing of a card not graded since its reset', () => {
		const rows = [entry(0, Learn), entry(1, Review), entry(10, Manual, { factor: 0, ivl: 0 })];
		expect(keptReviews(rows)).toMatchObject({ kept: [], complete: false, cut: 2, manual: 1 });
	});

	it('after a reset graded without learning, starts at the first review of a day or more, as a partial history', () => {
		const rows = [entry(0, Learn), entry(1, Review), entry(10, Manual, { factor: 0, ivl: 0 }), entry(11, Review, { ivl: 3 }), entry(14, Review)];
		expect(kept(rows)).toEqual([11, 14]);
		expect(keptReviews(rows)).toMatchObject({ complete: false, cut: 2 });
	});

	it('skips cramming in a filtered deck that does not reschedule, and keeps a filtered review that does', () => {
		const cram = entry(2, Filtered, { factor: 0, ivl: 0 });
		const early = entry(3, Filtered, { factor: 2300, ivl: 4 });
		const rows = [entry(0, Learn), entry(1, Review), cram, early, entry(7, Review)];
		expect(kept(rows)).toEqual([0, 1, 3, 7]);
		expect(keptReviews(rows)).toMatchObject({ cram: 1, complete: true });
	});

	it('starts at the last run of learning entries: a reset older Anki did not log', () => {
		const rows = [entry(0, Learn), entry(1, Review), entry(3, Review), entry(20, Learn), entry(20.01, Learn), entry(21, Review)];
		expect(kept(rows)).toEqual([20, 20.01, 21]);
		expect(keptReviews(rows)).toMatchObject({ cut: 3, complete: true });
	});

	it('without learning entries, starts at the first graded entry of a day or more (interval in days, or in seconds)', () => {
		const rows = [entry(0, Relearn, { ivl: -600 }), entry(1, Review, { ivl: -86_400 }), entry(2, Review, { ivl: 5 })];
		expect(kept(rows)).toEqual([1, 2]);
		expect(keptReviews(rows)).toMatchObject({ cut: 1, complete: false });
	});

	it('keeps nothing of a log without a single graded review', () => {
		expect(keptReviews([entry(0, Manual, { factor: 2500 }), entry(1, Filtered, { factor: 0 })])).toEqual({
			kept: [],
			complete: false,
			cram: 1,
			cut: 0,
			manual: 1
		});
		expect(keptReviews([])).toEqual({ kept: [], complete: false, cram: 0, cut: 0, manual: 0 });
	});

	it('tells unreadable rows: an unknown button or kind, a negative time, a time that is no time', () => {
		expect(revlogProblem(entry(0, Review))).toBeUndefined();
		expect(revlogProblem(entry(0, Review, { ease: 5 }))).toBe('its answer button is unknown');
		expect(revlogProblem(entry(0, Review, { ease: 2.5 }))).toBe('its answer button is unknown');
		expect(revlogProblem(entry(0, 6))).toBe('its kind is unknown');
		expect(revlogProblem(entry(0, Review, { time: -1 }))).toBe('its answer time is negative');
		expect(revlogProblem({ ...entry(0, Review), id: -5 })).toBe('its time is not a time');
		expect(revlogProblem(entry(0, Review, { ivl: Number.NaN }))).toBe('its interval or ease is not a number');
	});
});

describe("Anki's day", () => {
	// Made at 04:00 on 1 January 2024 in UTC+2 (Anki writes minutes west: -120).
	const crt = Date.parse('2024-01-01T02:00:00Z') / 1000;

	it('rolls over at the rollover hour in the collection’s time zone', () => {
		const days = ankiDays({ crt, rollover: 4, creationOffset: -120 });
		expect(new Date(days.anchorMs).toISOString()).toBe('2024-01-01T02:00:00.000Z');
		// 03:59 local on 11 January is still Anki's 10 January (day 9); 04:00 local starts day 10.
		expect(ankiDayOf(days, Date.parse('2024-01-11T01:59:00Z'))).toBe(9);
		expect(ankiDayOf(days, Date.parse('2024-01-11T02:00:00Z'))).toBe(10);
		expect(new Date(ankiDayStart(days, 10)).toISOString()).toBe('2024-01-11T02:00:00.000Z');
	});

	it('moves with the rollover hour, and defaults to 4 am', () => {
		const late = ankiDays({ crt, rollover: 0, creationOffset: -120 });
		expect(new Date(late.anchorMs).toISOString()).toBe('2023-12-31T22:00:00.000Z');
		expect(ankiDays({ crt, creationOffset: -120 })).toEqual(ankiDays({ crt, rollover: 4, creationOffset: -120 }));
		expect(ankiDays({ crt, rollover: 99, creationOffset: -120 })).toEqual(ankiDays({ crt, rollover: 4, creationOffset: -120 }));
	});

	it('takes the creation date where the collection was made, whatever time crt holds', () => {
		// Made at 23:30 local in UTC-5 (minutes west 300): that date, 4 am there, is 09:00 UTC.
		const days = ankiDays({ crt: Date.parse('2024-01-02T04:30:00Z') / 1000, rollover: 4, creationOffset: 300 });
		expect(new Date(days.anchorMs).toISOString()).toBe('2024-01-01T09:00:00.000Z');
	});

	it('without a time zone, counts days from crt (4 am where it was made), moved by the rollover hour', () => {
		expect(ankiDays({ crt }).anchorMs).toBe(crt * 1000);
		expect(ankiDays({ crt, rollover: 6 }).anchorMs).toBe(crt * 1000 + 2 * 3_600_000);
	});

	it('shifts times so that UTC midnight is the day boundary', () => {
		const days = ankiDays({ crt, rollover: 4, creationOffset: -120 });
		const shift = dayShiftMs(days);
		expect(shift).toBe(2 * 3_600_000);
		for (const at of ['2024-01-11T01:59:00Z', '2024-01-11T02:00:00Z', '2024-02-29T23:00:00Z']) {
			const ms = Date.parse(at);
			expect(Math.floor((ms - shift) / DAY) - Math.floor((days.anchorMs - shift) / DAY)).toBe(ankiDayOf(days, ms));
		}
		expect(dayShiftMs(ankiDays({ crt: Date.parse('2024-01-01T09:00:00Z') / 1000, creationOffset: 300 }))).toBe(9 * 3_600_000);
	});
});

describe("Anki's due dates", () => {
	const days = ankiDays({ crt: Date.parse('2024-01-01T02:00:00Z') / 1000, creationOffset: -120 });
	const card = { type: 2, queue: 2, due: 40, odue: 0, odid: '0' };

	it('reads a review card’s due as a day number, a learning card’s as seconds', () => {
		expect(new Date(ankiDue(card, days)!).toISOString()).toBe('2024-02-10T02:00:00.000Z');
		const learning = { ...card, type: 1, queue: 1, due: Date.parse('2024-02-10T12:34:00Z') / 1000 };
		expect(new Date(ankiDue(learning, days)!).toISOString()).toBe('2024-02-10T12:34:00.000Z');
		// Learning across days (queue 3) counts days again.
		expect(ankiDue({ ...card, type: 3, queue: 3, due: 41 }, days)).toBe(ankiDayStart(days, 41));
	});

	it('keeps the due of a suspended card, takes the original due of a card in a filtered deck, and has none for a new card', () => {
		expect(ankiDue({ ...card, queue: -1 }, days)).toBe(ankiDayStart(days, 40));
		expect(ankiDue({ ...card, due: -100_000, odue: 45, odid: '17' }, days)).toBe(ankiDayStart(days, 45));
		expect(ankiDue({ ...card, type: 0, queue: 0, due: 3 }, days)).toBeUndefined();
	});
});
