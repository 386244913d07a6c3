/**
 * Dates, anchored to the publication date: a year-less "January 20" in an
 * article published in February 2021 is 2021-01-20 (the nearest January 20,
 * not the next one), unless the paragraph has just named a year.
 */
import type { Mention, Sentence } from '../types';
import { MONTHS } from './lexicon';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)`;
const WEEKDAY = String.raw`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)`;
const PATTERNS: { form: string; re: RegExp }[] = [
	{ form: 'md', re: new RegExp(String.raw`${WEEKDAY}?\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,\s*(\d{4})\b)?`, 'g') },
	{ form: 'dm', re: new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH})(?:,?\s+(\d{4}))?\b`, 'g') },
	{ form: 'my', re: new RegExp(String.raw`\b(${MONTH})\s+(?:of\s+)?(\d{4})\b`, 'g') },
	{
		form: 'm',
		// The word before may open the sentence ("In March of that year"); the month keeps its capital ("may" is no month).
		re: new RegExp(
			String.raw`(?<=\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|mid-|[Ll]ast|[Nn]ext|[Tt]his)\s|\b[Mm]id-)(${MONTH})\b(?!\s+\d)`,
			'g'
		)
	},
	{
		form: 'y',
		re: /(?<![\d,.$£€¥₹-])\b(1[0-9]{3}|20[0-9]{2})\b(?!\d|,\d|%|\.\d|-\p{L}|\s*(?:percent|per cent|metres|meters|kilometres|kilometers|km|kilograms|kg|grams|tonnes|tons|miles|feet|people|men|women|ships|dollars|cases)\b)/gu
	}
];

/** What follows a month that takes the year last named: "March of that year", "May that year". */
const THAT_YEAR = /^\s+(?:of\s+)?(?:that|the same) year\b/;

/** A year as a text writes it (1000–2099), not part of a longer number ("1,997"). */
const WRITTEN_YEAR = /\b(1[0-9]{3}|20[0-9]{2})\b(?!\d|,\d)/g;
const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, '')];
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** The year a year-less month and day most likely means, given the publication date. */
export function anchorYear(month: number, day: number, published?: string): number | undefined {
	const pub = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published ?? '');
	if (!pub) return undefined;
	const [y, m, d] = [Number(pub[1]), Number(pub[2]), Number(pub[3])];
	const target = dayNumber(y, m, d);
	const candidates = [y - 1, y, y + 1];
	const distance = (year: number) => Math.abs(dayNumber(year, month, day) - target);
	return candidates.reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

/**
 * The year a story set in the past is in: the article's last year, when it is far from the
 * publication date (or there is none) and is the year the article names most. A wrong year is
 * worse than none, so an aside about another year ("France had a permit for 1955") leaves the date bare.
 */
function storyYear(earlier: number | undefined, published: string | undefined, commonest: number | undefined): number | undefined {
	if (earlier === undefined || earlier !== commonest) return undefined;
	const pub = Number(published?.slice(0, 4));
	return !published || Math.abs(pub - earlier) > NEWS_YEARS ? earlier : undefined;
}

/** The years an article writes, and the one it writes most (when one stands out); for one sentence, the last full date before it. */
export type ArticleYears = { commonest?: number; latest?: number; lastFull?: FullDate; headline?: number };

/** Reads the years a text writes: the commonest (named at least twice, more than any other) and the latest; and the one year its headline names, if one. */
export function articleYears(text: string, headline = ''): ArticleYears {
	const counts = new Map<number, number>();
	for (const m of text.matchAll(WRITTEN_YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
	const ranked = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
	const clear = ranked[0] && ranked[0][1] >= 2 && ranked[0][1] > (ranked[1]?.[1] ?? 0);
	const titled = new Set([...headline.matchAll(WRITTEN_YEAR)].map((m) => Number(m[1])));
	return {
		commonest: clear ? ranked[0][0] : undefined,
		latest: ranked.length ? Math.max(...counts.keys()) : undefined,
		headline: titled.size === 1 ? [...titled][0] : undefined
	};
}

/** Is the article about a time long before it was published (no year it writes is near the publication)? Then the publication date says nothing of a year-less date. */
function inThePast(years: ArticleYears, published: string | undefined): boolean {
	return years.latest !== undefined && !!published && Number(published.slice(0, 4)) - years.latest > NEWS_YEARS;
}

/** Is an article's story long past at its publication ("Who was …", not "Who is …")? */
export function toldOfThePast(a: { text: string; published?: string }): boolean {
	return inThePast(articleYears(a.text), a.published);
}

/** A day and month with their year ("23 February 1917", "April 13, 1970"): a date that fixes the calendar around it. */
const FULL_DATE = /\b(\d{1,2})\s+(\p{Lu}\p{Ll}+)\s+((?:1\d|20)\d\d)\b|\b(\p{Lu}\p{Ll}+)\.?\s+(\d{1,2}),\s+((?:1\d|20)\d\d)\b/gu;

/** A date with its day, month and year. */
export type FullDate = { year: number; month: number; day: number };

/**
 * The year for a year-less date at `offset`: the year of the last full date in its paragraph, else the
 * last year its paragraph writes, unless that year looks back from `episode` (the year of the story's last full date,
 * weeks away). "Re-elected in 1916 …, had broken off relations on 3 February" after "On 23 February 1917" is 1917's:
 * a bare year is often an aside.
 */
function contextYear(paragraph: Sentence[], offset: number, episode?: number): number | undefined {
	let full: number | undefined;
	let bare: number | undefined;
	for (const s of paragraph) {
		if (s.start >= offset) break;
		const before = s.text.slice(0, Math.max(0, offset - s.start));
		full = lastFullDate(before)?.year ?? full;
		bare = lastYearIn(before) ?? bare;
	}
	// "On 16 January 1917 …" and then "Britain had cut the cables in August 1914. … forwarded it on 19 January": a bare year
	// before the story's episode looks back; the date goes on with the episode.
	if (full === undefined && bare !== undefined && episode !== undefined && bare < episode) return episode;
	return full ?? bare;
}

/** How many days after a full date a year-less one may fall and still be taken for its year: one episode of a story. */
const SAME_EPISODE_DAYS = 45;

/** The year of a year-less month and day that falls within weeks after the story's last full date, if it does. */
function yearAfter(full: FullDate | undefined, month: number, day: number): number | undefined {
	if (!full) return undefined;
	const gap = dayNumber(full.year, month, day) - dayNumber(full.year, full.month, full.day);
	return gap >= 0 && gap <= SAME_EPISODE_DAYS ? full.year : undefined;
}

/** The year of a year-less month and day within weeks either side of the story's last full date, if it is. */
function nearYear(full: FullDate | undefined, month: number, day: number): number | undefined {
	if (!full) return undefined;
	const gap = dayNumber(full.year, month, day) - dayNumber(full.year, full.month, full.day);
	return Math.abs(gap) <= SAME_EPISODE_DAYS ? full.year : undefined;
}

/**
 * "Jesse Owens in Berlin, 1936": the one year a headline names is the story's, for a year-less date no sentence before places
 * ("on August 3"), unless the story has already gone past it.
 */
function headlineYear(years: ArticleYears, earlier: number | undefined): number | undefined {
	return years.headline !== undefined && (earlier === undefined || earlier <= years.headline) ? years.headline : undefined;
}

/** The last full date a text writes, if any. */
export function lastFullDate(text: string): FullDate | undefined {
	let found: FullDate | undefined;
	for (const m of text.matchAll(FULL_DATE)) {
		const month = monthOf(m[2] ?? m[4]);
		if (month) found = { year: Number(m[3] ?? m[6]), month, day: Number(m[1] ?? m[5]) };
	}
	return found;
}

/** The last year a text writes, if any. */
export function lastYearIn(text: string): number | undefined {
	let found: number | undefined;
	for (const m of text.matchAll(WRITTEN_YEAR)) found = Number(m[1]);
	return found;
}

/** How far, in years, the story's last year may be from the publication date before a year-less date belongs to the story, not the publication. */
const NEWS_YEARS = 2;

/**
 * Finds the dates of a sentence; `paragraph` gives the sentences around it, and `earlier` the
 * last year the article wrote before it, for year-less dates: "On April 14" in a piece published
 * in 2020 about 1970 is 1970's, while "January 26" in news published in 2021 is 2021's.
 */
export function findDates(s: Sentence, paragraph: Sentence[], published?: string, earlier?: number, years: ArticleYears = {}): Mention[] {
	const found: Mention[] = [];
	const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
	for (const { form, re } of PATTERNS) {
		re.lastIndex = 0;
		for (const m of s.text.matchAll(re)) {
			const weekday = /^[A-Z][a-z]+day,?\s+/.exec(m[0])?.[0].length ?? 0;
			const start = s.start + (m.index ?? 0) + weekday;
			// "March of that year" is one date: the year is the last one written before it.
			const thatYear = m[3] === undefined && form !== 'y' && form !== 'my' ? THAT_YEAR.exec(s.text.slice((m.index ?? 0) + m[0].length)) : null;
			const end = s.start + (m.index ?? 0) + m[0].length + (thatYear?.[0].length ?? 0);
			if (taken(start, end)) continue;
			let year: number | undefined;
			let month: number | undefined;
			let day: number | undefined;
			if (form === 'md') [month, day, year] = [monthOf(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
			if (form === 'dm') [day, month, year] = [Number(m[1]), monthOf(m[2]), m[3] ? Number(m[3]) : undefined];
			if (form === 'my') [month, year] = [monthOf(m[1]), Number(m[2])];
			if (form === 'm') month = monthOf(m[1]);
			if (form === 'y') year = Number(m[1]);
			if (day !== undefined && (day < 1 || day > 31)) continue;
			const written = year !== undefined;
			if (!written && month !== undefined)
				year = thatYear
					? (contextYear(paragraph, start) ?? earlier)
					: (contextYear(paragraph, start, nearYear(years.lastFull, month, day ?? 15)) ??
						storyYear(earlier, published, years.commonest) ??
						// A story long past goes on from its last full date ("On 4 November 1922 …", then "on 6 November"), within weeks of it:
						// "14 April" after a launch "on 31 May 1911" is another year's.
						(inThePast(years, published)
							? (yearAfter(years.lastFull, month, day ?? 15) ?? headlineYear(years, earlier))
							: anchorYear(month, day ?? 15, published)));
			const value = [year ?? '????', month && pad(month), day && pad(day)].filter(Boolean).join('-');
			const text = s.text.slice(start - s.start, end - s.start);
			const shape = form === 'md' || form === 'dm' ? (written ? `${form}y` : form) : form;
			found.push({ kind: 'date', start, end, text, sentence: s.index, key: `date:${value}`, form: shape, value });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}
