/**
 * The core of a simple clause: where its subject starts and ends, past a dropped connective, a leading subordinate clause or a
 * fronted date, and its finite verb. The question forms turn a clause about this core; anything less regular has none.
 */
import type { Proposition } from '../clauses';
import { lookup } from '../lookup';
import { infinitive, isFinite as finite } from '../tokens';
import type { Analysis, Mention, Span, Token } from '../types';

export type Core = { start: number; subject: Span; verb: Token; participle?: Token; fronted?: Mention & { span: Span } };

/**
 * What places a fronted date: "On", "In early", "By", and the time of day or season around it ("On the morning of", "In the winter
 * of", "Shortly after midnight on", "Just before dawn on Monday,").
 */
const FRONTED_WHEN = new RegExp(
	[
		String.raw`^(?:(?:Early|Late|Later|Earlier)\s+|(?:Just|Shortly)\s+(?:before|after)\s+(?:dawn|midnight|noon|midday)\s+)?`,
		String.raw`(?:On|In|By|During)\s+`,
		String.raw`(?:the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|spring|summer|autumn|fall|winter|hours|small\s+hours)\s+of\s+)?`,
		String.raw`(?:(?:early|late|mid)[\s-]+)?`,
		String.raw`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?`
	].join(''),
	'i'
);

/** Where the clause's subject starts, past a dropped connective, a leading subordinate clause or a fronted date ("On July 2, 1997,"). */
export function clauseCore(a: Analysis, p: Proposition): Core | undefined {
	const s = p.sentence;
	let start = p.start;
	const dropped = p.edits.find((e) => e.start === start && e.text === '');
	if (dropped) start = dropped.end;
	const lead = p.blocked.find((c) => c.start === start);
	if (lead) start = lead.end + (/^,\s*/.exec(a.text.slice(lead.end))?.[0].length ?? 0);
	let fronted: Core['fronted'];
	const prep = FRONTED_WHEN.exec(a.text.slice(start, p.end));
	const date =
		prep &&
		lookup(a)
			.mentionsAt(start + prep[0].length)
			.find((m) => m.kind === 'date');
	// "In the winter of 1889 to 1890", "in 1996-97": a span is no date a question can cut out whole.
	if (prep && date && !/^\s*(?:to|and|–|-)\s*\d/.test(a.text.slice(date.end, date.end + 8))) {
		const after = /^,?\s*/.exec(a.text.slice(date.end))?.[0] ?? '';
		fronted = { ...date, span: { start, end: date.end + after.length } };
		start = date.end + after.length;
	}
	// "(In 1965,) while the eruption was still going on, the government declared …": a fronted clause of what went on meanwhile, or
	// of what the main clause holds despite, is no part of the subject, and the main clause reads whole without it. Not "once",
	// "when" or "after", whose condition is part of what the clause says ("Once floated, the baht fell by 20 percent").
	const aside = /^(?:while|although|though|even\s+though)\s+[^,;:“”"]{3,80},\s+/iu.exec(a.text.slice(start, p.end));
	if (aside) start += aside[0].length;
	const tokens = s.tokens.filter((t) => t.start >= start && t.end <= p.end);
	// "a seventeen-year-old Swede named Ingvar Kamprad registered …": a participle that names someone is no verb of the clause.
	const naming = (i: number) => /^(?:named|called|dubbed|nicknamed)$/i.test(tokens[i].text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
	const verbAt = tokens.findIndex((t, i) => i > 0 && finite(t) && !insideCommas(a, start, t.start) && !naming(i));
	if (verbAt < 1 || verbAt > 14) return undefined;
	const verb = tokens[verbAt];
	// "An analysis published in 2021 by Autonomy found …": a participle after its noun, with the clause's verb still to come.
	const later = tokens.slice(verbAt + 1, verbAt + 12);
	const stop = later.findIndex((t) => /^(?:but|that|which|who|when|while|because)$/i.test(t.text) || /^[,;:]/.test(a.text.slice(t.end, t.end + 1)));
	const participial = verb.tags.has('PastTense') && !!later[0]?.tags.has('Preposition');
	// "The physics first measured with wooden stakes now shapes forecasts", "… is still used": the clause's verb may be in the
	// present too, where the tagger's word for it is sure (a present form after a noun is as often a plural: "land rights").
	const clauseVerb = (t: Token, i: number, list: Token[]) =>
		finite(t) &&
		(t.tags.has('PastTense') ||
			t.tags.has('Copula') ||
			t.tags.has('Modal') ||
			(t.tags.has('PresentTense') && !!list[i - 1] && (list[i - 1].tags.has('Adverb') || /^(?:now|still|today|already)$/i.test(list[i - 1].text))));
	if (participial && later.slice(0, stop < 0 ? undefined : stop + 1).some((t, i, list) => i > 0 && clauseVerb(t, i, list))) return undefined;
	// "…, the Alfred Wegener Institute, founded in 1980, bears his name": a participle after a comma opens an aside, not the clause.
	if (participial && /,\s*$/.test(a.text.slice(start, verb.start))) return undefined;
	const subjectText = a.text.slice(start, verb.start);
	const subjectTokens = tokens.slice(0, verbAt).filter((t) => !insideCommas(a, start, t.start));
	if (subjectTokens[0]?.tags.has('Preposition') || subjectTokens.some((t) => t.tags.has('Verb') && !naming(tokens.indexOf(t)))) return undefined;
	// "…, worried that …, and feared renewed fighting": a past verb that goes on the subject of a clause before is no subject itself.
	if (subjectTokens.length === 1 && /^\p{Ll}+ed$/u.test(subjectTokens[0].text) && infinitive(subjectTokens[0].text) !== subjectTokens[0].text) return undefined;
	// "That the continent did not become …": a clause as the subject, whose own verb was found first ("That decision" is a noun's).
	if (/^(?:That|Whether)$/.test(subjectTokens[0]?.text ?? '') && /^(?:the|a|an|he|she|it|they|we|this|\p{Lu}\p{Ll}+)$/u.test(subjectTokens[1]?.text ?? ''))
		return undefined;
	// "James Christy of the United States Naval Observatory": a name with the body it belongs to is one subject, however long.
	const of = subjectTokens.findIndex((t) => t.text === 'of');
	const named = of > 0 && subjectTokens.slice(of + 1).every((t) => /^(?:the|\p{Lu}.*)$/u.test(t.text));
	if (
		subjectTokens.length > (named ? 11 : 7) ||
		subjectTokens.some((t, i) => /^(and|or|but)$/.test(t.text) && !/^\p{Lu}/u.test(subjectTokens[i + 1]?.text ?? ''))
	)
		return undefined;
	// "Under Captain James Anderson, she sailed …": a fronted phrase, not a subject.
	if (/^(?:Under|With|After|Before|During|Despite|Without|Within|From|For|At|On|In|By|Since|Until|Unlike|Like|As)\b/.test(subjectText)) return undefined;
	if (/^\s*[,(]/.test(subjectText) || (/,/.test(subjectText) && !/^[^,]+,[^]*,\s*$/.test(subjectText))) return undefined;
	if (tokens.slice(0, verbAt).some((t, i) => finite(t) && !insideCommas(a, start, t.start) && !naming(i))) return undefined;
	// "a portrait that had once been …": the verb found belongs to a relative clause, not to the subject.
	if (subjectTokens.slice(1).some((t) => /^(?:that|which|who|whom|whose)$/i.test(t.text))) return undefined;
	const next = tokens[verbAt + 1];
	const participle = /^(was|were)$/.test(verb.text) && next?.tags.has('PastTense') ? next : undefined;
	return { start, subject: { start, end: verb.start }, verb, participle, fronted };
}

/** Is `at` inside a comma-enclosed aside that opened after `from` ("Joel Wit, a senior fellow …, told")? */
function insideCommas(a: Analysis, from: number, at: number): boolean {
	let commas = 0;
	let regionEnd = -1;
	for (const c of a.text.slice(from, at).matchAll(/,\s*/g)) {
		const comma = from + c.index;
		// "Des Moines, Iowa, decided": the comma that closes a town's state closes an aside only when one is open.
		if (comma === regionEnd && commas % 2 === 0) continue;
		// "travelling through Guymon, Oklahoma, used …": the comma between a town and its state opens no aside.
		const region =
			/\p{Lu}[\p{L}.-]*$/u.test(a.text.slice(from, comma)) &&
			lookup(a)
				.mentionsAt(comma + c[0].length)
				.find((m) => m.kind === 'place');
		if (region) regionEnd = region.end;
		else commas++;
	}
	// The state itself reads as an aside of its town: "in Des Moines, Iowa," counts as "in Des Moines".
	return commas % 2 === 1 || at < regionEnd;
}
