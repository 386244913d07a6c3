/**
 * How a date reads in a question asked without its article: with its year
 * ("6 September" as "6 September 2023"), a time counted from the date the
 * sentence before gave ("Later that year", "the same day") as that date, and
 * a sentence with no time of its own opened on the year told before it.
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
export function dateBefore(a: Analysis, s: Sentence, at: number, unit: 'year' | 'day'): Mention | undefined {
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

/** Words that move a sentence's time away from the year before it, or out of any one year: "later", "today", "for three decades". */
const ANOTHER_TIME =
	/\b(?:later|earlier|eventually|afterwards?|subsequently|next|following|ago|since|until|till|today|now|nowadays|still|ever|never|always|once|years|decades|centuries|months|weeks|would|will)\b/i;
/** An opening that places the sentence itself ("In Norway", "That night", "By dusk"): a second frame before it reads badly. */
const PLACED = /^(?:In|On|At|By|During|After|Before|Within|Until|Since|Throughout|That|This|Those|These|Then|Meanwhile|There|Here|So|Thus|Yet|But|And|Also)\b/;
/** Words that open a sentence with a capital only because they open it. */
const SMALL_OPENER =
	/^(?:The|A|An|Its|His|Her|Their|Some|Many|Most|Several|Each|Every|Both|All|No|One|Two|Three|Four|Five|Only|When|While|As|Although|Though|Because|With|Under|Over|From|For|Regular|Other|Another)\b/;

const framing = new WeakMap<Sentence, string | null>();

/**
 * "On the morning of Monday 16 August 1819, tens of thousands walked into Manchester. … Henry Hunt arrived on the speakers'
 * platform": a sentence told in the past with no time of its own happened in the year the sentence before it gave, in the
 * same paragraph. Only when that sentence gives one year, and nothing in this one moves the time. Worked out once a sentence.
 */
function yearOfStory(a: Analysis, s: Sentence): string | undefined {
	let year = framing.get(s);
	if (year === undefined) framing.set(s, (year = storyYear(a, s) ?? null));
	return year ?? undefined;
}

function storyYear(a: Analysis, s: Sentence): string | undefined {
	if (ANOTHER_TIME.test(s.text) || PLACED.test(s.text)) return undefined;
	if (
		lookup(a)
			.mentionsIn(s.index)
			.some((m) => m.kind === 'date') ||
		/\b(?:that|the)\s+(?:same\s+)?(?:year|day)\b/i.test(s.text)
	)
		return undefined;
	const verbs = s.tokens.filter((t) => isFinite(t) && !withinAny(a.quoted, t.start, t.end));
	const verb = verbs[0];
	if (!verb) return undefined;
	const after = s.tokens[s.tokens.indexOf(verb) + 1];
	// "The blast was heard 100 miles away" tells a deed in the year; "Foreman was a heavy favourite" a state, which may have held
	// long before it or after.
	const deed = /^(?:was|were)$/i.test(verb.text) ? !!after && (after.tags.has('Participle') || after.tags.has('PastTense')) : verb.tags.has('PastTense');
	// "had been held", "had arrived": what was so before the year told, not in it.
	if (!deed || verbs.some((t) => /^had$/i.test(t.text))) return undefined;
	const date = dateBefore(a, s, s.start, 'year');
	// Only the sentence just before, in the same paragraph: a step further, the story may have moved on ("Engineers traced the failure. For
	// the next mission they widened …").
	if (!date || date.sentence !== s.index - 1 || a.sentences[date.sentence].paragraph !== s.paragraph) return undefined;
	// A day or a month tells an event the next sentence goes on with; a year alone ("She died in 1851") may sum up a life.
	if (!['dmy', 'mdy', 'my', 'md', 'dm', 'm'].includes(date.form ?? '') || /\b(?:born|died|death)\b/i.test(a.sentences[date.sentence].text)) return undefined;
	const years = new Set(
		lookup(a)
			.mentionsIn(date.sentence)
			.filter((m) => m.kind === 'date' && /^\d{4}/.test(String(m.value ?? '')))
			.map((m) => String(m.value).slice(0, 4))
	);
	return years.size === 1 ? [...years][0] : undefined;
}

/** A prompt asked of sentence `s`, opened on the year of its story ("In 1819, ____ arrived on the speakers' platform.") when it has one. */
export function yearFrame(a: Analysis, s: Sentence, prompt: string): string {
	const year = yearOfStory(a, s);
	if (!year || /\b(?:1\d|20)\d\d\b/.test(prompt)) return prompt;
	const [, word, next] = /^(\p{L}+)(?:['’]s)?[,;:]?\s+(\S+)/u.exec(prompt) ?? [];
	const token = s.tokens.find((t) => t.text.replace(/['’]s$/, '') === word);
	// A name keeps its capital: one the tagger knows ("Harry Truman", "Bolivia's"), one of a run of capitals ("Treasury Secretary"),
	// or one the article also writes with its capital inside a sentence ("Messiah"); any other word loses the capital it opened on.
	const named = !!token?.tags.has('ProperNoun') || /^\p{Lu}/u.test(next ?? '') || (!!word && new RegExp(`[\\p{Ll},;:] ${word}\\b`, 'u').test(a.text));
	const small = !!word && (SMALL_OPENER.test(prompt) || (!named && !/^\p{Lu}{2}/u.test(word)));
	return `In ${year}, ${small ? prompt.charAt(0).toLowerCase() + prompt.slice(1) : prompt}`;
}
