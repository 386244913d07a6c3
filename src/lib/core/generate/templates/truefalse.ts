/**
 * True/false statements: the sentence as written (true), or with one entity
 * swapped for another of the same kind from the article (false), checked not
 * to be true elsewhere in the article. Never made false by inserting "not".
 */
import { hashString } from '../../bank/hash';
import type { Proposition } from '../clauses';
import { render } from '../clauses';
import { CHOICE_KINDS, distractorsFor } from '../distractors';
import { lookup } from '../lookup';
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

/** A true/false draft about one mention: the statement as written, or false with a same-kind swap. */
export function trueFalse(a: Analysis, p: Proposition, m: Mention, fact: string): Omit<Draft, 'score'> | undefined {
	if (!CHOICE_KINDS.has(m.kind)) return undefined;
	// Prompts of true/false questions must be the article's own words, so no pronoun is replaced.
	if (p.edits.some((e) => !e.optional && e.text !== '')) return undefined;
	const makeFalse = parseInt(hashString(fact).slice(-2), 36) % 3 !== 0;
	const common = { sentence: p.sentence.index, fact, type: 'truefalse' as const, template: 'truefalse' as const };
	if (!makeFalse) return { ...common, prompt: render(a, p), answer: true };
	const own = lookup(a).ownTexts(p.sentence.index);
	const options = distractorsFor(a, m, 4, (t) => own.has(t.toLowerCase()) || p.sentence.text.includes(t));
	for (const swap of options) {
		const prompt = render(a, p, [{ start: m.start, end: m.end, text: swap }]);
		if (trueElsewhere(a, prompt, swap, p.sentence.index)) continue;
		return { ...common, prompt, answer: false, explanation: `The article says ${m.text}, not ${swap}.` };
	}
	return undefined;
}
