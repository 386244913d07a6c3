/**
 * Study days as whole numbers, so that statistics can count, subtract and
 * store them: a day is the calendar date on which its study day began (by the
 * learner's `dayStartHour`, see srs/day.ts), counted in days since 1 January
 * 1970. Consecutive study days differ by exactly 1, daylight saving or not.
 */
import { studyDayStart } from '../srs/day';

/** A study day: days since 1970-01-01 of the local date on which it began. */
export type DayKey = number;

const DAY_MS = 86_400_000;

/** The study day that `at` falls in. */
export function dayKey(at: Date, dayStartHour: number): DayKey {
	const start = studyDayStart(at, dayStartHour);
	return Math.round(Date.UTC(start.getFullYear(), start.getMonth(), start.getDate()) / DAY_MS);
}

/** The calendar date of a study day as a UTC midnight: format it with `timeZone: 'UTC'` to name the day. */
export function dayDate(day: DayKey): Date {
	return new Date(day * DAY_MS);
}

/** The weekday of a study day, 0 for Monday to 6 for Sunday (1 January 1970 was a Thursday). */
export function weekday(day: DayKey): number {
	return (((day + 3) % 7) + 7) % 7;
}

/** Every day from `from` to `to`, both included. */
export function dayRange(from: DayKey, to: DayKey): DayKey[] {
	return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
