/**
 * How often the learner studied: answers per day over a period, the streak
 * of study days, and the weeks of a calendar heat map.
 */
import { dayRange, weekday, type DayKey } from './days';
import type { DayTotals } from './totals';

/** A day and how many answers it had. */
export interface DayCount {
	day: DayKey;
	count: number;
}

/** Answers on each day from `from` to `to`, days without any included as 0. */
export function reviewsPerDay(byDay: ReadonlyMap<DayKey, DayTotals>, from: DayKey, to: DayKey): DayCount[] {
	return dayRange(from, to).map((day) => ({ day, count: byDay.get(day)?.reviews ?? 0 }));
}

export interface Streak {
	/** Study days in a row up to today; today without answers yet does not break it. */
	current: number;
	/** The longest run of study days ever. */
	longest: number;
	/** Days with at least one answer, ever. */
	studyDays: number;
}

/** The streak of study days ending today (or yesterday, while today has no answer yet). */
export function streak(byDay: ReadonlyMap<DayKey, DayTotals>, today: DayKey): Streak {
	const studied = [...byDay].filter(([, totals]) => totals.reviews > 0).map(([day]) => day);
	const days = new Set(studied);
	let current = 0;
	for (let day = days.has(today) ? today : today - 1; days.has(day); day--) current++;
	let longest = 0;
	for (const day of days) {
		if (days.has(day - 1)) continue;
		let run = 1;
		while (days.has(day + run)) run++;
		longest = Math.max(longest, run);
	}
	return { current, longest, studyDays: days.size };
}

/** One square of the heat map. */
export interface CalendarCell extends DayCount {
	/** 0 for no answers, then 1-4 by the quarter of the busiest day's count it reaches. */
	level: 0 | 1 | 2 | 3 | 4;
}

/** The heat map: whole weeks (Monday first) ending with the week of `today`, days after today left out. */
export interface Calendar {
	weeks: (CalendarCell | null)[][];
	/** The busiest day's count: levels 2, 3 and 4 start at a quarter, half and three quarters of it. */
	max: number;
}

/** The level of a day with `count` answers when the busiest had `max`. */
function level(count: number, max: number): CalendarCell['level'] {
	if (count === 0) return 0;
	return count >= 0.75 * max ? 4 : count >= 0.5 * max ? 3 : count >= 0.25 * max ? 2 : 1;
}

/** The calendar heat map of the last `weeks` weeks. */
export function calendar(byDay: ReadonlyMap<DayKey, DayTotals>, today: DayKey, weeks: number): Calendar {
	const first = today - weekday(today) - (weeks - 1) * 7;
	const counts = reviewsPerDay(byDay, first, today);
	const max = counts.reduce((top, c) => Math.max(top, c.count), 0);
	return {
		weeks: Array.from({ length: weeks }, (_, w) =>
			Array.from({ length: 7 }, (_, d) => {
				const c = counts[w * 7 + d];
				return c ? { ...c, level: level(c.count, max) } : null;
			})
		),
		max
	};
}
