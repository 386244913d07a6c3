/**
 * "What was the result?": a cause stated and its result asked, from a result the sentence joins to its cause ("…, so …",
 * "… led to …", "…, forcing …") or one that opens on a result of the sentence before ("As a result, …").
 */
import type { Proposition } from '../clauses';
import { render, textWith } from '../clauses';
import type { Sentence } from '../types';
import { capital, isFinite } from '../tokens';
import { CAUSE_VERBS } from '../extract/lexicon';
import type { Draft, TemplateContext } from './draft';
import { factKey } from './draft';
import { actsForPurpose, MODAL, MOST_ANSWER_WORDS, tidy, UNDERSTANDING, wordCount } from './clause-answers';

/** Openers that say a sentence is the result of the one before ("As a result of the publicity, …" names its own cause instead). */
const RESULT_OPENER = /^(?:As a result|Consequently|As a consequence|Therefore|Thus|Because of this|This meant that|This led to)\b(?!\s+of\b),?\s+/i;
/** A result joined inside one sentence: "…, so …", "… led to …", "…, forcing …" (the verb kept in the answer when it says what the cause did). */
const RESULT_JOIN =
	/,?\s+so\s+that\s+|,\s+so\s+(?!that\b|far\b|much\b|many\b)|\s+(led to|resulted in)\s+|,\s+(?:which|and this)\s+(led to|meant that|caused|allowed|enabled)\s+|,\s+(forcing|prompting|causing|triggering|sparking|allowing|enabling|leaving)\s+/;
/** "… on one principle: show the immune system a harmless germ, so that it recognises …": a command states no cause. */
function commandAfterColon(s: Sentence, before: number): boolean {
	const colon = s.text.indexOf(':');
	const next = colon < 0 ? undefined : s.tokens.find((t) => t.start > s.start + colon);
	return !!next && next.start < before && next.tags.has('Infinitive') && !next.tags.has('Noun');
}

/** "leaving what …", "leaving the defence to allies": a "to" that takes a noun, not a verb, after "leaving" and its object. */
function handsOver(s: Sentence, from: number, to: number): boolean {
	const tokens = s.tokens.filter((t) => t.start >= from && t.end <= to);
	if (/^what$/i.test(tokens[0]?.text ?? '')) return true;
	const at = tokens.findIndex((t, i) => i > 0 && t.text === 'to' && tokens[i - 1].text !== 'too');
	const next = tokens[at + 1];
	return at > 0 && !!next && !next.tags.has('Infinitive') && !(next.tags.has('Verb') && !next.tags.has('Noun'));
}

/** A "what was the result" draft: the cause as a statement, the result as the answer. */
export function resultDraft(ctx: TemplateContext, s: Sentence, p: Proposition): Draft | undefined {
	const { a } = ctx;
	const opener = RESULT_OPENER.exec(s.text);
	let cause: string | undefined;
	let result: string | undefined;
	let resultAt = 0;
	let joinVerb: string | undefined;
	if (opener) {
		const prev = a.sentences[s.index - 1];
		if (!prev || prev.paragraph !== s.paragraph) return undefined;
		cause = render(a, ctx.props[prev.index][0]);
		resultAt = s.start + opener[0].length;
		result = textWith(a, p.edits, resultAt, s.end);
	} else {
		const join = RESULT_JOIN.exec(a.text.slice(p.start, p.end));
		if (!join || join.index < 12) return undefined;
		const at = p.start + join.index;
		// "A second search later that night led to the arrest …": a cause with no verb of its own is a phrase, not a statement.
		if (!s.tokens.some((t) => t.start >= p.start && t.end <= at && isFinite(t))) return undefined;
		// ", so that she could pay": a purpose, asked as why; so is "men dug away the sediment so that the caissons sank".
		if (/\bso\s+that\s+$/.test(join[0]) && (MODAL.test(a.text.slice(at, p.end)) || (!join[0].startsWith(',') && actsForPurpose(a, p)))) return undefined;
		// "… mean nothing since the summit failed, forcing Kim home": the result is the subordinate clause's, asked from it.
		if (p.blocked.some((c) => c.start <= at && at <= c.end)) return undefined;
		// "…, leaving the defence to allies", "…, leaving what looked like …": handing a thing over, or what a scene looked
		// like, is the same act told again, not what it brought about ("leaving six million people without power" is).
		if (join[3] === 'leaving' && handsOver(s, at + join[0].length, p.end)) return undefined;
		cause = render(a, { ...p, end: at });
		joinVerb = join[1] ?? join[2] ?? join[3];
		resultAt = at + join[0].length;
		result = textWith(a, p.edits, resultAt, p.end);
	}
	result = resultOnly(result);
	const answer = capital(tidy(result));
	// "… the political crisis that led to war": the join was inside a relative clause, and the cause is cut off.
	if (
		!cause ||
		/\b(?:that|which|who)\.?$/.test(cause) ||
		commandAfterColon(s, resultAt) ||
		wordCount(cause) < 5 ||
		// "… What is the result? This charge can keep building …": a result that leans on a sentence before it (a "they" or
		// an "its" is the cause's own subject, which the prompt names).
		/^(?:This|These|That|Those)\b/i.test(tidy(result)) ||
		wordCount(answer) < 3 ||
		wordCount(answer) > MOST_ANSWER_WORDS
	)
		return undefined;
	// "… the field was cleared, leaving it littered with hats": what a scene was left like is the same act told again, and "It left
	// it littered" names neither; "fled Singapore, leaving behind a note" is what they did as they went. "Leaving six million people
	// without power" is a result.
	if (joinVerb === 'leaving' && /^(?:it|them|behind)\s/i.test(tidy(result))) return undefined;
	// "Standard time keeps the clock closest to the sun": how things are has a result that is, not was; a cause told
	// in the past ("The stages averaged 400 kilometres, so riders pedalled …") tells of what happened.
	const tense = (tokens: Sentence['tokens']) => tokens.find((t) => isFinite(t) && !t.tags.has('Infinitive'));
	const causeVerb = tense(opener ? a.sentences[s.index - 1].tokens : s.tokens.filter((t) => t.start >= p.start && t.end <= resultAt));
	const verb = tense(s.tokens.filter((t) => t.start >= resultAt && t.end <= p.end));
	// "ignores huge differences in living costs, so a wage that seems modest in San Francisco may be high in Mississippi": a "may"
	// after "so" draws an example from the claim, not what it brought about ("so the chance might not come again" is).
	if (!opener && s.tokens.some((t) => t.start >= resultAt && t.end <= p.end && /^may$/i.test(t.text))) return undefined;
	const now = (t: Sentence['tokens'][number] | undefined) => !t || ((t.tags.has('PresentTense') || MODAL.test(t.text)) && !t.tags.has('PastTense'));
	const present = !!(verb ?? causeVerb) && now(verb) && now(causeVerb);
	const prompt = `${cause} What ${present ? 'is' : 'was'} the result?`;
	return {
		type: 'flashcard',
		template: 'result',
		prompt,
		// "…, forcing X" and "… led to X" say what the cause did: "It forced X", "It led to X"; "…, so X" answers "X".
		answer: joinVerb ? `It ${causeDid(joinVerb, present)} ${tidy(result)}` : answer,
		sentence: s.index,
		fact: factKey('result', cause, s),
		score: ctx.scores[s.index].fact * UNDERSTANDING
	};
}

/**
 * The result as an answer: "the secondary bow has red on the inside, and some light escapes at each reflection" states a second
 * fact after ", and"; not a comma inside a quotation ("eyeball to eyeball, and I think …") nor one that opens an aside ("that many
 * clinics, and many poorer countries, did not have").
 */
function resultOnly(text: string): string {
	for (const join of text.matchAll(/,\s+(?:and|but)\s+/g)) {
		const before = text.slice(0, join.index);
		const after = text.slice((join.index ?? 0) + join[0].length);
		const quoted = (before.match(/["“”]/g)?.length ?? 0) % 2 === 1;
		const aside = /^(?:\S+\s+){0,3}\S+,/.test(after);
		if (!quoted && !aside) return before;
	}
	return text;
}

/** The verb of a result join as a finite verb of the cause: "forcing" → "forced" (or "forces" for how things are), "led to" as written. */
function causeDid(verb: string, present: boolean): string {
	const [past, now] = CAUSE_VERBS[verb] ?? [verb, verb];
	return present ? now : past;
}
