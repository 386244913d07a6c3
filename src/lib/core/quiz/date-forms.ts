/**
 * Dates written the usual ways: a whole answer read as a day, a month or a
 * year, so that "6 September 2023", "Sept. 6, 2023", "Sep 6th 2023" and
 * "2023-09-06" grade as one answer, and "in 1997" as "1997".
 *
 * All-numeric forms with slashes or dots (6/9/2023, 6.9.2023) are not read on
 * purpose: Britain reads them day first and the United States month first, so
 * "6/9/2023" is 6 September to one learner and June 9 to another, and grading
 * cannot tell which was meant. Only the ISO form, always year-month-day, is.
 */

/** A calendar date as precise as it was written: a year, a month of a year, or a day. */
export interface CalendarDate {
	year?: number;
	month?: number;
	day?: number;
}

// Month names and their abbreviations (with "Sept"), by month number.
const MONTH_NAMES: Record<string, number> = {
	january: 1,
	february: 2,
	march: 3,
	april: 4,
	may: 5,
	june: 6,
	july: 7,
	august: 8,
	september: 9,
	october: 10,
	november: 11,
	december: 12,
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12
};
const MONTH = `(${Object.keys(MONTH_NAMES)
	.sort((a, b) => b.length - a.length)
	.join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

/** "2023-09-06": the ISO form, the only all-numeric one without ambiguity. */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** "6 September 2023", "6th of Sept 2023", "the 6th of September": day first, year optional. */
const DAY_FIRST = new RegExp(`^(?:the )?${DAY}(?: of)? ${MONTH},?(?: ${YEAR})?$`);
/** "September 6, 2023", "Sept. 6 2023", "Sep 6th": month first, year optional. */
const MONTH_FIRST = new RegExp(`^${MONTH} ${DAY}(?:,? ${YEAR})?$`);
/** "July 1997": a month of a year. */
const MONTH_YEAR = new RegExp(`^${MONTH},? ${YEAR}$`);
/** "1997": a year alone. */
const YEAR_ONLY = new RegExp(`^${YEAR}$`);

/** The text stripped of what does not change the date: case, "in"/"on", a weekday, a closing full stop, loose spaces. */
function cleanDate(text: string): string {
	return text
		.toLowerCase()
		.replace(/\s*,\s*/g, ', ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/\.$/, '')
		.replace(/^(?:in|on) /, '')
		.replace(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day,? /, '');
}

/** Days in a month, counting 29 for February when the year is unknown or leap. */
function daysIn(month: number, year: number | undefined): number {
	if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dateOf(year?: string, month?: number, day?: string): CalendarDate | undefined {
	const y = year === undefined ? undefined : Number(year);
	const d = day === undefined ? undefined : Number(day);
	if (month !== undefined && (month < 1 || month > 12)) return undefined;
	if (d !== undefined && (month === undefined || d < 1 || d > daysIn(month, y))) return undefined;
	return { year: y, month, day: d };
}

/** The date a whole answer stands for, or undefined when it is not one date written a usual way. */
export function readDate(text: string): CalendarDate | undefined {
	const t = cleanDate(text);
	let m: RegExpMatchArray | null;
	if ((m = t.match(ISO))) return dateOf(m[1], Number(m[2]), m[3]);
	if ((m = t.match(DAY_FIRST))) return dateOf(m[3], MONTH_NAMES[m[2]], m[1]);
	if ((m = t.match(MONTH_FIRST))) return dateOf(m[3], MONTH_NAMES[m[1]], m[2]);
	if ((m = t.match(MONTH_YEAR))) return dateOf(m[2], MONTH_NAMES[m[1]]);
	if ((m = t.match(YEAR_ONLY))) return dateOf(m[1]);
	return undefined;
}

/**
 * Whether two answers name the same date to the same precision. A year alone
 * is not a full date's answer, and a date without its year matches only an
 * expected date that has no year either: a missing part is never assumed.
 */
export function sameDate(typed: string, expected: string): boolean {
	const mine = readDate(typed);
	const theirs = readDate(expected);
	if (!mine || !theirs) return false;
	return mine.year === theirs.year && mine.month === theirs.month && mine.day === theirs.day;
}
