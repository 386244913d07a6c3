/**
 * "What happens when …?": a sentence that opens on the condition of an event
 * ("When the tail snaps back, the stored energy is released …", "When Swigert
 * turned on the fans, the damaged wiring sparked …") asks for what followed,
 * the step of a mechanism or of a story that an explainer tells without
 * "because". Answered by the main clause, as a flashcard the learner grades.
 */
import type { Proposition } from '../clauses';
import { render, textWith } from '../clauses';
import { capital, isFinite } from '../tokens';
import type { Sentence, Token } from '../types';
import type { Draft, TemplateContext } from './draft';
import { factKey } from './draft';
import { MOST_ANSWER_WORDS, UNDERSTANDING, wordCount } from './clause-answers';

/** A condition of more words than this is a story of its own, not the question's "when". */
const MOST_CONDITION_WORDS = 20;
/** Where a long answer may stop: a second statement joined after the outcome. */
const SECOND_STATEMENT = /;\s|,\s+(?:and|but|while|where|which|who)\s/g;
/** A pronoun the question would leave naming no one ("their" after the noun it owns back to is fine). */
const LOOSE = /^(?:his|her|its|their)\b|\b(?:he|him|she|it|they|them|this|these|those|we|our|I)\b/;
/** Words that open an aside between the condition and the outcome ("opposite to Earth's field", "rather like …"). */
const ASIDE_OPENER = /^(?:opposite|rather|just|usually|often|typically|roughly|about|much|like|unlike|as|at|in|on|with|without|by|from|perhaps)$/i;

const tokensIn = (s: Sentence, from: number, to: number) => s.tokens.filter((t) => t.start >= from && t.end <= to);
const opensClause = (t: Token) =>
	!ASIDE_OPENER.test(t.text) && ['Determiner', 'Pronoun', 'Noun', 'ProperNoun', 'Value'].some((tag) => t.tags.has(tag)) && !t.tags.has('Preposition');

/**
 * Where the main clause starts after the condition ends at `from`: past its comma and past an aside that opens on
 * an adverb, an adjective or a preposition ("…, rather like a stretched elastic band, the stored energy …").
 */
function mainClauseAt(ctx: TemplateContext, s: Sentence, from: number, to: number): number | undefined {
	let at = from;
	for (let asides = 0; asides < 3; asides++) {
		const comma = /^\s*,\s*/.exec(ctx.a.text.slice(at, to));
		if (!comma) return undefined;
		at += comma[0].length;
		const first = tokensIn(s, at, to)[0];
		if (!first) return undefined;
		if (opensClause(first)) return at;
		const next = ctx.a.text.indexOf(',', at);
		if (next < 0 || next >= to) return undefined;
		at = next;
	}
	return undefined;
}

/** The outcome as an answer: tidied, cut before a second statement when it runs long; of `fewest` words or more. */
function outcomeText(text: string, fewest = 3): string | undefined {
	const tidy = (t: string) =>
		t
			.replace(/\s+/g, ' ')
			.replace(/[\s,;:.–—]+$/, '')
			.trim();
	let answer = tidy(text);
	if (wordCount(answer) > MOST_ANSWER_WORDS) {
		const cut = [...answer.matchAll(SECOND_STATEMENT)].map((m) => m.index ?? 0).find((i) => wordCount(answer.slice(0, i)) <= MOST_ANSWER_WORDS);
		answer = cut === undefined ? '' : tidy(answer.slice(0, cut));
	}
	if (wordCount(answer) < fewest || wordCount(answer) > MOST_ANSWER_WORDS) return undefined;
	return capital(answer);
}

/** Words that open a condition with a capital only because they open the sentence. */
const COMMON_OPENER = /^(?:The|A|An|Some|Many|Most|Enough|Each|Every|One|Its|Their|Our|You|No|All|Both|Only)\b/;

/**
 * Is a clause told in the past? Its first finite verb says, when the tagger reads it one way only ("burst" and "used"
 * may be either; "to announce" is no finite verb); undefined when it cannot tell.
 */
function pastTense(tokens: Token[]): boolean | undefined {
	for (const [i, t] of tokens.entries()) {
		// "to find" is no finite verb; "the field carried by the wind" describes its noun, but "the record was" tells of it.
		if (
			!isFinite(t) ||
			tokens[i - 1]?.text === 'to' ||
			(t.tags.has('PastTense') &&
				!AUXILIARY.test(t.text) &&
				['Noun'].every((tag) => tokens[i - 1]?.tags.has(tag)) &&
				!['Pronoun', 'ProperNoun', 'Plural'].some((tag) => tokens[i - 1].tags.has(tag)))
		)
			continue;
		const past = t.tags.has('PastTense') || /^(?:was|were|had|did|could|would)$/i.test(t.text);
		const present = t.tags.has('PresentTense') || /^(?:is|are|has|have|does|do|can|cannot|will|may|must)$/i.test(t.text);
		if (past !== present) return past;
	}
	return undefined;
}

/**
 * "When the Louvre reopened, the wall was bare", "When they walked onto Court 18, nobody expected more than a routine match": a state
 * found afterwards, what was so already, or what someone thought, not what the condition set off.
 */
function stateOnly(tokens: Token[]): boolean {
	const verb = tokens.findIndex(isFinite);
	if (verb < 0 || MIND.test(tokens[verb].text)) return true;
	const next = tokens[verb + 1];
	// "When Citizen Kane opened in 1941, its director had never made a feature film before": what was so already, not what followed.
	if (/^had$/i.test(tokens[verb].text) && /^(?:never|not|already|long|just|previously|once|barely|hardly)$/i.test(next?.text ?? '')) return true;
	return /^(?:was|were)$/i.test(tokens[verb].text) && !!next && !next.tags.has('Participle') && !next.tags.has('PastTense');
}
/** "…, a default that reflects their wishes is the simplest way to …": the writer's verdict on a remedy, not what the condition sets off. */
function verdict(tokens: Token[]): boolean {
	const judged = (t: Token) => t.tags.has('Superlative') || /^(?:best|simplest|only|right|wrong|worst|easiest|surest|answer|solution|mistake)$/i.test(t.text);
	// Its subject may hold a verb of its own ("a default that reflects their wishes"): any "is" before a judgement will do.
	return tokens.some((t, i) => /^(?:is|are)$/i.test(t.text) && tokens.slice(i + 1, i + 4).some(judged));
}

/** Verbs that are never a participle describing the noun before them. */
const AUXILIARY = /^(?:was|were|had|did)$/i;

/**
 * "When Kipchoge set off, the official world record was his own 2:01:39": what a named thing was at the time of the
 * condition, asked of the thing ("What was the official world record when …?"). Only a subject that names its thing
 * with "the" and a complement that is a thing of its own, not a state ("the wall was bare").
 */
function stateAsked(slice: (from: number, to: number) => string, tokens: Token[], end: number): { asked: string; answer: string } | undefined {
	const verb = tokens.findIndex(isFinite);
	const complement = tokens[verb + 1];
	if (verb < 2 || verb > 6 || !/^(?:was|were)$/i.test(tokens[verb].text) || !/^the$/i.test(tokens[0].text) || !complement) return undefined;
	const subject = slice(tokens[0].start, tokens[verb - 1].end);
	if (tokens.slice(0, verb).some((t) => t.tags.has('Pronoun')) || /[,;:()]/.test(subject)) return undefined;
	if (!['Determiner', 'Possessive', 'Value'].some((tag) => complement.tags.has(tag))) return undefined;
	const answer = outcomeText(slice(complement.start, end), 1);
	if (!answer) return undefined;
	return { asked: `${tokens[verb].text.toLowerCase()} the${subject.slice(3)}`, answer };
}

/** Verbs of what someone thought or knew. */
const MIND = /^(?:expected|knew|believed|thought|assumed|hoped|feared|seemed|appeared|wanted)$/i;

/** The "what happens when" draft of a sentence that opens on a "when" clause, if it reads as a question and an answer. */
function outcomeDraft(ctx: TemplateContext, s: Sentence, main: Proposition, subs: Proposition[]): Draft | undefined {
	const { a } = ctx;
	const dropped = main.edits.find((e) => e.start === main.start && e.text === '');
	const from = dropped ? dropped.end : main.start;
	const lead = main.blocked.find((c) => c.start === from);
	if (!lead || !/^when\s/i.test(a.text.slice(lead.start, lead.end))) return undefined;
	const condition = subs.find((p) => p.start > lead.start && p.start < lead.end);
	if (!condition || condition.end > lead.end) return undefined;
	const conditionTokens = tokensIn(s, condition.start, condition.end);
	const verbs = conditionTokens.filter(isFinite);
	if (!verbs.length) return undefined;
	// "When John Glenn was preparing to …": a condition in progress is the background of a story, not what set it off.
	if (conditionTokens.some((t, i) => /^(?:was|were)$/i.test(t.text) && conditionTokens[i + 1]?.tags.has('Gerund'))) return undefined;
	// "What happened when Chinua Achebe's first novel appeared": a name keeps its capital, and one written in by an edit; "local
	// bodies", which the tagger may call a name, keeps the small letter the article gives it.
	const asked = render(a, condition, [], '?').replace(/\?$/, '');
	const first = conditionTokens[0];
	const named = (first.tags.has('ProperNoun') && /^\p{Lu}/u.test(first.text)) || !asked.toLowerCase().startsWith(first.text.toLowerCase());
	const phrase = COMMON_OPENER.test(asked) || !named ? asked.charAt(0).toLowerCase() + asked.slice(1) : asked;
	if (LOOSE.test(phrase) || wordCount(phrase) > MOST_CONDITION_WORDS || /["“”]/.test(phrase)) return undefined;
	const at = mainClauseAt(ctx, s, lead.end, main.end);
	if (at === undefined) return undefined;
	const outcomeTokens = tokensIn(s, at, main.end);
	// Either clause told in the past tells a story ("When Rotch returned …, Adams is said to have declared …"); both in the present, how things work.
	const tenses = [pastTense(conditionTokens), pastTense(outcomeTokens)];
	if (tenses.every((t) => t === undefined)) return undefined;
	const past = tenses.includes(true);
	if (verdict(outcomeTokens)) return undefined;
	const state = past && stateOnly(outcomeTokens) ? stateAsked((from, to) => textWith(a, main.edits, from, to), outcomeTokens, main.end) : undefined;
	if (past && stateOnly(outcomeTokens) && !state) return undefined;
	const answer = state?.answer ?? outcomeText(textWith(a, main.edits, at, main.end));
	// Half a quotation, a reply cut from the words it introduces, a year cut from its date ("When McLean died on May 25, 2001, …"),
	// or an "it" or a "them" the card leaves naming no one: no outcome to learn.
	if (
		!answer ||
		(answer.match(/["“”]/g)?.length ?? 0) % 2 === 1 ||
		/:\s*$/.test(answer) ||
		(!state && /^\d/.test(answer)) ||
		/\s(?:it|them|him)\b/.test(answer)
	)
		return undefined;
	const prompt = `What ${state?.asked ?? (past ? 'happened' : 'happens')} when ${phrase}?`;
	return {
		type: 'flashcard',
		template: 'outcome',
		prompt,
		answer,
		sentence: s.index,
		fact: factKey('outcome', phrase, s),
		score: ctx.scores[s.index].fact * UNDERSTANDING
	};
}

/** "What happens when" drafts for every sentence that opens on the condition of what it tells. */
export function outcomeDrafts(ctx: TemplateContext): Draft[] {
	const drafts: Draft[] = [];
	for (const s of ctx.a.sentences) {
		const [main, ...subs] = ctx.props[s.index];
		if (!main || s.text.trimEnd().endsWith('?')) continue;
		const draft = outcomeDraft(ctx, s, main, subs);
		if (draft) drafts.push(draft);
	}
	return drafts;
}
