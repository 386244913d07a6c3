/**
 * "What is a coronal mass ejection?": a term the article defines in an
 * appositive ("… in a coronal mass ejection, a vast cloud of magnetised gas
 * that can reach Earth in one to three days") is asked for its meaning,
 * answered by the definition, as a flashcard the learner grades. Explainers
 * teach their vocabulary this way, and a teacher asks it back.
 */
import { withinAny } from '../spans';
import { isFinite } from '../tokens';
import type { Sentence, Token } from '../types';
import type { Draft, TemplateContext } from './draft';
import { factKey } from './draft';

/** "a plesiosaur, a reptile with a tiny head,": the term after "a" or "an", then its definition up to the next mark. */
const APPOSITIVE = /\b(a|an)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}),\s+((?:a|an|the)\s+[^,;:.()—–]+)/g;
/** Words that name no concept to define: a span of time, a count, a vague noun. */
const NOT_A_TERM =
	/^(?:year|month|week|day|hour|minute|decade|century|time|result|way|lot|number|part|kind|thing|case|city|country|man|woman|person|people|group|member|cause|reason|point|problem|trickle)s?$/;
/** Heads that name no kind of thing ("a part that costs less than a takeaway lunch"). */
const GENERIC = /^(?:part|thing|piece|one|way|bit|lot|fraction|number|something|example)s?$/i;
/** What opens a relative clause, after which a definition may have its verb ("a cloud … that can reach Earth"). */
const RELATIVE = /^(?:that|which|who|whose|whom|where)$/i;
const MOST_WORDS = 25;
/** Asked beside a recall question of the same sentence, a meaning is worth as much. */
const WEIGHT = 1;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
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
	const finite = tokens.map((t, i) => (isFinite(t) && tokens[i - 1]?.text !== 'to' && !describes(t, i) ? i : -1)).filter((i) => i >= 0);
	if (!finite.length) return true;
	// One verb group in the relative clause, not a second clause after it ("a portrait that had once been … became …").
	return relative >= 0 && finite[0] > relative && finite[finite.length - 1] - finite[0] <= 2;
}

/** The definition drafts of one sentence. */
function definitionDrafts(ctx: TemplateContext, s: Sentence): Draft[] {
	const { a } = ctx;
	const drafts: Draft[] = [];
	for (const m of s.text.matchAll(APPOSITIVE)) {
		const at = s.start + (m.index ?? 0);
		const termStart = at + m[1].length + m[0].slice(m[1].length).search(/\S/);
		const termTokens = tokensIn(s, termStart, termStart + m[2].length);
		const definitionStart = s.start + (m.index ?? 0) + m[0].length - m[3].length;
		const definition = m[3].trim();
		const definitionTokens = tokensIn(s, definitionStart, definitionStart + definition.length);
		const head = termTokens[termTokens.length - 1];
		// "As a result, …", "as a lawyer, …": a role or a connective; "after a viral infection, a condition in which …": the definition is
		// of what came before the time or the cause.
		// "described as a cataplectic attack, a sudden loss …" names the term it defines.
		const before = s.text.slice(0, at - s.start);
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
		// "a city, a country and a continent": a list, not a definition.
		if (/\s(?:and|or)\s+(?:a|an|the|other)\s/.test(definition) || !nounPhrase(definitionTokens)) continue;
		if (wordCount(definition) < 4 || wordCount(definition) > MOST_WORDS) continue;
		const prompt = `What is ${m[1].toLowerCase()} ${m[2]}?`;
		drafts.push({
			type: 'flashcard',
			template: 'definition',
			prompt,
			answer: definition.charAt(0).toUpperCase() + definition.slice(1),
			sentence: s.index,
			fact: factKey('definition', m[2], s),
			score: ctx.scores[s.index].fact * WEIGHT
		});
	}
	return drafts;
}

/** "What is …" drafts for every term an article defines in passing. */
export function definitionDraftsOf(ctx: TemplateContext): Draft[] {
	return ctx.a.sentences.flatMap((s) => (s.text.trimEnd().endsWith('?') ? [] : definitionDrafts(ctx, s)));
}
