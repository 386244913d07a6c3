/**
 * "Why" questions from a reason or a purpose that opens its sentence ("Because
 * his aircraft had to be replaced, Latham lost several days", "To decide who
 * deserved the bonus, Ford set up a Sociological Department"): the main
 * clause asked, the opening answered.
 */
import type { Proposition } from '../clauses';
import { textWith } from '../clauses';
import type { Edit, Sentence } from '../types';
import { capital, isFinite } from '../tokens';
import type { Draft, TemplateContext } from './draft';
import { factKey } from './draft';
import { whyQuestion } from './forms';
import { MOST_ANSWER_WORDS, tidy, UNDERSTANDING, wordCount } from './clause-answers';
import { askedWell, COUNTS_UNNAMED } from './why-asked';

/**
 * A reason that opens the sentence: "Because his aircraft had to be replaced, Latham lost several days", "As a result of
 * the publicity, orders poured in", or a purpose: "To decide who deserved the bonus, Ford set up a Sociological Department".
 */
const FRONTED_REASON =
	/^(?:([Bb]ecause(?:\s+of)?|[Aa]s\s+a\s+result\s+of|[Dd]ue\s+to|[Oo]wing\s+to|[Tt]hanks\s+to|To)\s+)([^,]{3,120}(?:,\s+(?:not|rather than)\s+[^,]{3,80})?),\s+(?!(?:not|but|or|and|nor)\b)/;
/** "To support this point, …", "To mark the occasion, …": a purpose that names what it serves only by pointing back. */
const POINTS_BACK = /\b(?:this|these|those|that)\s+\p{Ll}+$|\bthe\s+(?:occasion|event|moment|anniversary|milestone|achievement)$/u;

/**
 * "Because firms cannot raise output quickly enough, they raise prices instead": the main clause's "they" or "it" is the
 * subject of the reason before it, when the two agree in number. The edit writes it in.
 */
function reasonSubjectFor(s: Sentence, mainAt: number, from: number, to: number): Edit | undefined {
	const pronoun = s.tokens.find((t) => t.start >= mainAt);
	if (!pronoun || !/^(?:they|it)$/.test(pronoun.text)) return undefined;
	const reason = s.tokens.filter((t) => t.start >= from && t.end <= to);
	const verb = reason.findIndex(isFinite);
	const head = reason[verb - 1];
	if (verb < 1 || verb > 5 || !head?.tags.has('Noun') || head.tags.has('Pronoun') || head.tags.has('Possessive')) return undefined;
	if ((pronoun.text === 'they') !== head.tags.has('Plural')) return undefined;
	return { start: pronoun.start, end: pronoun.end, text: s.text.slice(from - s.start, head.end - s.start) };
}

/**
 * "mRNA is fragile, and because it carries a charge, it cannot cross …": in a clause joined after the first, the "it" or
 * "they" after a fronted reason is the sentence's own subject (a short noun phrase before its first verb), when they agree.
 */
function sentenceSubjectFor(s: Sentence, mainAt: number): Edit | undefined {
	const pronoun = s.tokens.find((t) => t.start >= mainAt);
	const verb = s.tokens.findIndex(isFinite);
	const head = s.tokens[verb - 1];
	if (!pronoun || !/^(?:they|it)$/.test(pronoun.text) || verb < 1 || verb > 4 || !head.tags.has('Noun')) return undefined;
	const subject = s.tokens.slice(0, verb);
	if (subject.some((t) => t.tags.has('Pronoun') || t.tags.has('Possessive')) || /[,;:()“”"]/.test(s.text.slice(0, head.end - s.start))) return undefined;
	if ((pronoun.text === 'they') !== head.tags.has('Plural')) return undefined;
	return { start: pronoun.start, end: pronoun.end, text: s.text.slice(0, head.end - s.start).replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase()) };
}

/** A reason that is a noun phrase ("Because of the holiday", "Due to the storm"), not a clause nor a purpose. */
function nounReason(opener: string): boolean {
	return !/^(?:because|to)$/i.test(opener);
}

/**
 * Where the main clause starts after a reason that is a noun phrase. Most often a comma closes the reason; without one
 * ("Because of the Fugitive Slave Act she guided many passengers all the way to Canada, where …") it starts at a subject
 * pronoun with its verb, and a comma that opens a relative clause ("…, where slavery had been abolished") closes no reason.
 */
function mainAfterNounReason(s: Sentence, from: number, to: number, afterComma: number): number | undefined {
	const inside = s.tokens.filter((t) => t.start >= from && t.end <= to);
	const subject = inside.find((t, k) => k >= 2 && /^(?:he|she|they|it|we)$/i.test(t.text) && inside[k + 1] && isFinite(inside[k + 1]));
	if (subject) return subject.start;
	return /^(?:where|which|who|whom|whose|when)\b/i.test(s.text.slice(afterComma - s.start)) ? undefined : afterComma;
}

/** A "why" draft for a sentence that opens on its reason: the main clause asked, the opening answered. */
export function frontedWhyDraft(ctx: TemplateContext, s: Sentence, p: Proposition, joined = false): Draft | undefined {
	const { a } = ctx;
	const cue = FRONTED_REASON.exec(a.text.slice(p.start, p.end));
	if (!cue) return undefined;
	// "To date, …", "To the north, …": a purpose opens on a verb.
	const purpose = cue[1] === 'To';
	if (purpose && !s.tokens.find((t) => t.start >= p.start + cue[0].indexOf(cue[2]))?.tags.has('Infinitive')) return undefined;
	if (purpose && POINTS_BACK.test(cue[2])) return undefined;
	const reasonAt = p.start + cue[0].indexOf(cue[2], cue[1].length);
	const reasonEnd = reasonAt + cue[2].length;
	const afterComma = p.start + cue[0].length;
	const after = nounReason(cue[1]) ? mainAfterNounReason(s, reasonAt, reasonEnd, afterComma) : afterComma;
	if (after === undefined) return undefined;
	// "Because a patch cannot fire again for a moment, a pause known as the refractory period, the signal moves …": a noun phrase
	// closed by a comma before any verb names the reason again, and the main clause starts after it.
	// A participle that names ("known as", "called") is no verb of a clause.
	const renamed = /^(?:an?|the)\s[^,]*,\s/i.exec(a.text.slice(after, p.end));
	const clause = (t: Sentence['tokens'][number]) =>
		isFinite(t) && !/^\s+(?:as|by)\b/.test(a.text.slice(t.end, t.end + 4)) && !/^(?:called|named)$/.test(t.text);
	const start = renamed && !s.tokens.some((t) => t.start >= after && t.end <= after + renamed[0].length && clause(t)) ? after + renamed[0].length : after;
	// The reason ends where the main clause starts, when no comma closed it.
	const reasonUntil = Math.min(start, reasonEnd);
	const named = reasonSubjectFor(s, start, reasonAt, reasonUntil) ?? (joined ? sentenceSubjectFor(s, start) : undefined);
	const edits = named ? [...p.edits.filter((e) => e.start !== named.start), named] : p.edits;
	// "…, whose investigators visited employees' homes": an aside on the object is no part of what is asked.
	const aside = /,\s+(?:whose|which|who|where)\s/.exec(a.text.slice(start, p.end));
	const askedUntil = aside ? start + aside.index : undefined;
	const asked = askedWell(whyQuestion(a, { ...p, start, edits, blocked: p.blocked.filter((c) => c.start >= start) }, askedUntil));
	// "Why did the association retire the number, so that no other runner will ever wear it?": the question holds a purpose of its own.
	if (!asked || /,\s+(?:so\s+that|in\s+order\s+to)\s/.test(asked)) return undefined;
	const answer = capital(`${cue[1].replace(/\s+/g, ' ').toLowerCase()} ${tidy(textWith(a, p.edits, reasonAt, reasonUntil).trimEnd())}`);
	// "To rescue it": a short reason whose object is a pronoun names nothing the card shows.
	if (COUNTS_UNNAMED(answer)) return undefined;
	if (wordCount(cue[2]) < 2 || wordCount(answer) > MOST_ANSWER_WORDS || (wordCount(cue[2]) <= 3 && /\b(?:him|her|them|it)$/i.test(cue[2]))) return undefined;
	return {
		type: 'flashcard',
		template: 'why',
		prompt: asked,
		answer,
		sentence: s.index,
		fact: factKey('why', asked, s),
		score: ctx.scores[s.index].fact * UNDERSTANDING
	};
}
