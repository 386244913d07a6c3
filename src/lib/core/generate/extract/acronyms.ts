/**
 * Acronyms the article defines: "Complete Verifiable Irreversible
 * Denuclearization, or CVID", "Indian Space Research Organisation (ISRO)",
 * "oral rehydration salts, or ORS", "British Overseas Airways Corporation,
 * known as BOAC", and "ISRO (Indian Space Research Organisation)". The expansion must spell
 * the acronym with its initials, so "(ESA)" after an unrelated phrase is not taken.
 */
import type { Acronym, Mention, Sentence } from '../types';

const SMALL = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'de', 'du', '&']);
const SHORT = String.raw`(\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*)`;
/** What joins a long form to its short one after it: "(ORS)", ", or ORS", ", known as BOAC", ", called NACA". */
const THEN_SHORT = String.raw`(?:\s+\(${SHORT}\)|,?\s+(?:or|known as|called)\s+${SHORT}\b)`;
const LONG_FIRST = new RegExp(String.raw`((?:[\p{Lu}][\p{L}'’-]*\s+(?:(?:of|and|the|for|in|on|de|du|&)\s+)*){1,9}[\p{Lu}][\p{L}'’-]*)${THEN_SHORT}`, 'gu');
/** A long form in common nouns ("oral rehydration salts, or ORS"): its initials alone tie it to the short form. */
const LOWER_FIRST = new RegExp(String.raw`(?<![\p{L}'’-])((?:\p{Ll}[\p{L}'’-]*\s+){1,6}\p{Ll}[\p{L}'’-]*)${THEN_SHORT}`, 'gu');
const SHORT_FIRST = new RegExp(String.raw`\b${SHORT}\s+\(((?:[\p{Lu}][\p{L}'’-]*\s*(?:(?:of|and|the|for|in|on|de|du|&)\s+)*){2,9})\)`, 'gu');

/** The capital letters of an acronym, lowercased: "ChaSTE" → "cste", "CVID" → "cvid". */
const letters = (short: string) => short.replace(/[^\p{Lu}]/gu, '').toLowerCase();

/** The shortest tail of `phrase` whose initials spell `short`, with or without its small words. */
export function expansionFor(short: string, phrase: string): string | undefined {
	const target = letters(short);
	const words = phrase.trim().split(/\s+/);
	for (let from = words.length - 1; from >= 0; from--) {
		const tail = words.slice(from);
		if (SMALL.has(tail[0].toLowerCase())) continue;
		const all = tail.map((w) => w[0].toLowerCase()).join('');
		const big = tail
			.filter((w) => !SMALL.has(w.toLowerCase()))
			.map((w) => w[0].toLowerCase())
			.join('');
		if (all === target || big === target) return tail.join(' ');
		if (big.length > target.length) return undefined;
	}
	return undefined;
}

/** Finds the acronyms a sentence defines, and a mention for each short and long form. */
export function findAcronyms(s: Sentence): { acronyms: Acronym[]; mentions: Mention[] } {
	const acronyms: Acronym[] = [];
	const mentions: Mention[] = [];
	const add = (short: string, long: string, shortAt: number, longAt: number) => {
		if (acronyms.some((a) => a.short === short)) return;
		acronyms.push({ short, long, sentence: s.index });
		const mk = (text: string, at: number, form: string): Mention => ({
			kind: 'acronym',
			start: s.start + at,
			end: s.start + at + text.length,
			text,
			sentence: s.index,
			key: `acronym:${short}`,
			form
		});
		mentions.push(mk(short, shortAt, 'short'), mk(long, longAt, 'long'));
	};
	// The patterns are costly; most sentences define nothing.
	if (!/\(\p{Lu}|\b(?:or|as|called) \p{Lu}{2}/u.test(s.text)) return { acronyms, mentions };
	for (const m of [...s.text.matchAll(LONG_FIRST), ...s.text.matchAll(LOWER_FIRST)]) {
		const short = m[2] ?? m[3];
		const long = expansionFor(short, m[1]);
		if (!long) continue;
		const at = m.index ?? 0;
		const longAt = at + m[1].lastIndexOf(long);
		add(short, long, at + m[0].lastIndexOf(short), longAt);
	}
	for (const m of s.text.matchAll(SHORT_FIRST)) {
		const long = expansionFor(m[1], m[2]);
		if (!long || long !== m[2].trim()) continue;
		const at = m.index ?? 0;
		add(m[1], long, at, at + m[0].indexOf(long));
	}
	return { acronyms, mentions };
}
