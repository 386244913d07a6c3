/**
 * Stage 2: split paragraphs into sentences. A full stop ends a sentence
 * unless it closes an abbreviation that runs on (U.S. Secretary, D.C.,
 * Jan. 20, S. Somanath); dotted abbreviations still end a sentence when the
 * next word is one that usually opens a sentence ("… in the U.S. As of …").
 */
import type { Paragraph, Sentence } from './types';

/**
 * Longest sentence the generator reads, in characters. A real article's longest
 * sentences run to a few hundred; tagging one sentence costs time growing with
 * the square of its length (590,000 characters took minutes), so a longer one
 * is skipped: nothing is asked about it.
 */
export const MAX_SENTENCE_CHARS = 2_000;

/** Titles and short forms that are never the last word of a sentence. */
const TITLES = new Set(
	'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st mt ft rev hon pres no nos vol fig figs vs v approx dept est'.split(' ')
);
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Abbreviations that may end a sentence as well as sit inside one. */
const MAY_END = new Set('inc corp ltd co bros etc'.split(' '));
/** Words that run on after a clock time's "a.m." or "p.m." ("at 9 a.m. Tuesday", "8 p.m. GMT"); any other capital opens a sentence. */
const AFTER_CLOCK = new Set(
	'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december eastern central pacific mountain et est edt ct cst cdt pt pst pdt mt gmt bst utc cet'.split(
		' '
	)
);
/** Words that commonly open a sentence; after "U.S." they mean a new sentence began. */
const STARTERS = new Set(
	(
		'a an the as at it its he she they we i in on but and or so yet this that these those there here however his her their ' +
		'our what when where while with after before for if once since although though during despite according many most some ' +
		'such both all no not one two three four five six seven eight nine ten by from to instead meanwhile still also then because'
	).split(' ')
);

const CANDIDATE = /([.!?…]+)["”’)\]]*(?=\s)/g;

const WORD_BEFORE = /[\p{L}\p{N}.’'-]*$/u;

/** The word (letters, digits, dots, apostrophes, hyphens) ending at `end`. A regex anchored at the end scans from the start, so it reads a window that doubles until the word fits: linear in the word, not in the paragraph. */
function wordBefore(text: string, end: number): string {
	for (let width = 64; ; width *= 2) {
		const from = Math.max(0, end - width);
		const word = WORD_BEFORE.exec(text.slice(from, end))?.[0] ?? '';
		if (word.length < end - from || from === 0) return word;
	}
}

/** Should the paragraph break after the punctuation ending at `at`, given the next word? */
function breaksHere(text: string, punct: string, punctStart: number, next: string): boolean {
	// A sentence may open on a name written in lower case before its capitals ("mRNA is fragile", "iPhone sales rose").
	if (!/^(?:[\p{Lu}\d“"‘'([…]|\p{Ll}{1,3}\p{Lu})/u.test(next)) return false;
	if (punct !== '.') return true;
	const before = wordBefore(text, punctStart);
	const word = before.replace(/^.*[-’']/u, '').toLowerCase();
	const nextWord = (/^[“"‘'(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '').toLowerCase();
	// An initial ("S. Somanath"), but not a unit of degrees ("minus 70 °C. The US …"), a monarch's number ("under King Francis I.
	// Peruggia had …") nor a letter that ends a sentence before a word no name is ("C always pairs with G. Because …").
	const monarch = /\b(?:King|Queen|Pope|Emperor|Empress|Tsar|Sultan)\s+\p{Lu}\p{Ll}+\s+I$/u.test(text.slice(Math.max(0, punctStart - 40), punctStart));
	const degrees = /°\s?$/.test(text.slice(Math.max(0, punctStart - 3), punctStart - 1));
	// "they renamed it The Big M. Kroc opened …": a letter that ends a name opening on "the" is no one's initial.
	const theName = /\b[Tt]he\s+\p{Lu}[\p{L}-]+\s+\p{Lu}$/u.test(text.slice(Math.max(0, punctStart - 40), punctStart));
	if (/^\p{Lu}$/u.test(before) && !monarch && !degrees && !theName && !STARTERS.has(nextWord)) return false;
	if (TITLES.has(word)) return false;
	if (MONTHS.has(word)) return !/^\d/.test(next);
	// "… was 8:03 a.m. Only 17.7 percent …": a clock time ends its sentence unless a day, a month or a time zone follows.
	if (/^[ap]\.m$/i.test(before)) return !AFTER_CLOCK.has(nextWord);
	// "the scoreboard read 1.00. Nadia …": a number's decimal point is no abbreviation's dot.
	const dotted = (before.includes('.') && !/^\d[\d.,]*$/.test(before)) || MAY_END.has(word);
	if (dotted) return STARTERS.has(nextWord);
	return true;
}

/** Splits every paragraph into sentences, each with its offsets in the article text; sentences over MAX_SENTENCE_CHARS are left out. */
export function segment(text: string, paragraphs: Paragraph[]): Sentence[] {
	const sentences: Sentence[] = [];
	for (const para of paragraphs) {
		const body = text.slice(para.start, para.end);
		const cuts: number[] = [0];
		CANDIDATE.lastIndex = 0;
		for (let m = CANDIDATE.exec(body); m; m = CANDIDATE.exec(body)) {
			const end = m.index + m[0].length;
			const next = body.slice(end).trimStart();
			if (next && breaksHere(body, m[1], m.index, next)) cuts.push(end);
		}
		cuts.push(body.length);
		let order = 0;
		for (let i = 0; i + 1 < cuts.length; i++) {
			const raw = body.slice(cuts[i], cuts[i + 1]);
			const trimmed = raw.trim();
			if (!trimmed) continue;
			const position = order++;
			if (trimmed.length > MAX_SENTENCE_CHARS) continue;
			const start = para.start + cuts[i] + raw.indexOf(trimmed);
			sentences.push({
				index: sentences.length,
				paragraph: para.index,
				order: position,
				start,
				end: start + trimmed.length,
				text: trimmed,
				tokens: []
			});
		}
	}
	return sentences;
}
