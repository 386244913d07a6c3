/**
 * An "it" or "them" as the object of a verb or a preposition that nothing
 * before it in its text can stand for: "The American Film Institute also
 * placed it first". The pronouns step names it from the sentence before where
 * it can; the gates turn away a prompt that still leaves one.
 */
import { isFinite } from './tokens';
import type { Token } from './types';

/** Nouns of time, which an "it" never stands for ("a year earlier … named it"). */
const TIME_NOUN = /^(?:year|month|week|day|time|decade|century|period|moment|spring|summer|autumn|winter|end|start|beginning)$/i;
/** A word written as a plural, whatever the tagger made of it ("essays on earthquakes"). */
const PLURAL_FORM = /^\p{Ll}{3,}[^su]s$/u;
/** Singular nouns for a group, which a "them" may stand for ("his team … told them"). */
const GROUP_NOUN = /^(?:team|crew|family|group|staff|party|class|band|club|side|couple|pair|public|audience|committee|government)$/i;
/** "made it possible", "found it hard": an "it" after these verbs stands for what follows, not for a thing named before. */
const DUMMY_IT_VERB = /^(?:make|makes|made|making|find|finds|found|finding|consider|considered|think|thought|deem|deemed|take|takes|took)$/i;
/** "one of them", "all of them": a part counted out of a group, which the count gate looks at. */
const COUNT = /^(?:\d[\d,]*|one|two|three|each|both|all|most|many|some|none|several|either|neither)$/i;

/** Where the last clause of `text` before `to` opens, from `from` on: after its last comma, semicolon, colon or joining word. */
function lastBoundary(text: string, from: number, to: number): number {
	let at = from;
	for (const m of text.slice(from, to).matchAll(/(?:[,;:]|\b(?:and|but|which|that|who|whose|when|where|after|before|because|while))\s+/g))
		at = from + (m.index ?? 0) + m[0].length;
	return at;
}

/** A singular thing an "it" may stand for. */
const thing = (t: Token) => t.tags.has('Noun') && !['Pronoun', 'Plural', 'Person', 'Date', 'Value'].some((tag) => t.tags.has(tag)) && !TIME_NOUN.test(t.text);
/** Things or people a "them" may stand for. */
const things = (t: Token) =>
	!t.tags.has('Pronoun') && (t.tags.has('Person') || PLURAL_FORM.test(t.text) || (t.tags.has('Noun') && (t.tags.has('Plural') || GROUP_NOUN.test(t.text))));

/**
 * The object "it" and "them" tokens of `tokens` (positions in `text`, the span starting at `from`) with nothing before them that they
 * could stand for: a singular thing for "it", things or people for "them", outside the subject of their own clause, which an object
 * never means ("The Civil Service Reform Act of 1978, signed by …, abolished it").
 */
export function orphanObjects(text: string, tokens: Token[], from = 0): Token[] {
	const orphans: Token[] = [];
	for (let i = 1; i < tokens.length; i++) {
		const [prev, it, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
		const them = it.text === 'them';
		if ((it.text !== 'it' && !them) || (them && prev.text === 'of' && COUNT.test(tokens[i - 2]?.text ?? ''))) continue;
		// "to scrap them": a verb after "to", however the tagger read it.
		const governed = isFinite(prev) || prev.tags.has('Verb') || prev.tags.has('Preposition') || tokens[i - 2]?.text === 'to';
		if (!governed || DUMMY_IT_VERB.test(prev.text)) continue;
		// A subject "it" ("than it began"), and idioms whose "it" stands for nothing named ("started it all", "put it well").
		const idiom = next && (next.text === 'all' || (prev.text === 'put' && /^(?:well|simply|bluntly|plainly|best)$/.test(next.text)));
		if (next && (isFinite(next) || next.tags.has('Verb') || idiom)) continue;
		// The subject of the verb the pronoun hangs on: before the text's first verb, or from the start of a later clause.
		const verb = tokens.slice(0, i).findLastIndex((t, k) => isFinite(t) && tokens[k - 1]?.text !== 'to');
		const first = tokens.findIndex(isFinite);
		const clause = verb < 0 || verb === first ? from : lastBoundary(text, from, tokens[verb].start);
		const subjectEnd = verb < 0 ? from : tokens[verb].start;
		const outsideSubject = (t: Token) => t.end <= clause || t.start >= subjectEnd;
		if (!tokens.slice(0, i).some((t) => outsideSubject(t) && (them ? things(t) : thing(t)))) orphans.push(it);
	}
	return orphans;
}
