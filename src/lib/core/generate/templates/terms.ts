/**
 * Blanks on what a sentence says about things rather than names: "Every
 * satellite carries ____" (atomic clocks). Explainers and opinion pieces
 * state most of their facts in common nouns, which the entity templates never
 * ask about. Only a phrase the article uses rarely makes a fair blank: a word
 * it repeats everywhere ("satellite" in a piece about GPS) is guessed, not
 * remembered.
 */
import { render } from '../clauses';
import { lookup } from '../lookup';
import { withinAny } from '../spans';
import { isFinite } from '../tokens';
import type { Analysis, Sentence, Token } from '../types';
import type { Draft, TemplateContext } from './draft';
import { statementKey } from './draft';

/** How much a term blank is worth beside a blank on a name, date or number of the same sentence. */
const TERM_WEIGHT = 0.45;
/** A phrase the article does not name as a term weighs this much of one it does. */
const UNNAMED = 0.75;
/** And one word alone, not named as a term, this much of a phrase. */
const LONE_WORD = 0.5;
/** And a phrase of three words, not named as a term, this much of a shorter one. */
const LONG_PHRASE = 0.6;
/** A word in more sentences than this is the article's topic, not a fact of one sentence. */
const MOST_SENTENCES = 3;
/** Words too general to be the answer of a blank. */
const WEAK = new Set(
	`thing things way ways part parts kind lot number amount time times year years day days people person place case fact
	idea end use result results problem problems point other others many much more most some something anything everything
	first last next same own new old good bad big small little such my our your their view practice effect general addition
	total particular turn order sense while piece pieces bit bits sort type`.split(/\s+/)
);

/** Words that name no thing of their own when they stand alone ("milligrams of ____" = material), though a phrase may end on them ("radioactive material"). */
const VAGUE_ALONE = new Set(
	'material materials matter substance substances object objects item items area areas system systems process method form level levels activity structure'.split(
		' '
	)
);

/** A phrase too vague to be a blank's answer: one of its words is, or it is one word that is only when alone. */
export function vaguePhrase(words: string[]): boolean {
	return words.some((w) => WEAK.has(w)) || (words.length === 1 && VAGUE_ALONE.has(words[0]));
}

export const isNoun = (t: Token) =>
	t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('ProperNoun') && !t.tags.has('Value') && !t.tags.has('Gerund') && !/ing$/.test(t.text);
const FUNCTION_TAGS = ['Value', 'Determiner', 'Pronoun', 'Possessive', 'Preposition', 'Conjunction', 'Adverb', 'Verb'];
const FUNCTION_WORDS = new Set(
	'the a an its their his her our my your this that these those behind before after above below past such under over into onto upon within without across among between through beneath beyond'.split(
		' '
	)
);
export const isModifier = (t: Token) =>
	(t.tags.has('Adjective') || isNoun(t)) && !FUNCTION_TAGS.some((tag) => t.tags.has(tag)) && !FUNCTION_WORDS.has(t.text.toLowerCase());

/** How many sentences each lower-case word appears in, counted once per analysis. */
const spread = new WeakMap<Analysis, Map<string, number>>();
function sentencesWith(a: Analysis): Map<string, number> {
	let counts = spread.get(a);
	if (!counts) {
		counts = new Map();
		for (const s of a.sentences) for (const w of new Set(s.tokens.map((t) => t.text.toLowerCase()))) counts.set(w, (counts.get(w) ?? 0) + 1);
		spread.set(a, counts);
	}
	return counts;
}

/** Noun phrases of a sentence that follow a verb or a preposition: adjectives and nouns ending in a noun, one to three words. */
function objectPhrases(s: Sentence): Token[][] {
	const out: Token[][] = [];
	const tokens = s.tokens;
	for (let i = 1; i < tokens.length; i++) {
		// An object or a complement, after a verb or a preposition (with its determiner): a subject blank rarely reads well.
		const before = tokens[i - 1];
		const governed = (t: Token | undefined) => !!t && (t.tags.has('Verb') || t.tags.has('Preposition'));
		const opens = governed(before) || (before.tags.has('Determiner') && governed(tokens[i - 2]));
		if (!opens || !isModifier(tokens[i])) continue;
		let j = i;
		while (
			j + 1 < tokens.length &&
			j - i < 2 &&
			isModifier(tokens[j + 1]) &&
			!/[,;:–—]/.test(s.text.slice(tokens[j].end - s.start, tokens[j + 1].start - s.start))
		)
			j++;
		while (j >= i && !isNoun(tokens[j])) j--;
		// A noun that a particle or an article follows ("speeds up", "fresh water dilutes the salty surface") is a verb the tagger misread.
		if (j >= i && !/^\s+(?:up|down|out|off|the|a|an)\b/.test(s.text.slice(tokens[j].end - s.start))) out.push(tokens.slice(i, j + 1));
	}
	return out;
}

/** "a process called dielectric heating", "known as quorum sensing": a named term that ends in "-ing", which the tagger reads as a verb. */
const NAMED_ING =
	/\b(?:known as|called|termed)\s+(?:(?:a|an|the)\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*ing)(?=\s*[,.;:)]|\s+(?:in|into|on|at|by|for|from|that|which|and|or|to|of)\b)/gu;

/** The named "-ing" terms of a sentence, as its tokens. */
function namedIngTerms(s: Sentence): Token[][] {
	const out: Token[][] = [];
	for (const m of s.text.matchAll(NAMED_ING)) {
		const start = s.start + (m.index ?? 0) + m[0].length - m[1].length;
		const tokens = s.tokens.filter((t) => t.start >= start && t.end <= start + m[1].length);
		if (tokens[0]?.start === start && tokens[tokens.length - 1].end === start + m[1].length) out.push(tokens);
	}
	return out;
}

/** Is the phrase at `start` named as a term: "known as latent heat", "a channel called a waveguide"? */
const namedAsTerm = (a: Analysis, start: number) =>
	/\b(?:known as|called|termed|named)\s+(?:(?:a|an|the)\s+)?$/.test(a.text.slice(Math.max(0, start - 24), start));

/** Cloze drafts on the rarest noun phrase of each sentence the entity templates leave thin. */
export function termDrafts(ctx: TemplateContext, entityCounts: Map<number, number>): Draft[] {
	const { a } = ctx;
	const counts = sentencesWith(a);
	const drafts: Draft[] = [];
	for (const s of a.sentences) {
		if ((entityCounts.get(s.index) ?? 0) >= 3 || s.text.trimEnd().endsWith('?')) continue;
		const main = ctx.props[s.index][0];
		if (!main) continue;
		let best: { phrase: Token[]; rarity: number; named: boolean } | undefined;
		for (const phrase of [...objectPhrases(s), ...namedIngTerms(s)]) {
			const start = phrase[0].start;
			const end = phrase[phrase.length - 1].end;
			// Nor a phrase that runs into a quotation ("the subtitle “Pictures"): half a quote is no answer.
			const quoted = withinAny(a.quoted, start, end) || /["“”]/.test(a.text.slice(start, end));
			if (start < main.start || end > main.end || quoted || main.blocked.some((b) => start >= b.start && end <= b.end)) continue;
			const words = phrase.map((t) => t.text.toLowerCase());
			if (vaguePhrase(words) || words.join('').length < 6) continue;
			// The phrase, not its head, must be rare: "atomic clocks" in an article that says "clocks" everywhere is still a fact.
			const rarity = words.length === 1 ? (counts.get(words[0]) ?? 1) : lookup(a).sentencesHolding(words.join(' ')).length;
			// One common word alone ("customers", "relief") is vague; it must be long and the article's only use of it.
			if (rarity > MOST_SENTENCES || (words.length === 1 && (rarity > 2 || words[0].length < 7))) continue;
			// A term the article names as a term ("a hollow metal channel called a waveguide") is what the sentence teaches: it goes first.
			const named = namedAsTerm(a, start);
			if (!best || (named && !best.named) || (named === best.named && (rarity < best.rarity || (rarity === best.rarity && phrase.length > best.phrase.length))))
				best = { phrase, rarity, named };
		}
		if (!best) continue;
		const start = best.phrase[0].start;
		const end = best.phrase[best.phrase.length - 1].end;
		// "Through ____ was pushed …": a phrase that opens the clause, its verb right after, is the subject (the tagger read "Through" as a
		// preposition), and a subject blank rarely reads well.
		const next = s.tokens.find((t) => t.start >= end);
		const opening = s.tokens.filter((t) => t.start >= main.start && t.end <= start).length <= 1;
		if (opening && next && isFinite(next)) continue;
		const answer = a.text.slice(start, end);
		// "____ such as ammonia, sulphur dioxide or ether": the examples name the category, and the blank is its vague name.
		if (/^\s*,?\s*(?:such as|like|including)\b/.test(a.text.slice(end, end + 20))) continue;
		// "treats the ____ rather than the cause": a side of a contrast is asked, or not, by the contrast blanks (contrasts.ts).
		if (/^\s+(?:rather\s+than|instead\s+of)\s/.test(a.text.slice(end, end + 20))) continue;
		// A term the article names as a term ("known as latent heat") is what it teaches; any other phrase may be one of its words.
		const named = best.named ? 1 : UNNAMED;
		// "organs for several ____" (patients), "the rest of the ____" (mixture): one everyday word the article does not name as a term is
		// most often a filler any reader supplies, asked only after the rest.
		const filler = named !== 1 && best.phrase.length === 1 ? LONE_WORD : 1;
		// "a stretch of ____" (targeted double-stranded DNA): three words the article never names as a term are seldom typed as written.
		const long = named !== 1 && best.phrase.length === 3 ? LONG_PHRASE : 1;
		const prompt = render(a, main, [{ start, end, text: '____' }]);
		drafts.push({
			type: 'cloze',
			template: 'cloze',
			prompt,
			answer,
			sentence: s.index,
			fact: statementKey(s),
			score: ctx.scores[s.index].fact * TERM_WEIGHT * named * filler * long
		});
	}
	return drafts;
}
