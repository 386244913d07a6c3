/**
 * "What is a coronal mass ejection?": a term the article defines in an
 * appositive ("… in a coronal mass ejection, a vast cloud of magnetised gas
 * that can reach Earth in one to three days") is asked for its meaning,
 * answered by the definition, as a flashcard the learner grades. Explainers
 * teach their vocabulary this way, and a teacher asks it back.
 */
import { withinAny } from '../spans';
import { capital, isFinite } from '../tokens';
import type { Sentence, Token } from '../types';
import type { Draft, TemplateContext } from './draft';
import { factKey } from './draft';
import { wordCount } from './clause-answers';

/** "a plesiosaur, a reptile with a tiny head,": the term after "a" or "an", then its definition up to the next mark. */
const APPOSITIVE = /\b(a|an)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}),\s+((?:a|an|the)\s+[^,;:.()—–]+)/g;
/** ", the generation of an electric current by …": a definition by what a thing does or is, after a bare term. */
const OF_DEFINITION = /,\s+((?:a|an|the)\s+(?:[a-z-]+\s+)?[a-z-]+\s+of\s+[^,;:.()—–]+)/g;
const MOST_TERM_WORDS = 3;
/** Words that name no concept to define: a span of time, a count, a vague noun. */
const NOT_A_TERM =
	/^(?:year|month|week|day|hour|minute|decade|century|time|result|way|lot|number|part|kind|thing|case|city|country|man|woman|person|people|group|member|cause|reason|point|problem|trickle)s?$/;
/** Heads that name no kind of thing ("a part that costs less than a takeaway lunch"). */
const GENERIC = /^(?:part|thing|piece|one|way|bit|lot|fraction|number|something|example)s?$/i;
/** What opens a relative clause, after which a definition may have its verb ("a cloud … that can reach Earth"). */
/** Words before "of" that tie a thing to another rather than say what it is ("gold, the source of his wealth"). */
const RELATION =
	/^(?:source|cause|result|end|rest|start|beginning|capital|home|site|centre|center|heart|subject|basis|focus|scene|seat|top|bottom|edge|side|middle|size|half|owner|author|father|mother|son|daughter|leader|head|member|name|symbol|sign|price|cost|legacy|product|remains|part|example)s?$/i;
const RELATIVE = /^(?:that|which|who|whose|whom|where)$/i;
const MOST_WORDS = 25;
/** Asked beside a recall question of the same sentence, a meaning is worth as much. */
const WEIGHT = 1;

const tokensIn = (s: Sentence, from: number, to: number) => s.tokens.filter((t) => t.start >= from && t.end <= to);
const isTermWord = (t: Token) =>
	(t.tags.has('Noun') || t.tags.has('Adjective')) &&
	!['Pronoun', 'ProperNoun', 'Value', 'Date', 'Verb', 'Determiner', 'Preposition'].some((tag) => t.tags.has(tag));

/**
 * Does the definition read as a noun phrase, its only verb inside a relative clause ("a cloud that can reach Earth")?
 * "a stationary car, the chassis was pulled past …" is a clause, not a definition.
 */
function nounPhrase(tokens: Token[]): boolean {
	const relative = tokens.findIndex((t) => RELATIVE.test(t.text));
	// "magnetised gas", "a loss of control brought on by emotion": a past form beside its noun describes it.
	const describes = (t: Token, i: number) => t.tags.has('PastTense') && (!!tokens[i - 1]?.tags.has('Noun') || !!tokens[i + 1]?.tags.has('Noun'));
	// "chemical compounds": a present form after an adjective or an article is a plural noun.
	const named = (t: Token, i: number) => t.tags.has('PresentTense') && ['Adjective', 'Determiner'].some((tag) => tokens[i - 1]?.tags.has(tag));
	const finite = tokens.map((t, i) => (isFinite(t) && tokens[i - 1]?.text !== 'to' && !describes(t, i) && !named(t, i) ? i : -1)).filter((i) => i >= 0);
	if (!finite.length) return true;
	// One verb group in the relative clause, not a second clause after it ("a portrait that had once been … became …").
	return relative >= 0 && finite[0] > relative && finite[finite.length - 1] - finite[0] <= 2;
}

/** A term and its definition, found in a sentence. */
type Found = { at: number; article: string; term: string; termStart: number; definition: string; definitionStart: number };

/** "a TERM, a DEFINITION" appositives. */
function withArticle(s: Sentence): Found[] {
	return [...s.text.matchAll(APPOSITIVE)].map((m) => {
		const at = s.start + (m.index ?? 0);
		const termStart = at + m[1].length + m[0].slice(m[1].length).search(/\S/);
		return { at, article: m[1].toLowerCase(), term: m[2], termStart, definition: m[3].trim(), definitionStart: at + m[0].length - m[3].length };
	});
}

/**
 * "This was electromagnetic induction, the generation of …", "turned to electrolysis, the splitting of …": a mass noun without "a"
 * after a verb or a verb's "to", defined by what it does or is.
 */
function bare(s: Sentence): Found[] {
	const found: Found[] = [];
	const verbal = (t: Token | undefined) => !!t && t.tags.has('Verb') && !t.tags.has('Gerund');
	for (const m of s.text.matchAll(OF_DEFINITION)) {
		const comma = s.start + (m.index ?? 0);
		const before = s.tokens.filter((t) => t.end <= comma);
		let first = before.length;
		while (first > 0 && before.length - first < MOST_TERM_WORDS && /^[a-z][a-z-]*$/.test(before[first - 1].text) && isTermWord(before[first - 1])) first--;
		const lead = before[first - 1];
		if (first === before.length || !(verbal(lead) || (lead?.text === 'to' && verbal(before[first - 2])))) continue;
		const definitionStart = comma + m[0].length - m[1].length;
		// "the generation of": the word before "of" names what the term is or does.
		const of = tokensIn(s, definitionStart, comma + m[0].length).find((t, i, list) => list[i + 1]?.text === 'of');
		// "the splitting of": after an article an -ing word is the name of an act.
		const named = !!of && (of.tags.has('Noun') || /ing$/.test(of.text));
		// One short word ("rock, the legacy of …") is an everyday thing, not a term the article teaches.
		const words = before.length - first;
		if (words === 1 && before[first].text.length < 8) continue;
		if (!of || !named || GENERIC.test(of.text) || RELATION.test(of.text) || NOT_A_TERM.test(of.text.toLowerCase())) continue;
		const termStart = before[first].start;
		found.push({ at: termStart, article: '', term: s.text.slice(termStart - s.start, comma - s.start), termStart, definition: m[1].trim(), definitionStart });
	}
	return found;
}

/** The definition drafts of one sentence. */
function definitionDrafts(ctx: TemplateContext, s: Sentence): Draft[] {
	const { a } = ctx;
	const drafts: Draft[] = [];
	for (const { at, article, term, termStart, definition, definitionStart } of [...withArticle(s), ...bare(s)]) {
		const termTokens = tokensIn(s, termStart, termStart + term.length);
		const definitionTokens = tokensIn(s, definitionStart, definitionStart + definition.length);
		const head = termTokens[termTokens.length - 1];
		// "As a result, …", "as a lawyer, …": a role or a connective; "after a viral infection, a condition in which …": the definition is
		// of what came before the time or the cause.
		// "described as a cataplectic attack, a sudden loss …" names the term it defines.
		const before = s.text.slice(0, at - s.start);
		// "the folds of the brain, a torn knee ligament, a small tumour in the liver": items of a list, not a term and its meaning.
		if (/[,:;]\s*$/.test(before)) continue;
		if (
			/\b(?:as|after|before|during|following|from|with|without|by|since|until|despite|like)\s+$/i.test(before) &&
			!/\b(?:described|known|diagnosed|classed|classified|defined)\s+as\s+$/i.test(before)
		)
			continue;
		if (!head || !head.tags.has('Noun') || !termTokens.every(isTermWord) || NOT_A_TERM.test(head.text.toLowerCase())) continue;
		if (withinAny(a.quoted, at, definitionStart + definition.length)) continue;
		// "a long-standing suitor, the poet … Richard Monckton Milnes": a person named, not a meaning; "a part that costs less …": no kind of thing.
		const defined = definitionTokens.find((t) => t.tags.has('Noun'));
		if (definitionTokens.some((t) => t.tags.has('ProperNoun') && t.tags.has('Person')) || GENERIC.test(defined?.text ?? '')) continue;
		// "a small stick, a few centimetres a day": an amount or a rate says how much, not what the thing is.
		if (/^(?:a|an)\s+(?:few|couple|little|dozen|handful|lot)\b|\b(?:a|an|per)\s+(?:second|minute|hour|day|week|month|year)$/.test(definition)) continue;
		// "a high density, a form of chemical communication known as quorum sensing": the appositive names another term.
		if (/\b(?:known as|called|termed|named)\b/.test(definition)) continue;
		// "a lithium-ion battery, a technology that went from laboratory curiosity to …": a meaning holds at any time; a clause in the past
		// tells a story of the thing instead.
		const relative = definitionTokens.findIndex((t) => RELATIVE.test(t.text));
		if (relative >= 0 && definitionTokens.slice(relative + 1, relative + 4).some((t) => t.tags.has('PastTense'))) continue;
		// "a city, a country and a continent", "whether a flash lamp, an electric current or another laser": a list, not a definition.
		if (/\s(?:and|or)\s+(?:a|an|the|other|another|any|some)\s/.test(definition) || /\b(?:whether|either)\s+$/i.test(before) || !nounPhrase(definitionTokens))
			continue;
		if (wordCount(definition) < 4 || wordCount(definition) > MOST_WORDS) continue;
		const prompt = `What is ${article ? `${article} ` : ''}${term}?`;
		drafts.push({
			type: 'flashcard',
			template: 'definition',
			prompt,
			answer: capital(definition),
			sentence: s.index,
			fact: factKey('definition', term, s),
			score: ctx.scores[s.index].fact * WEIGHT
		});
	}
	return drafts;
}

/** "What is …" drafts for every term an article defines in passing. */
export function definitionDraftsOf(ctx: TemplateContext): Draft[] {
	return ctx.a.sentences.flatMap((s) => (s.text.trimEnd().endsWith('?') ? [] : definitionDrafts(ctx, s)));
}
