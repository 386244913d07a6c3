/**
 * Where the clause of a verb ends inside its sentence: before a second clause
 * joined by "and", "but", ";" or ":", but not inside a list of verbs ("was
 * fed, heated and kept working"). Prompts cut there ask one fact, not a passage.
 */
import type { Proposition } from '../clauses';
import { infinitive, isFinite } from '../tokens';
import type { Analysis, Token } from '../types';

const finite = isFinite;

/** Where a run of spaces and commas ending at `at` starts: the text before `at`, trimmed of them, looked at backwards (not from the article's start). */
function endBeforeSpaceAndCommas(text: string, at: number): number {
	let end = at;
	while (end > 0 && /[\s,]/.test(text[end - 1])) end--;
	return end;
}

/** A past verb the tagger read as an adjective ("resigned … and left Australia"): it has an infinitive of its own and does not describe the noun after it ("used cars"). */
function pastMistagged(t: Token, next: Token | undefined): boolean {
	if (!t.tags.has('Adjective') || t.tags.has('Comparative') || (next && next.tags.has('Noun') && !next.tags.has('ProperNoun'))) return false;
	return /^\p{Ll}/u.test(t.text) && infinitive(t.text) !== t.text;
}

/**
 * "Slovenia adopted the euro in 2007, Croatia became the twentieth member in 2023, and Bulgaria …": in a series of clauses
 * joined by commas and a last ", and", the first ends at the first comma that opens another clause with its own subject and verb.
 */
function firstOfSeries(a: Analysis, tokens: Token[], and: number, from: number): number {
	for (let k = 0; k < and; k++) {
		if (!/,\s*$/.test(a.text.slice(k ? tokens[k - 1].end : from, tokens[k].start)) || !/^\p{Lu}/u.test(tokens[k].text)) continue;
		const verb = tokens.slice(k + 1, k + 4).findIndex(finite);
		if (verb >= 0 && tokens.slice(k + 1, k + 1 + verb).every((t) => t.tags.has('Noun') && !t.tags.has('Pronoun')))
			return endBeforeSpaceAndCommas(a.text, tokens[k].start);
	}
	return endBeforeSpaceAndCommas(a.text, tokens[and].start);
}

/** Where the clause of the verb ends: before a second clause joined by "and", "but", ";" or ":". */
export function clauseEnd(a: Analysis, p: Proposition, from: number): number {
	// A clause after ";" or ":" is another one, even where an "and" joins a third further on ("… in 2003; it now stands at
	// 25 cents, and about 98 per cent come back").
	const colon = a.text.slice(from, p.end).search(/[;:](?!\d)/);
	const punctuated = colon < 0 ? p.end : from + colon;
	const tokens = p.sentence.tokens.filter((t) => t.start >= from && t.end <= p.end);
	for (let i = 0; i + 1 < tokens.length; i++) {
		const afterComma = /,\s*$/.test(a.text.slice(from, tokens[i].start));
		const opensClause = /^(the|a|an|it|he|she|they|its|his|her|their)$/i.test(tokens[i + 1].text) || /^\p{Lu}/u.test(tokens[i + 1].text);
		// "… and quietly discontinued": an adverb before the second verb leaves it a second verb ("strong but weakly enforced" is one).
		const v = tokens[i].text === 'and' && tokens[i + 1].tags.has('Adverb') && tokens[i + 2] ? i + 2 : i + 1;
		// "was fed, heated and kept working": the last of a list of verbs, not a second clause.
		const verbish = (t: Token | undefined) => !!t && t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('Participle'));
		// "killed him, cut off his head and paraded it": the last of a list of verb phrases, the one before it opening after a comma.
		const item = tokens.slice(0, i).findLastIndex((t, k) => k > 0 && /,\s*$/.test(a.text.slice(tokens[k - 1].end, t.start)));
		// "show windows, gateways and bridges": the last of a list of plural nouns, however the tagger read it.
		const nouns =
			i >= 2 &&
			tokens[i - 1].tags.has('Noun') &&
			!tokens[i - 1].tags.has('Verb') &&
			/^,\s*$/.test(a.text.slice(tokens[i - 2].end, tokens[i - 1].start)) &&
			/\p{Ll}s$/u.test(tokens[i - 1].text) &&
			/\p{Ll}s$/u.test(tokens[i + 1].text);
		const listed =
			nouns ||
			(i >= 2 && verbish(tokens[i - 1]) && verbish(tokens[i - 2]) && /^,\s*$/.test(a.text.slice(tokens[i - 2].end, tokens[i - 1].start))) ||
			(item > 0 && tokens[item].tags.has('Verb') && !tokens[item].tags.has('Gerund') && verbish(tokens[i + 1]) && i - item <= 6);
		const joined =
			!listed &&
			/^(and|but)$/.test(tokens[i].text) &&
			(finite(tokens[v]) || pastMistagged(tokens[v], tokens[v + 1]) || (afterComma && (opensClause || tokens.slice(i + 1).some(finite))));
		if (joined) return Math.min(punctuated, afterComma ? firstOfSeries(a, tokens, i, from) : endBeforeSpaceAndCommas(a.text, tokens[i].start));
	}
	// A clause that opens on ", when …" or ", which …" is another clause, whatever the question asks.
	const stop = a.text.slice(from, p.end).search(/[;:](?!\d)|,\s+(?:when|while|which|who|where|whereas)\b/);
	return stop < 0 ? p.end : from + stop;
}

/**
 * "examined water from a lake … and found it full of green spirals": where a second deed of the same subject, joined to the clause
 * ending at `end` by "and" and a past verb, ends in its turn; undefined where no such deed follows. The second deed is often what the
 * first was for, so an event card keeps both.
 */
export function secondDeedEnd(a: Analysis, p: Proposition, end: number): number | undefined {
	const next = p.sentence.tokens.filter((t) => t.start >= end && t.end <= p.end);
	if (next[0]?.text !== 'and' || !/^\s*$/.test(a.text.slice(end, next[0].start))) return undefined;
	const verb = next[1];
	if (!verb || !finite(verb) || !verb.tags.has('PastTense')) return undefined;
	const later = clauseEnd(a, p, verb.end);
	return later > verb.end ? later : undefined;
}
