/**
 * The due forecast: how many cards fall due on each of the coming study
 * days. Today's count includes every card already overdue, as the study
 * page would show them today.
 */
import { studyDayEnd } from '../srs/day';
import { dayKey, type DayKey } from './days';
import type { DayCount } from './activity';

/** The ends of the next `days` study days from `now`: the first is the end of today. */
export function forecastEnds(now: Date, dayStartHour: number, days: number): Date[] {
	const ends: Date[] = [];
	let end = studyDayEnd(now, dayStartHour);
	for (let i = 0; i < days; i++) {
		ends.push(end);
		end = studyDayEnd(end, dayStartHour);
	}
	return ends;
}

/**
 * Cards due on each study day from today, given their due times: `due` are
 * the due times of the cards to count, `skip` those of cards that must not be
 * counted (suspended ones, whose due times also appear in `due`).
 */
export function dueForecast(now: Date, dayStartHour: number, days: number, due: Iterable<Date>, skip: Iterable<Date> = []): DayCount[] {
	const ends = forecastEnds(now, dayStartHour, days).map((d) => d.getTime());
	const today: DayKey = dayKey(now, dayStartHour);
	const counts = ends.map((_, i) => ({ day: today + i, count: 0 }));
	const tally = (times: Iterable<Date>, step: number) => {
		for (const time of times) {
			const i = firstAfter(ends, time.getTime());
			if (i < ends.length) counts[i].count += step;
		}
	};
	tally(due, 1);
	tally(skip, -1);
	return counts;
}

/** The index of the first end after `t` (binary search over ascending ends); ends.length when none. */
function firstAfter(ends: readonly number[], t: number): number {
	let lo = 0;
	let hi = ends.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ends[mid] > t) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}
