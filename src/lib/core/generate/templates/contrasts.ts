/**
 * Blanks on the side a sentence takes in a contrast: "the oxygen given off by
 * plants comes from ____ rather than from carbon dioxide" (water), "the fleets
 * were instruments of ____ rather than exploration" (power). Such a sentence
 * exists to make that choice, and it is often the only one of its words no
 * name, date or number blank asks about; the other side stays in the prompt,
 * so the blank asks which of two things, not what any reader would supply.
 */
import { render, type Proposition } from '../clauses';
import { withinAny } from '../spans';
import type { Analysis, Sentence, Token } from '../types';
import type { Draft, TemplateContext } from './draft';
import { clauseWeight, statementKey } from './draft';
import { clauseOf } from './blanks';
import { isModifier, isNoun, vaguePhrase } from './terms';

/** Beside the sentence's fact score: a contrast asks its point, as a "why" does, but only as a blank. */
const CONTRAST_WEIGHT = 0.9;
const MARKER = /\s(rather\s+than|instead\s+of)\s/g;
/** Pairs a saying joins, one side read off the other: "treats the symptom rather than the cause", "quality rather than quantity". */
const SAYINGS = [
	['symptom', 'cause'],
	['quality', 'quantity'],
	['exception', 'rule'],
	['substance', 'form'],
	['evolution', 'revolution'],
	['carrot', 'stick'],
	['letter', 'spirit']
];
const stem = (word: string) => word.replace(/s$/, '');
const said = (one: string, other: string) => SAYINGS.some(([x, y]) => (stem(one) === x && stem(other) === y) || (stem(one) === y && stem(other) === x));

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const isPreposition = (t: Token | undefined) => !!t && t.tags.has('Preposition');
const isDeterminer = (t: Token | undefined) => !!t && (t.tags.has('Determiner') || t.tags.has('Possessive')) && !t.tags.has('Pronoun');

/**
 * The phrase a contrast prefers, ending at token `last`: one to three adjectives and nouns ending in a noun (or one adjective
 * against an adjective: "became pointless rather than illegal"), governed as the other side is. Undefined when the two sides
 * are not of one kind: "trap pressure rather than release it" contrasts verbs, "charged to member banks rather than by
 * taxpayers" two phrases of which the blank would be half of one.
 */
function preferred(tokens: Token[], last: number, otherAt: number): number | undefined {
	const other = tokens[otherAt];
	// The other side opens as a thing does, or with the preposition the preferred side also follows.
	const otherPreposition = isPreposition(other) ? lower(other) : undefined;
	const otherOpens = otherPreposition ? tokens[otherAt + 1] : other;
	if (!otherOpens || !(isDeterminer(otherOpens) || isModifier(otherOpens) || otherOpens.tags.has('Value'))) return undefined;
	if (otherOpens.tags.has('Verb') || /ing$/.test(otherOpens.text)) return undefined;
	let first = last;
	while (first - 1 >= 0 && last - first < 2 && isModifier(tokens[first - 1])) first--;
	const phrase = tokens.slice(first, last + 1);
	const adjectives = !isNoun(tokens[last]) && tokens[last].tags.has('Adjective') && phrase.length === 1 && otherOpens.tags.has('Adjective');
	if (!isNoun(tokens[last]) && !adjectives) return undefined;
	if (phrase.some((t) => t.tags.has('ProperNoun') || t.tags.has('Value')) || vaguePhrase(phrase.map(lower))) return undefined;
	// What governs the phrase, past one determiner: a verb or a preposition, and the other side's preposition when it has one.
	let k = first - 1;
	if (isDeterminer(tokens[k])) k--;
	const governor = tokens[k];
	// "mainly as light rather than as heat": "as" governs a phrase as a preposition does, whatever the tagger calls it.
	if (!governor || !(governor.tags.has('Verb') || isPreposition(governor) || lower(governor) === 'as')) return undefined;
	// "fixed sums per unit rather than percentages": a rate's unit is not the side a contrast takes.
	if (lower(governor) === 'per') return undefined;
	if (otherPreposition && lower(governor) !== otherPreposition) return undefined;
	// "the cube of distance rather than the square": after "of", a side that opens with "the" contrasts the noun before "of".
	if (lower(governor) === 'of' && isDeterminer(other)) return undefined;
	const otherHead = tokens.slice(otherAt).find((t) => isNoun(t));
	if (otherHead && said(lower(tokens[last]), lower(otherHead))) return undefined;
	return first;
}

/** One cloze per sentence on the preferred side of its "rather than" or "instead of". */
export function contrastDrafts(ctx: TemplateContext): Draft[] {
	const { a } = ctx;
	const drafts: Draft[] = [];
	for (const s of a.sentences) {
		for (const match of s.text.matchAll(MARKER)) {
			const at = s.start + (match.index ?? 0);
			// "…, rather than relying on deposits": after a comma the contrast is of whole actions.
			if (/,\s*$/.test(a.text.slice(at - 2, at))) continue;
			const last = s.tokens.findLastIndex((t) => t.end <= at);
			const otherAt = s.tokens.findIndex((t) => t.start >= at + match[0].length - 1);
			const first = last < 0 || otherAt < 0 ? undefined : preferred(s.tokens, last, otherAt);
			if (first === undefined) continue;
			const start = s.tokens[first].start;
			const end = s.tokens[last].end;
			const p = ctx.props[s.index].find((x) => x.start <= start && end <= x.end && !x.blocked.some((b) => b.start < end && start < b.end));
			if (!p || withinAny(a.quoted, start, end) || end - start < 4) continue;
			drafts.push(contrastDraft(ctx, a, s, p, start, end));
			break;
		}
	}
	return drafts;
}

function contrastDraft(ctx: TemplateContext, a: Analysis, s: Sentence, p: Proposition, start: number, end: number): Draft {
	return {
		type: 'cloze',
		template: 'contrast',
		prompt: render(a, clauseOf(a, p, { start, end }), [{ start, end, text: '____' }]),
		answer: a.text.slice(start, end),
		sentence: s.index,
		fact: statementKey(s),
		score: ctx.scores[s.index].fact * CONTRAST_WEIGHT * clauseWeight(p)
	};
}
