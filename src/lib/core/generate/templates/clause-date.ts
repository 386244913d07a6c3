/**
 * Where a clause's date sits, for the questions that ask about it: fronted ("On the morning of 1 November 1755, …") or in a phrase
 * after the verb ("… in 1986"), with what a question cuts out and the phrase that says when.
 */
import type { Proposition } from '../clauses';
import { textWith } from '../clauses';
import { isFinite as finite } from '../tokens';
import type { Analysis, Mention, Span, Token } from '../types';
import { clauseEnd } from './clause-end';
import type { Core } from './clause-core';
import { clauseCore } from './clause-core';

/** A fronted phrase moved inside a question: "on the morning of Monday", not "on the morning of monday". */
export const lowerFirstWord = (text: string) => text.replace(/^\S+/, (w) => w.toLowerCase());

/** The date `m` of a clause, with the span a question cuts out and the phrase that says when; none where it is no date of the verb. */
export function dateOfClause(a: Analysis, p: Proposition, m: Mention): { core: Core; after: Token; end: number; cut?: Span; when: string } | undefined {
	if (m.kind !== 'date') return undefined;
	const core = clauseCore(a, p);
	if (!core) return undefined;
	// "The Gombe research she began in 1960 continues today": a pronoun before the verb makes it a clause inside the subject, not the sentence's verb.
	if (/\S\s+(?:he|she|they|we|I|you)\s+$/.test(a.text.slice(core.subject.start, core.verb.start))) return undefined;
	const after = core.participle ?? core.verb;
	const end = clauseEnd(a, p, after.end);
	const dated = textWith(a, p.edits, m.start, m.end);
	if (core.fronted && core.fronted.start === m.start) {
		const prep = lowerFirstWord(a.text.slice(core.fronted.span.start, m.start).trim());
		return { core, after, end, when: `${prep} ${dated}` };
	}
	// "… later in 1931", "completed only in 1864": the word that places the date goes with it.
	const prep = /\s(?:(?:later|earlier|early|late|only|finally)\s+)?(on|in|during|by)\s+$/.exec(a.text.slice(after.end, m.start));
	if (!prep || m.start < after.end || m.end > end) return undefined;
	// A date inside a relative clause ("the ships with which Columbus crossed the Atlantic in 1492") is not the verb's,
	// nor one that ends a span ("stayed on the statute book until its repeal in 1825").
	if (p.sentence.tokens.some((t) => t.start >= after.end && t.end <= m.start && (finite(t) || /^(?:until|till)$/i.test(t.text)))) return undefined;
	// "estimated that raising the minimum to $15 by 2025 would lift pay": a date inside what was said or found is not when it was said.
	if (/\bthat\s/i.test(a.text.slice(after.end, m.start))) return undefined;
	// "A larger study published in 2019 by Doruk Cengiz … examined 138 increases": a participle with its date and its "by" describes
	// the subject; the sentence's verb comes after.
	if (
		!core.participle &&
		/^\s+by\s+\p{Lu}/u.test(a.text.slice(m.end, end)) &&
		p.sentence.tokens.some((t, i) => t.start > m.end && t.end <= end && finite(t) && !/^(?:and|who|which|that|,)$/i.test(p.sentence.tokens[i - 1]?.text ?? ''))
	)
		return undefined;
	// "lingered for weeks before dying on September 19, 1881": the date is the gerund's, not the verb's.
	if (/\b(?:before|after|since|without|while)\s+\p{Ll}+ing\b/u.test(a.text.slice(after.end, m.start))) return undefined;
	// "served only one term, stepping down in 1999": so is a date inside a participle after a comma.
	if (/,\s+\p{Ll}+ing\b[^,]*$/u.test(a.text.slice(after.end, m.start))) return undefined;
	const comma = m.text.includes(',') && /^,(?=\s)/.test(a.text.slice(m.end)) ? 1 : 0;
	return { core, after, end, cut: { start: after.end + (prep.index ?? 0), end: m.end + comma }, when: `${prep[1]} ${dated}` };
}
