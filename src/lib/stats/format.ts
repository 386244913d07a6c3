/** How the statistics page writes days, shares and times. */
import { dayDate, type DayKey } from '$lib/core/stats/days';

/** "3 Mar": a study day, short, in the learner's language. */
export function dayLabel(day: DayKey): string {
	return dayDate(day).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** "Mon, 3 Mar 2025": a study day in full, for tables and tooltips. */
export function dayName(day: DayKey): string {
	return dayDate(day).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "Mar": the month a study day falls in, for the heat map's columns. */
export function monthLabel(day: DayKey): string {
	return dayDate(day).toLocaleDateString(undefined, { month: 'short', timeZone: 'UTC' });
}

/** "88.5%", "90%": a share, to one decimal, none when it is 0. */
export function percent(share: number): string {
	return `${Number((share * 100).toFixed(1))}%`;
}
