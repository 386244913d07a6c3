/**
 * What an "it", "its", "they" or "their" stands for: the thing or the group
 * the sentence before names as its subject ("a substance he called
 * tuberculin", "the Lovings", "Silicon Valley Bank"), or the name an aside
 * gives what a pronoun owns ("His criteria, later known as Koch's postulates").
 */
import type { Analysis, Edit, Mention, Sentence, Token } from './types';
import { usualName } from './context';
import { leadingNounPhrase } from './extract/coref';
import { pronounPerson } from './extract/index';
import { describedInFull } from './descriptions';
import { literal } from './pattern';
import { isFinite } from './tokens';
import { lookup } from './lookup';

/**
 * "After his death the piece grew …", "Because Meta … have their bases in Dublin, the Irish authority leads …": the singular "the …"
 * subject right before the main verb, past an opening phrase with no comma or an opening clause that ends on one.
 */
function subjectAfterPhrase(a: Analysis, s: Sentence): string | undefined {
	const opener = s.tokens[0];
	if (!opener?.tags.has('Preposition') && !/^(?:Because|When|Although|Though|As|Since|While|If|Once|After|Before)$/.test(opener?.text ?? '')) return undefined;
	const first = s.tokens.findIndex(isFinite);
	for (let the = 2; the < s.tokens.length - 2; the++) {
		if (!/^the$/i.test(s.tokens[the].text)) continue;
		const before = s.text.slice(0, s.tokens[the].start - s.start);
		// With no comma, the phrase before the subject is short and its verb the sentence's first; with one, it ends the clause before.
		const clause = /,\s*$/.test(before);
		if (!clause && (/[,;:()“”"]/.test(before) || the > 6)) return undefined;
		// "the first IKEA store": words that describe, up to three, then the verb; "the Houston energy company Enron": up to five,
		// when a name ends them, the thing they describe.
		const describes = (t: Token) => t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Ordinal');
		const joined = (k: number) => !/[,;:()]/.test(s.text.slice(s.tokens[k - 1].end - s.start, s.tokens[k].start - s.start));
		let verb = the + 1;
		while (verb < s.tokens.length && verb - the <= 5 && describes(s.tokens[verb]) && !isFinite(s.tokens[verb]) && joined(verb)) verb++;
		const [head, next] = [s.tokens[verb - 1], s.tokens[verb]];
		if (verb === the + 1 || !next || !isFinite(next) || (!clause && verb !== first)) continue;
		if (!head.tags.has('Noun') || head.tags.has('Pronoun') || head.tags.has('Plural')) return undefined;
		const named = lookup(a)
			.mentionsIn(s.index)
			.find((m) => m.end === head.end && m.start > s.tokens[the + 1].start && ['org', 'name', 'acronym'].includes(m.kind));
		if (!named && verb - the > 4) return undefined;
		return named?.text ?? `The${s.text.slice(s.tokens[the].end - s.start, head.end - s.start)}`;
	}
	return undefined;
}

/** The subject noun phrase of the sentence before, in the same paragraph, for "it", "its", "they" and "their". */
export function thingBefore(a: Analysis, s: Sentence, plural: boolean): string | undefined {
	const prev = a.sentences[s.index - 1];
	if (!prev || prev.paragraph !== s.paragraph) return undefined;
	const phrase = leadingNounPhrase(prev);
	const named = plural ? undefined : namedInAsideEdit(a, prev, prev.start);
	if (named) return named.text.trim();
	if (!phrase)
		return plural
			? (pluralSubject(a, prev) ?? coupleBefore(a, s, prev))
			: (namedSubject(a, prev) ?? massSubject(a, prev) ?? calledThing(a, prev) ?? subjectAfterPhrase(a, prev) ?? objectOfPerson(a, prev));
	const head = prev.tokens.find((t) => t.end === prev.start + phrase.length);
	// "The A" of "The A to G notes" is a label cut short, not a thing to name.
	if (!head || head.text.length < 3) return undefined;
	if (!!head.tags.has('Plural') === plural) return (plural ? undefined : (nameItIs(a, prev, phrase) ?? describedInFull(a, phrase, prev.start))) ?? phrase;
	// "The limits matter too, as Silicon Valley Bank discovered …. Its customers …": past a plural subject, the one body
	// the sentence names as a subject.
	return plural ? undefined : soleBodySubject(a, prev);
}

/**
 * "The largest international experiment is the European Union Emissions Trading System, launched in 2005. Its early years …":
 * a description the sentence says is a name is that name.
 */
function nameItIs(a: Analysis, s: Sentence, phrase: string): string | undefined {
	const named = /^\s+(?:is|was)\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*)*)/u.exec(
		a.text.slice(s.start + phrase.length, s.end)
	);
	return named && /\s/.test(named[1].replace(/^the\s+/, '')) ? named[1] : undefined;
}

/**
 * "In January 1959 the Lovings pleaded guilty", "As the operators lowered power, …": the plural "the …" right before a sentence's
 * first verb, for a "they" in the sentence after. A family's name counts as plural where the article writes it without the "s".
 */
function pluralSubject(a: Analysis, s: Sentence): string | undefined {
	const verb = s.tokens.findIndex(isFinite);
	const pair = namedPair(a, s, verb);
	if (pair) return pair;
	const noun = s.tokens[verb - 1];
	if (verb < 2 || /[,;:]/.test(a.text.slice(noun.end, s.tokens[verb].start))) return undefined;
	const family = /^\p{Lu}\p{Ll}+s$/u.test(noun.text) && new RegExp(`\\b${literal(noun.text.slice(0, -1))}\\b`).test(a.text);
	if (!noun.tags.has('Plural') && !family) return undefined;
	let the = verb - 2;
	while (the >= 0 && the >= verb - 4 && s.tokens[the].tags.has('Adjective')) the--;
	if (the < 0 || !/^the$/i.test(s.tokens[the].text)) return undefined;
	// "Alpher and Herman, building on work on how the chemical elements were forged, …": a verb inside an aside is not the sentence's.
	if (/,|\b(?:how|that|which|who|whom|whose|whether|what)\b/i.test(a.text.slice(s.start, s.tokens[the].start))) return undefined;
	return `the ${a.text.slice(s.tokens[the + 1].start, noun.end)}`;
}

/** "In 2005 Katalin Karikó and Drew Weissman, at the University of Pennsylvania, showed …": two people named as the subject, in full. */
function namedPair(a: Analysis, s: Sentence, verb: number): string | undefined {
	if (verb < 0) return undefined;
	const people = lookup(a)
		.mentionsIn(s.index)
		.filter((m) => m.kind === 'person' && m.end <= s.tokens[verb].start);
	if (people.length !== 2 || !/^\s+and\s+$/.test(a.text.slice(people[0].end, people[1].start))) return undefined;
	// Only the subject: nothing but a date or a place may open the sentence before the pair, and nothing but an aside follow it.
	if (!/^(?:(?:In|On|By|During)\s+[^,]{1,30}?,?\s+)?$/.test(a.text.slice(s.start, people[0].start))) return undefined;
	if (!/^(?:,[^,]*,)?\s*$/.test(a.text.slice(people[1].end, s.tokens[verb].start))) return undefined;
	const name = (m: Mention) => {
		const person = a.people.get(m.key);
		return person ? usualName(a, person) : m.text;
	};
	return `${name(people[0])} and ${name(people[1])}`;
}

/** What only two people do together: "They married", "They divorced in 1939". */
const COUPLE_VERB = /^They\s+(?:(?:later|then|soon|finally)\s+)?(?:married|remarried|divorced|wed|separated|eloped)\b/;

/**
 * "In 1928 she showed her paintings to the muralist Diego Rivera, who encouraged her. They married in 1929": the two people the
 * sentence before names, one by a "she" or "he", for a "they" that only a couple can be.
 */
function coupleBefore(a: Analysis, s: Sentence, prev: Sentence): string | undefined {
	if (!COUPLE_VERB.test(s.text)) return undefined;
	// In the order the sentence names them: "she" first in "she showed her paintings to … Diego Rivera".
	const named = lookup(a)
		.mentionsIn(prev.index)
		.filter((m) => m.kind === 'person')
		.map((m) => ({ at: m.start, key: m.key }));
	const pronoun = prev.tokens.find((t) => /^(?:he|she|her|him|his)$/i.test(t.text));
	const meant = pronoun && pronounPerson(a, prev, pronoun.start === prev.start, pronoun.text);
	if (pronoun && meant) named.push({ at: pronoun.start, key: meant });
	const keys = [...new Set(named.sort((x, y) => x.at - y.at).map((n) => n.key))];
	const people = keys.map((k) => a.people.get(k));
	if (people.length !== 2 || people.some((p) => !p)) return undefined;
	return people.map((p) => usualName(a, p!)).join(' and ');
}

/** The one body (a firm, a bank, an agency) a sentence names, when a verb follows it: "as Silicon Valley Bank discovered". */
function soleBodySubject(a: Analysis, s: Sentence): string | undefined {
	const bodies = lookup(a)
		.mentionsIn(s.index)
		.filter((m) => m.kind === 'org');
	const next = bodies.length === 1 ? s.tokens.find((t) => t.start >= bodies[0].end) : undefined;
	return next && isFinite(next) ? bodies[0].text : undefined;
}

/** A thing's name that opens a sentence as its subject ("New Coke itself lingered on …"), for an "it" after it. */
function namedSubject(a: Analysis, s: Sentence): string | undefined {
	const m = lookup(a)
		.mentionsAt(s.start)
		.find((x) => x.kind === 'name' || x.kind === 'org' || x.kind === 'acronym');
	if (!m) return undefined;
	const next = s.tokens.find((t) => t.start >= m.end);
	const after = next && /^(?:itself|also|then|still|later|soon)$/i.test(next.text) ? s.tokens.find((t) => t.start > next.start) : next;
	return after && isFinite(after) ? m.text : undefined;
}

/**
 * "Methylmercury builds up in living tissue …. It can also cross the placenta": a bare singular noun that opens the sentence
 * before as the subject of its verb.
 */
function massSubject(a: Analysis, s: Sentence): string | undefined {
	const [noun, verb] = s.tokens;
	if (!noun || !verb || !isFinite(verb) || !/^[ \t]+$/.test(a.text.slice(noun.end, verb.start))) return undefined;
	if (!noun.tags.has('Noun') || ['Pronoun', 'Plural', 'Person', 'Date', 'Value'].some((t) => noun.tags.has(t)) || noun.text.length < 4) return undefined;
	if (lookup(a).mentionsAt(noun.start).length) return undefined;
	// Lower case, unless the article capitalises it mid-sentence too, as a name.
	return new RegExp(`[\\p{Ll},;]\\s+${literal(noun.text)}\\b`, 'u').test(a.text) ? noun.text : noun.text.toLowerCase();
}

/**
 * "In 1888 Eastman launched the first Kodak camera. It sold for 25 dollars": where a person is the subject, an "it" is the one
 * thing the verb acts on, "the" or "a" and the words that describe it, up to a comma or a preposition.
 */
function objectOfPerson(a: Analysis, s: Sentence): string | undefined {
	const verb = s.tokens.findIndex(isFinite);
	const subject = s.tokens[verb - 1];
	const person =
		!!subject &&
		(/^(?:he|she)$/i.test(subject.text) ||
			lookup(a)
				.mentionsIn(s.index)
				.some((m) => m.kind === 'person' && m.end === subject.end));
	if (verb < 1 || !person) return undefined;
	const object = /^\s+(?:the|an?)\s+((?:[\p{L}\d-]+\s+){0,3}?[\p{L}-]+)(?=\s*(?:[.,;:]|\s(?:in|on|at|to|for|from|with|by|and|that|which|who)\b))/u.exec(
		a.text.slice(s.tokens[verb].end, s.end)
	);
	if (!object || s.text.slice(s.tokens[verb].end - s.start).split(/\b(?:the|an?)\b/i).length > 2) return undefined;
	return `the ${object[1]}`;
}

/** A name a sentence gives a thing: "a substance he called tuberculin,", "Their vaccine, known as BCG for …", "a train called Hikari No. 1 pulled out". */
const CALLED =
	/\b(?:called|known\s+as|named|dubbed)\s+(\p{Lu}[\p{L}-]*['’]s\s+\p{Ll}+|\p{Lu}[\p{L}\d'’-]*(?:\s+(?:\p{Lu}[\p{L}\d'’-]*\.?|\d+))*|\p{Ll}[\p{L}-]+(?=[,;.]))/gu;

/**
 * "In 1890 Koch announced a substance he called tuberculin, …. It failed as a cure": a sentence whose subject is no thing (a person, a
 * date) and that names one new thing, for an "it" in the sentence after. Not past an "it" that already carries on ("It was launched
 * on a rocket called …"), nor a person ("a scientist named Alfred Wegener"), nor a name that runs on ("Thermus aquaticus").
 */
function calledThing(a: Analysis, s: Sentence): string | undefined {
	if (/^(?:It|Its|This|They|Their)$/.test(s.tokens[0]?.text ?? '')) return undefined;
	const names = [...s.text.matchAll(CALLED)];
	if (names.length !== 1) return undefined;
	const name = names[0][1];
	const end = s.start + (names[0].index ?? 0) + names[0][0].length;
	const next = s.tokens.find((t) => t.start >= end);
	const ends = /^\s*(?:[,;:.(]|$)/.test(a.text.slice(end, s.end + 1)) || (!!next && (isFinite(next) || /^for$/i.test(next.text)));
	if (
		!ends ||
		lookup(a).peopleNamed(name).length ||
		lookup(a)
			.mentionsAt(end - name.length)
			.some((m) => m.kind === 'person')
	)
		return undefined;
	return name;
}

/** "Their vaccine, known as BCG for Bacillus Calmette-Guérin, was …": a thing a pronoun owns that an aside names. */
const OWNED_AND_NAMED =
	/^(?:Their|His|Her|Its)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+(?:(?:also|now|later|often|better)\s+)*(?:known\s+as|called|named|dubbed)\s+(\p{Lu}[\p{L}\d'’-]*(?:\s+[\p{L}\d'’-]+){0,3}?)(?:\s+for\s+[^,]+)?,\s+/u;

/**
 * "His criteria, later known as Koch's postulates, set out …": a subject owned by a pronoun and named in the aside after it is
 * that name, which needs no owner: "Koch's postulates set out …".
 */
export function namedInAsideEdit(a: Analysis, s: Sentence, from: number): Edit | undefined {
	const m = OWNED_AND_NAMED.exec(a.text.slice(from, s.end));
	const next = m && s.tokens.find((t) => t.start >= from + m[0].length);
	if (!m || !next || !isFinite(next)) return undefined;
	return { start: from, end: from + m[0].length, text: `${m[1]} ` };
}
