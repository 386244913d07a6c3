/**
 * Numbers, money, percentages and measures, with the thing they count, and
 * ordinals ("the fourth country"). A number's form (currency, scale, unit)
 * is kept so that choices and made-up distractors are written the same way.
 */
import type { Mention, Sentence } from '../types';
import { NUMBER_WORDS, ORDINAL_WORDS } from './lexicon';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s(?:thousand|million|billion|trillion|crore|lakh))?`;
const UNIT = String.raw`(?:%|\s(?:percent|per cent|kilometres per hour|kilometers per hour|miles per hour|metres per second|kilometres|kilometers|km/h|km/s|km|m/s|mph|metres|meters|centimetres|centimeters|cm|millimetres|mm|kilograms|kg|grams|tonnes|tons|miles|feet|degrees Celsius|degrees Fahrenheit|degrees|hours|minutes|seconds|days|weeks|months|years|Earth days|rupees|dollars|yuan|yen|won|baht|ringgit|rupiah|euros|pounds|li|zhang))`;
// Odds are one amount with their "-1" ("5,000-1"): blanking the 5,000 alone leaves "____-1".
const AMOUNT = new RegExp(
	String.raw`(?<![\p{L}\d.,:-])(?:[$£€¥₹])?(?:${NUM})(?:-1(?!\d))?${SCALE}(?:\s(?:to|and)\s(?:${NUM}))?${UNIT}?(?:\sby\s(?:${NUM})${UNIT})?(?![\d\p{L}]|,\d|\.\d)`,
	'gu'
);
const WORD_NUM = Object.keys(NUMBER_WORDS).join('|');
const SPELLED = new RegExp(
	String.raw`\b(?:(?:${WORD_NUM})(?:[\s-](?:${WORD_NUM}|hundred|thousand|million))*|one[\s-](?:hundred|thousand|million)(?:[\s-](?:hundred|thousand|million))*)\b`,
	'gi'
);
/**
 * A measure in two or three units ("24 hours and 50 minutes", "three hours and ten minutes", "5 feet and 4 inches", "2 hours
 * 15 minutes 16.2 seconds"): one amount, not two.
 */
const PART = String.raw`(?:${NUM}|${WORD_NUM})`;
const JOIN = String.raw`(?:,?\s+and\s+|,\s+|\s+)`;
const COMPOUND = new RegExp(
	String.raw`(?<![\p{L}\d.,:-])(${NUM}|${WORD_NUM}) (?:hours?${JOIN}${PART} minutes?(?:${JOIN}${PART} seconds?)?|minutes?${JOIN}${PART} seconds?|feet${JOIN}${PART} inch(?:es)?|metres?${JOIN}${PART} centimetres?)\b`,
	'giu'
);
const ORDINAL = new RegExp(
	String.raw`\b(?:${Object.keys(ORDINAL_WORDS)
		.filter((w) => w !== 'first')
		.join('|')}|\d+(?:st|nd|rd|th))\b(?=\s+\p{L})`,
	'giu'
);

/** How a number is written: enough to write another number the same way. */
export type NumberShape = { prefix: string; value: number; decimals: number; grouped: boolean; rest: string };

/** Reads a written amount ("$75 million", "1,750 kilograms", "20 percent"); undefined for words. */
export function parseAmount(text: string): NumberShape | undefined {
	const m = /^([$£€¥₹]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(.*)$/s.exec(text);
	if (!m) return undefined;
	const digits = m[2].replace(/,/g, '');
	return { prefix: m[1], value: Number(digits), decimals: digits.split('.')[1]?.length ?? 0, grouped: m[2].includes(','), rest: m[3] };
}

/** Writes `value` the way `shape` was written. */
export function formatAmount(shape: NumberShape, value: number): string {
	let body = value.toFixed(shape.decimals);
	if (shape.grouped || (value >= 10_000 && shape.value >= 1000)) {
		const [int, frac] = body.split('.');
		body = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
	}
	return `${shape.prefix}${body}${shape.rest}`;
}

/** The plural noun a number counts, within the next three words ("62 large treasure ships" → ships). */
function countedNoun(s: Sentence, end: number): string | undefined {
	const after = s.tokens.filter((t) => t.start >= end).slice(0, 3);
	for (const [i, t] of after.entries()) {
		if (t.tags.has('Plural') || /^(men|women|people|children|li)$/.test(t.text)) return t.text.toLowerCase();
		// "three league games": after a noun used as a modifier, a word in -s is the plural it modifies, even when tagged a verb.
		if (i > 0 && t.tags.has('PresentTense') && /\p{Ll}s$/u.test(t.text) && after[i - 1].tags.has('Noun')) return t.text.toLowerCase();
		if (!t.tags.has('Adjective') && !t.tags.has('Noun')) return undefined;
	}
	return undefined;
}

/** Finds the numbers and ordinals of a sentence, leaving out spans already taken (dates, times). */
export function findNumbers(s: Sentence, taken: { start: number; end: number }[]): Mention[] {
	const found: Mention[] = [];
	const times = [...s.text.matchAll(/\d{1,2}:\d{2}(?:\s?[ap]\.m\.)?/g)].map((m) => ({
		start: s.start + (m.index ?? 0),
		end: s.start + (m.index ?? 0) + m[0].length
	}));
	const busy = (start: number, end: number) => [...taken, ...times, ...found].some((f) => start < f.end && end > f.start);
	const push = (kind: 'number' | 'ordinal', index: number, text: string, form: string, value: number) => {
		const start = s.start + index;
		const end = start + text.length;
		if (busy(start, end)) return;
		found.push({ kind, start, end, text, sentence: s.index, key: `${kind}:${text.toLowerCase()}`, form, value });
	};
	for (const m of s.text.matchAll(COMPOUND)) {
		const first = m[1].toLowerCase();
		const value = /\d/.test(first) ? Number(first.replace(/,/g, '')) : NUMBER_WORDS[first];
		const units = m[0].split(/\s+/).filter((w) => /^\p{L}+$/u.test(w) && w !== 'and' && NUMBER_WORDS[w.toLowerCase()] === undefined);
		if (value !== undefined) push('number', m.index ?? 0, m[0], `compound|${units.join('+')}`, value);
	}
	for (const found of s.text.matchAll(AMOUNT)) {
		// "raised the base rate from 10 to 12 percent": a change, not a range; its end is the amount the sentence tells of.
		const start = /^(\S+\s+to\s+)\d/.exec(found[0]);
		const change = start && /\bfrom\s+$/i.test(s.text.slice(Math.max(0, (found.index ?? 0) - 6), found.index));
		const m = change ? { 0: found[0].slice(start[1].length), index: (found.index ?? 0) + start[1].length } : found;
		const shape = parseAmount(m[0]);
		if (!shape) continue;
		const end = s.start + (m.index ?? 0) + m[0].length;
		const unit = shape.rest.trim() || countedNoun(s, end) || '';
		if (!unit && !shape.prefix && shape.value < 10 && shape.decimals === 0) continue;
		push('number', m.index ?? 0, m[0], `${shape.prefix}|${shape.rest.trim() ? shape.rest.trim() : `·${unit}`}`, shape.value);
	}
	for (const m of s.text.matchAll(SPELLED)) {
		const words = m[0].toLowerCase().split(/[\s-]+/);
		const end = s.start + (m.index ?? 0) + m[0].length;
		const unit = countedNoun(s, end);
		if (!unit || (words.length === 1 && words[0] === 'one')) continue;
		const value = words.reduce(
			(sum, w) =>
				w === 'hundred' || w === 'thousand' || w === 'million' ? sum * { hundred: 100, thousand: 1000, million: 1e6 }[w] : sum + (NUMBER_WORDS[w] ?? 1),
			0
		);
		push('number', m.index ?? 0, m[0], `words|·${unit}`, value);
	}
	for (const m of s.text.matchAll(ORDINAL)) {
		const word = m[0].toLowerCase();
		const value = ORDINAL_WORDS[word] ?? parseInt(word, 10);
		push('ordinal', m.index ?? 0, m[0], /\d/.test(word) ? 'ord-num' : 'ord-word', value);
	}
	return found.sort((a, b) => a.start - b.start);
}
