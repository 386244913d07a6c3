/**
 * How a date reads in a question asked without its article: with its year
 * ("6 September" as "6 September 2023"), and a time counted from the date
 * the sentence before gave ("Later that year", "the same day") as that date.
 */
import { formatDate } from './distractors';
import { lookup } from './lookup';
import { withinAny } from './spans';
import { isFinite } from './tokens';
import type { Analysis, Edit, Mention, Sentence } from './types';

/** Year-less date forms and the form that adds the year. */
export const WITH_YEAR: Record<string, string> = { md: 'mdy', dm: 'dmy', m: 'my' };

/** A date as written, with its year added when the article left it to the reader. */
export function dateWithYear(m: Mention): string {
	const to = WITH_YEAR[m.form];
	const value = String(m.value ?? '');
	if (!to || !/^\d{4}/.test(value)) return m.text;
	return formatDate(m.form === 'm' ? `${value.slice(0, 7)}-01` : value, to);
}

/** "Later that year", "the same day", "That same year": a time the sentence before fixed; "the same day as the vote" says its own. */
const COUNTED_FROM = /\b(?:(later|earlier)\s+)?(?:that\s+same|that|the\s+same)\s+(year|day)\b(?![-\p{L}])(?!\s+as\b)/giu;
/** A preposition that takes the date itself: "in that year" is "in 1819", "on the same day" is "on 16 August 1819". */
const PREPOSITION_BEFORE = /\b(?:in|on|by|from|until|till|since|during|after|before|of|for|throughout)\s+$/i;

/** Words that open a clause telling a time in passing: "since it became public in 1971", "after Percy drowned in 1822". */
const SUBORDINATOR = /\b(?:since|after|before|until|till|following|when|while|because|although|whereas)\b(?=[^,;]*$)/gi;

/** Is the date inside a clause told in passing, a subordinator and its own verb before it ("before the election on 28 November" is no clause)? */
function inAside(a: Analysis, s: Sentence, m: Mention): boolean {
	// The nearest one before the date: "had ten weeks to enrol before the election on 28 November" is told by "before".
	const opener = [...a.text.slice(s.start, m.start).matchAll(SUBORDINATOR)].pop();
	if (!opener) return false;
	const from = s.start + (opener.index ?? 0) + opener[0].length;
	return s.tokens.some((t) => t.start >= from && t.end <= m.start && isFinite(t));
}

/**
 * The date `at` counts from, giving a `year` (or a `day` with its month and year): the last date outside an aside of the nearest
 * sentence that has one before it, the sentence before or, for a year, earlier in the paragraph. "In 1986 the company lost …, its
 * first loss since it became public in 1971. Its report for that year …" is 1986's; "In 2008 it made …, and by 2019 the count had
 * fallen. That year …" is 2019's.
 */
function dateBefore(a: Analysis, s: Sentence, at: number, unit: 'year' | 'day'): Mention | undefined {
	const full = unit === 'day' ? /^\d{4}-\d\d-\d\d$/ : /^\d{4}/;
	for (let i = s.index; i >= 0 && i >= s.index - (unit === 'day' ? 1 : 3); i--) {
		const w = a.sentences[i];
		// The sentence before, even across a paragraph break ("That year …" opening a paragraph), but nothing further in another one.
		if (i < s.index - 1 && w.paragraph !== s.paragraph) break;
		const dated = lookup(a)
			.mentionsIn(i)
			.filter((m) => m.kind === 'date' && m.end <= at && full.test(String(m.value ?? '')) && !inAside(a, w, m));
		if (dated.length) return dated[dated.length - 1];
	}
	return undefined;
}

/** Edits that write "that year" and "the same day" in `[from, to)` as the year or the date they count from. */
export function countedTimeEdits(a: Analysis, s: Sentence, from: number, to: number): Edit[] {
	const edits: Edit[] = [];
	const dates = lookup(a)
		.mentionsIn(s.index)
		.filter((m) => m.kind === 'date');
	for (const found of a.text.slice(from, to).matchAll(COUNTED_FROM)) {
		const start = from + (found.index ?? 0);
		const end = start + found[0].length;
		// "March of that year" is already a date of its own, which takes its year as one.
		if (withinAny(a.quoted, start, end) || dates.some((m) => m.start < end && start < m.end)) continue;
		const unit = found[2].toLowerCase() as 'year' | 'day';
		const date = dateBefore(a, s, start, unit);
		// "In the same year, 1986, …" gives its year itself; one the prompt already shows ("in 1924, and that same year") is not repeated.
		if (!date || (date.start >= from && date.end <= to) || /^,?\s+(?:\d|\p{Lu}\p{Ll}+\s+\d)/u.test(a.text.slice(end, end + 12))) continue;
		const when = unit === 'year' ? String(date.value).slice(0, 4) : dateWithYear(date);
		const later = found[1]?.toLowerCase();
		const taken = !later && PREPOSITION_BEFORE.test(a.text.slice(Math.max(s.start, start - 12), start));
		const text = [later, taken ? '' : unit === 'year' ? 'in' : 'on', when].filter(Boolean).join(' ');
		edits.push({ start, end, text: /^\p{Lu}/u.test(found[0]) ? text[0].toUpperCase() + text.slice(1) : text, optional: true });
	}
	return edits;
}
