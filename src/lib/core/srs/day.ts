/**
 * The study day: it starts at a configurable local hour (4 am by default), so
 * that a late-night session still counts as the day before, as in Anki.
 * Local-time Date fields are used on purpose: the learner's day follows
 * their clock, including daylight-saving shifts (a day may last 23 or 25 h).
 */

/** An hour clamped to a whole number in 0..23, whatever the caller passed. */
function wholeHour(hour: number): number {
	return Number.isFinite(hour) ? Math.min(23, Math.max(0, Math.floor(hour))) : 0;
}

/** The moment the study day containing `now` began (local time, at `dayStartHour`). */
export function studyDayStart(now: Date, dayStartHour: number): Date {
	const hour = wholeHour(dayStartHour);
	const y = now.getFullYear();
	const m = now.getMonth();
	const d = now.getDate();
	const today = new Date(y, m, d, hour);
	return today.getTime() <= now.getTime() ? today : new Date(y, m, d - 1, hour);
}

/** The moment the study day containing `now` ends: the start of the next one. */
export function studyDayEnd(now: Date, dayStartHour: number): Date {
	const start = studyDayStart(now, dayStartHour);
	return new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1, wholeHour(dayStartHour));
}
