/**
 * True/false statements: the sentence as written (true), or with one entity
 * swapped for another of the same kind from the article (false), checked not
 * to be true elsewhere in the article. Never made false by inserting "not".
 */
import { hashString } from '../../bank/hash';
import type { Proposition } from '../clauses';
import { render } from '../clauses';
import { CHOICE_KINDS, distractorsFor } from '../distractors';
import { knownWithoutArticle } from '../known-answers';
import { lookup } from '../lookup';
import { printsNumberOf, wholeNumber } from '../pattern';
import type { Analysis, Mention, Sentence } from '../types';
import type { Draft } from './draft';

const WORD = /[\p{L}\p{N}]+/gu;
const STOP = new Set('the a an of in on at to and or for by with as is was were be been has have had that this it its from'.split(' '));

const contentWords = (text: string) => new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w)));

const sentenceWords = new WeakMap<Sentence, Set<string>>();
/** The content words of a sentence, worked out once. */
function wordsOf(s: Sentence): Set<string> {
	let words = sentenceWords.get(s);
	if (!words) sentenceWords.set(s, (words = contentWords(s.text)));
	return words;
}

/** Is the swapped statement said elsewhere in the article: another sentence holding the swap and most of the statement? */
export function trueElsewhere(a: Analysis, statement: string, swap: string, except: number): boolean {
	const words = contentWords(statement);
	// Sentences written alike answer alike, so each text is judged once.
	const judged = new Set<string>();
	return lookup(a)
		.sentencesHolding(swap.toLowerCase())
		.some((s) => {
			if (s.index === except || judged.has(s.text)) return false;
			judged.add(s.text);
			const theirs = wordsOf(s);
			const shared = [...words].filter((w) => theirs.has(w)).length;
			return shared / Math.max(1, words.size) >= 0.5;
		});
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const bare = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** Ways to say the same thing in other words: a money sign or percent written out, a date in the other order, a time phrase moved to the end. */
const RESTATEMENTS: ((text: string) => string)[] = [
	(t) => t.replace(/(\d[\d.,]*)\s*(?:percent|per cent)\b/g, '$1%'),
	(t) =>
		t.replace(
			/([£$€])(\d[\d.,]*)(\s+(?:million|billion|trillion))?/g,
			(_, sign: string, n: string, scale = '') => `${n}${scale} ${({ '£': 'pounds', $: 'dollars', '€': 'euros' } as Record<string, string>)[sign]}`
		),
	(t) => t.replace(new RegExp(`\\b(\\d{1,2}) (${MONTHS}) (\\d{4})\\b`, 'g'), '$2 $1, $3'),
	(t) => t.replace(new RegExp(`\\b(${MONTHS}) (\\d{1,2}), (\\d{4})\\b`, 'g'), '$2 $1 $3'),
	(t) => {
		// Only a fronted date ("In 1986", "On 18 November 1996,") moves: its end is sure.
		const fronted = new RegExp(
			`^((?:In|On|By|During)\\s+(?:(?:early|late|mid-)\\s*)?(?:(?:${MONTHS})\\s+)?(?:\\d{1,2}\\s+(?:${MONTHS})\\s+)?\\d{1,4}(?:,\\s+\\d{4})?),?\\s+([^]+?)([.!])$`
		).exec(t);
		if (!fronted) return t;
		return `${fronted[2].charAt(0).toUpperCase()}${fronted[2].slice(1)} ${fronted[1].charAt(0).toLowerCase()}${fronted[1].slice(1)}${fronted[3]}`;
	}
];

/** A true statement in words other than the article's, or undefined when it can only be copied. */
export function restated(statement: string, source: string): string | undefined {
	if (bare(statement) !== bare(source)) return statement;
	for (const restate of RESTATEMENTS) {
		const other = restate(statement);
		if (bare(other) !== bare(source)) return other;
	}
	return undefined;
}

/** The number at the start of a text ("80,000 inhabitants" gives 80000). */
const amount = (text: string | undefined) => (text === undefined ? NaN : Number(text.replace(/,/g, '')));

/**
 * "Roughly 90,000 of the City's 80,000 inhabitants": a swapped part must stay below its whole, and a swapped whole above its part,
 * or the statement contradicts itself.
 */
function partOfWhole(a: Analysis, m: Mention, swap: string): boolean {
	if (m.kind !== 'number') return true;
	const value = amount(/^[\d,.]+/.exec(swap)?.[0]);
	const whole = amount(/^[^\d.]*?\s+of\s+(?:[\p{L}'’]+\s+){0,3}?([\d,]+)\b/u.exec(a.text.slice(m.end, m.end + 60))?.[1]);
	const part = amount(/\b([\d,]+)\s+of\s+(?:[\p{L}'’]+\s+){0,3}?$/u.exec(a.text.slice(Math.max(0, m.start - 60), m.start))?.[1]);
	return !(value >= whole) && !(value <= part);
}

/** A true/false draft about one mention: the statement as written, or false with a same-kind swap. */
export function trueFalse(a: Analysis, p: Proposition, m: Mention, fact: string): Omit<Draft, 'score'> | undefined {
	// Swapping one person for another tests name matching, not the fact: people are asked by who-questions instead.
	if (!CHOICE_KINDS.has(m.kind) || m.kind === 'person') return undefined;
	// Prompts of true/false questions must be the article's own words, so no pronoun is replaced.
	if (p.edits.some((e) => !e.optional && e.text !== '')) return undefined;
	const makeFalse = parseInt(hashString(fact).slice(-2), 36) % 3 !== 0;
	const common = { sentence: p.sentence.index, fact, type: 'truefalse' as const, template: 'truefalse' as const };
	if (!makeFalse) {
		const prompt = restated(render(a, p), p.sentence.text);
		return prompt ? { ...common, prompt, answer: true } : undefined;
	}
	// "Born on 13 August 1865", the year he died: another date of a life swapped into a birth or a death is absurd, not false.
	// "the 13-year-old won … the following summer's Olympic Games": a year swapped beside an age or a time counted from it is absurd too.
	if (
		m.kind === 'date' &&
		/\b(?:born|died)\b|\b\d+-year-old\b|\baged\s+\d|\bthe\s+following\s+(?:summer|winter|spring|autumn|year|season)/.test(p.sentence.text)
	)
		return undefined;
	// "after 1771 masters found it hard …" of "after 1772": a date that bounds a span is still true of most of it when moved; and
	// "the Franco-Prussian War of 1870 to 1860" runs backwards.
	if (
		m.kind === 'date' &&
		(/\b(?:after|since|before|until|till|by|from)\s+(?:the\s+)?$|\d{4}\s*(?:to|–|-)\s*$/i.test(
			a.text.slice(Math.max(p.sentence.start, m.start - 12), m.start)
		) ||
			/^\s*(?:to|–|-)\s*\d{4}\b/.test(a.text.slice(m.end, m.end + 8)))
	)
		return undefined;
	// "The Carrington Event of May 2024, named after … a flare on 1 September 1859": a date whose year the sentence gives
	// again is contradicted by it, not made false.
	const year = m.kind === 'date' ? String(m.value ?? '').slice(0, 4) : '';
	const again = lookup(a)
		.mentionsIn(p.sentence.index)
		.some((x) => x !== m && x.kind === 'date' && /^\d{4}$/.test(year) && String(x.value ?? '').startsWith(year));
	if (again) return undefined;
	// "30 cycles turn a single molecule into 2 to the power of 30 copies": a number the sentence reckons with again is
	// contradicted by the rest of it when swapped.
	const numeral = m.kind === 'number' ? /^\d[\d,.]*/.exec(m.text)?.[0] : undefined;
	const rest = a.text.slice(p.sentence.start, m.start) + ' ' + a.text.slice(m.end, p.sentence.end);
	if (numeral && wholeNumber(numeral).test(rest)) return undefined;
	// "had covered 35 kilometres, the full marathon distance": a measure everyone knows, swapped, is absurd rather than false.
	if (m.kind === 'number' && knownWithoutArticle(m.text, `${a.text.slice(p.sentence.start, m.start)}____${a.text.slice(m.end, p.sentence.end)}`))
		return undefined;
	const own = lookup(a).ownTexts(p.sentence.index);
	// "raised the base rate from 10 to 10 percent": a swapped number the rest of the sentence prints says nothing changed.
	const printed = (t: string) => m.kind === 'number' && printsNumberOf(rest, t);
	const options = distractorsFor(a, m, 4, (t) => own.has(t.toLowerCase()) || p.sentence.text.includes(t) || printed(t)).filter((t) => partOfWhole(a, m, t));
	for (const swap of options) {
		const prompt = render(a, p, [{ start: m.start, end: m.end, text: swap }]);
		if (trueElsewhere(a, prompt, swap, p.sentence.index)) continue;
		return { ...common, prompt, answer: false, explanation: `The article says ${m.text}, not ${swap}.` };
	}
	return undefined;
}
