/**
 * Anki's review log (`revlog`) and card scheduling, read the way Anki's own
 * FSRS reads them. Pure: anki-scheduling.ts reads the rows.
 *
 * Which entries count follows Anki's `reviews_for_fsrs` (rslib/src/scheduler/
 * fsrs/params.rs, as used for memory states: no "ignore before" date), with
 * `RevlogEntry::is_reset`, `is_cramming` and `has_rating_and_affects_scheduling`
 * (rslib/src/revlog/mod.rs):
 * - cramming (type 3, filtered deck with rescheduling off, stored with factor 0) never counts;
 * - ungraded entries (ease 0: set due date, forget/reset, rescheduled, types 4 and 5) never count;
 * - a reset (a manual entry with factor 0) cuts the history before it, and a card not
 *   graded since its reset keeps no history at all;
 * - only the last run of learning entries starts the history: anything before it (a
 *   reset older Anki did not log) is cut;
 * - a history without any learning entry starts at its first graded entry with an
 *   interval of a day or more, as Anki's does (Anki then estimates the state at that
 *   entry from SM-2; Factdeck replays it as the first answer, see `partial`).
 * Reviews on the same Anki day stay, elapsed 0 days: FSRS's short-term formula takes them.
 *
 * Anki's day: it rolls over at the collection's `rollover` hour (4 when unset) in the
 * collection's time zone. A package carries that zone only as `creationOffset`
 * (minutes west of UTC when the collection was created, v2 scheduler's new day
 * handling), so days are counted in that fixed offset, as Anki counts them for a
 * learner who has not moved since. Collections without it (v1 scheduler, or v2 with the
 * legacy day handling) count days from `crt` itself, which Anki set to 4 am local time
 * on the creation day; the rollover hour then moves the boundary from that 4 am.
 */
import type { Rating } from '../srs/types';

/** Anki's `revlog.type`. */
export const RevlogKind = { Learn: 0, Review: 1, Relearn: 2, Filtered: 3, Manual: 4, Rescheduled: 5 } as const;

/** One row of Anki's `revlog` table, as far as Factdeck reads it. */
export interface RevlogRow {
	/** When the answer was given, in ms (the row's id). */
	id: number;
	/** 0 for an entry without a rating (manual, rescheduled), else the button: 1 Again … 4 Easy. */
	ease: number;
	/** Interval after the answer: days when positive, seconds when negative. */
	ivl: number;
	/** Ease factor after the answer (‰); 0 marks a reset or a cram. */
	factor: number;
	/** Time taken to answer, ms. */
	time: number;
	type: number;
}

/** Why a row cannot be read as a review at all, or undefined when it can. */
export function revlogProblem(row: RevlogRow): string | undefined {
	if (!Number.isSafeInteger(row.id) || row.id <= 0) return 'its time is not a time';
	if (!Number.isInteger(row.ease) || row.ease < 0 || row.ease > 4) return 'its answer button is unknown';
	if (!Number.isInteger(row.type) || row.type < RevlogKind.Learn || row.type > RevlogKind.Rescheduled) return 'its kind is unknown';
	if (!Number.isFinite(row.time) || row.time < 0) return 'its answer time is negative';
	if (!Number.isFinite(row.ivl) || !Number.isFinite(row.factor)) return 'its interval or ease is not a number';
	return undefined;
}

/** A reset to new ("Forget"): logged as a manual entry with factor 0 (a "set due date" keeps the ease). */
const isReset = (row: RevlogRow) => row.type === RevlogKind.Manual && row.factor === 0;
/** A review in a filtered deck that does not reschedule: logged as filtered with factor 0. */
const isCram = (row: RevlogRow) => row.type === RevlogKind.Filtered && row.factor === 0;
/** An interval of a day or more (positive days, or at least 86,400 s written as negative seconds). */
const interday = (row: RevlogRow) => row.ivl >= 1 || row.ivl <= -86_400;

/** One Anki card's log after Anki's rules: the entries that count, and what was left out and why. */
export interface KeptReviews {
	kept: RevlogRow[];
	/** The history starts at a learning step (false: it starts mid-way, at a graded review). */
	complete: boolean;
	/** Cram entries left out. */
	cram: number;
	/** Graded entries before the point the history starts (a reset, an older learning run). */
	cut: number;
	/** Ungraded entries (manual scheduling, resets, rescheduling) left out. */
	manual: number;
}

/** Applies Anki's rules to one card's log, oldest first (see the file's comment). */
export function keptReviews(rows: readonly RevlogRow[]): KeptReviews {
	let firstLearn = -1;
	let firstGrade = -1;
	let complete = false;
	let none = false;
	// Backwards from the latest entry, as Anki walks it.
	for (let i = rows.length - 1; i >= 0; i--) {
		const row = rows[i];
		if (isCram(row)) continue;
		const graded = row.ease > 0;
		if (graded && interday(row)) firstGrade = i;
		if (graded && row.type === RevlogKind.Learn) {
			firstLearn = i;
			complete = true;
		} else if (isReset(row)) {
			if (firstLearn >= 0) complete = true;
			else if (firstGrade >= 0) complete = false;
			else none = true;
			break;
		} else if (firstLearn >= 0) break;
	}
	const start = none ? rows.length : firstLearn >= 0 ? firstLearn : firstGrade >= 0 ? firstGrade : rows.length;
	const out: KeptReviews = { kept: [], complete, cram: 0, cut: 0, manual: 0 };
	rows.forEach((row, i) => {
		if (isCram(row)) out.cram++;
		else if (row.ease === 0) out.manual++;
		else if (i < start) out.cut++;
		else out.kept.push(row);
	});
	return out;
}

const DAY_MS = 86_400_000;

/** Anki's days of one collection: day n runs from `start(n)` to `start(n + 1)`. */
export interface AnkiDays {
	/** The moment Anki's day 0 (the collection's creation day) began, ms. */
	anchorMs: number;
}

/** What a collection says about its days: `crt` (s), its `rollover` hour, its `creationOffset` (minutes west of UTC). */
export interface DaySettings {
	crt: number;
	rollover?: number;
	creationOffset?: number;
}

/** A usable hour 0..23, or the default 4. */
const hourOf = (h: number | undefined) => (h !== undefined && Number.isInteger(h) && h >= 0 && h <= 23 ? h : 4);

/** Anki's day boundaries for a collection (see the file's comment for the time zone). */
export function ankiDays({ crt, rollover, creationOffset }: DaySettings): AnkiDays {
	const crtMs = Number.isFinite(crt) ? crt * 1000 : 0;
	const hour = hourOf(rollover);
	// Anki bounds the offset to ±23 hours.
	const west = creationOffset !== undefined && Number.isFinite(creationOffset) ? Math.max(-1380, Math.min(1380, Math.round(creationOffset))) : undefined;
	if (west === undefined) return { anchorMs: crtMs + (hour - 4) * 3_600_000 };
	const offsetMs = west * 60_000;
	// The calendar date of crt where the collection was made, at the rollover hour there.
	const localMidnight = Math.floor((crtMs - offsetMs) / DAY_MS) * DAY_MS;
	return { anchorMs: localMidnight + offsetMs + hour * 3_600_000 };
}

/** The Anki day a moment falls in. */
export const ankiDayOf = (days: AnkiDays, ms: number): number => Math.floor((ms - days.anchorMs) / DAY_MS);

/** When Anki day `n` begins, ms. */
export const ankiDayStart = (days: AnkiDays, n: number): number => days.anchorMs + n * DAY_MS;

/**
 * How far to move every time back so that UTC midnight falls on Anki's day
 * boundary: the scheduler counts elapsed days between UTC calendar dates, so a
 * replay of shifted times counts Anki's days.
 */
export const dayShiftMs = (days: AnkiDays): number => ((days.anchorMs % DAY_MS) + DAY_MS) % DAY_MS;

/** The scheduling columns of one Anki card. */
export interface AnkiCardRow {
	/** 0 new, 1 learning, 2 review, 3 relearning. */
	type: number;
	/** -3/-2 buried, -1 suspended, 0 new, 1 learning, 2 review, 3 learning across days, 4 preview. */
	queue: number;
	due: number;
	/** The due before the card was moved into a filtered deck (0 when it is not in one). */
	odue: number;
	odid: string;
}

/** Anki's test for a due that is a Unix time in seconds (learning cards) rather than a day number. */
const isTimestamp = (due: number) => due > 1_000_000_000;

/** When a studied Anki card is due, ms; undefined for a new card. A card in a filtered deck is due when it was before it moved there. */
export function ankiDue(card: AnkiCardRow, days: AnkiDays): number | undefined {
	if (card.type === 0 || card.type > 3) return undefined;
	const due = card.odid !== '0' && card.odid !== '' && card.odue !== 0 ? card.odue : card.due;
	if (!Number.isFinite(due)) return undefined;
	return isTimestamp(due) ? due * 1000 : ankiDayStart(days, due);
}

/** Anki's `queue` of a suspended card. */
export const isSuspended = (card: Pick<AnkiCardRow, 'queue'>) => card.queue === -1;

/** A kept entry's rating (kept entries are graded 1–4). */
export const ratingOf = (row: RevlogRow) => row.ease as Rating;
