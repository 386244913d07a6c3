/**
 * "What did Antonie van Leeuwenhoek's observations of fleas and grain pests help undermine?": what a cause is said to have helped
 * bring about ("helped undermine the old belief that …", "helped confirm the theory of plate tectonics"), asked of the thing or
 * the person that helped, and answered by what it helped to happen.
 */
import type { Proposition } from '../clauses';
import { textWith } from '../clauses';
import type { Sentence } from '../types';
import { capital } from '../tokens';
import { clauseCore } from './clause-core';
import { lowerFirstWord } from './clause-date';
import { clauseEnd } from './clause-end';
import { MOST_ANSWER_WORDS, tidy, UNDERSTANDING, wordCount } from './clause-answers';
import type { Draft, TemplateContext } from './draft';
import { factKey } from './draft';
import { subjectText } from './forms';

/** "helped persuade the government to act", "helped keep Britain out": verbs whose object is not what was brought about. */
const OBJECT_THEN_MORE = /^(?:persuade|convince|keep|make|turn|get|let|force|push|pull|lead|put|give|bring|set|drive|help)$/;
/** Words that stand for a thing named elsewhere, which a card cannot ask about. */
const POINTING = /^(?:he|she|it|they|we|i|you|this|that|these|those|which|who)$/i;

/** "found" of "helped found the Youth League": a verb whose bare form reads as a past one, which the tagger takes for one. */
const BARE_AS_PAST = /^(?:found|set|cut|spread|shut)$/;

/** The draft for a clause whose verb is "helped" (or "had helped") and a verb, or undefined. */
function helpedDraft(ctx: TemplateContext, s: Sentence, p: Proposition): Draft | undefined {
	const { a } = ctx;
	const core = clauseCore(a, p);
	if (!core || core.participle) return undefined;
	const tokens = s.tokens.filter((t) => t.start >= core.verb.start && t.end <= p.end);
	const helped = /^(?:had|has|have)$/.test(core.verb.text) ? 1 : 0;
	if (tokens[helped]?.text !== 'helped') return undefined;
	const verb = tokens[tokens[helped + 1]?.text === 'to' ? helped + 2 : helped + 1];
	// "helped them climb", "helped Edison", "helped by sympathisers": someone helped, not something brought about.
	if (!verb || !/^\p{Ll}+$/u.test(verb.text) || OBJECT_THEN_MORE.test(verb.text)) return undefined;
	if (!verb.tags.has('Infinitive') && !BARE_AS_PAST.test(verb.text)) return undefined;
	// "helped pin down how fast …", "helped bring about the crisis": the particle goes with its verb.
	const next = s.tokens.find((t) => t.start > verb.end);
	const particle = next && next.end <= p.end && next.tags.has('Particle') ? next : undefined;
	const from = (particle ?? verb).end;
	// "how fast the universe is expanding, narrowing estimates of …": what a participle adds after a comma is another fact.
	const answer = tidy(textWith(a, p.edits, from, clauseEnd(a, p, from)).replace(/,\s+\p{Ll}+ing\b.*$/u, ''));
	if (wordCount(answer) < 3 || wordCount(answer) > MOST_ANSWER_WORDS || /^(?:to|by|in|on|at|and|but)\b/.test(answer)) return undefined;
	const subject = subjectText(a, p, core);
	// "What did the outbreak help confirm?": a subject with no name in it leans on a sentence the card does not show.
	if (!subject || POINTING.test(subject.split(/\s+/)[0]) || !/[\p{Lu}\d]/u.test(subject)) return undefined;
	const when = core.fronted ? ` ${lowerFirstWord(textWith(a, p.edits, core.fronted.span.start, core.fronted.end).replace(/,$/, ''))}` : '';
	return {
		type: 'flashcard',
		template: 'helped',
		prompt: `What did ${subject} help ${verb.text}${particle ? ` ${particle.text}` : ''}${when}?`,
		answer: capital(answer),
		sentence: s.index,
		fact: factKey('helped', subject, s),
		score: ctx.scores[s.index].fact * UNDERSTANDING
	};
}

/** A "what did it help bring about" card for each sentence that says what something helped to happen. */
export function helpedDrafts(ctx: TemplateContext): Draft[] {
	const drafts: Draft[] = [];
	for (const s of ctx.a.sentences)
		for (const p of ctx.props[s.index]) {
			const draft = p.kind === 'main' ? helpedDraft(ctx, s, p) : undefined;
			if (draft) drafts.push(draft);
		}
	return drafts;
}
