/**
 * Clauses and prompt text. A sentence gives propositions to ask about: its
 * main clause (with a leading connective dropped, a dash aside dropped, a
 * leading He/She/It replaced by what it stands for), and each factual
 * subordinate clause as a sentence of its own ("… since the Hanoi Summit of
 * 2019 failed" gives "The Hanoi Summit of 2019 failed."). Blanks never go
 * inside a subordinate clause of the prompt they appear in.
 */
import type { Analysis, Edit, Mention, Sentence, Span, Token } from './types';
import { CONNECTIVES } from './extract/lexicon';
import { leadingNounPhrase } from './extract/coref';
import { contextEdits, nameForPronoun } from './context';
import { describedInFull, topicName } from './descriptions';
import { genderOf, pronounPerson } from './extract/index';
import { literal } from './pattern';
import { isFinite } from './tokens';
import { lookup } from './lookup';
import { withinAny } from './spans';

/** A stretch of a sentence that reads as a statement of its own, with the edits that make it read so. */
export type Proposition = Span & { sentence: Sentence; kind: 'main' | 'sub'; edits: Edit[]; blocked: Span[] };

// prettier-ignore
const SUBORDINATORS = new Set(['before', 'after', 'while', 'although', 'though', 'because', 'since', 'if', 'unless', 'until', 'whereas', 'once', 'when', 'whenever']);
/** Subordinate clauses that state a fact on their own ("before" and "if" clauses do not). */
const FACTUAL = new Set(['after', 'while', 'although', 'though', 'because', 'since', 'until', 'whereas', 'once', 'when']);
const BOUNDARY = /[,;:()–—]/;
/** Subordinators that are never prepositions, so a name after them is a clause's subject ("after him, …" is a phrase). */
const ASIDE_AFTER_NAME = new Set(['while', 'although', 'though', 'whereas', 'when', 'because', 'if', 'unless']);
// Not before "of": "As a result of the publicity, …" opens a phrase that names its own cause, and the sentence stands whole.
const CONNECTIVE = new RegExp(`^(?:${CONNECTIVES.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\b,?\\s+(?!of\\b)`, 'i');

/** "after a 3-1 win over Everton": a word the tagger reads as a verb is a noun after "a" or "the" and what describes it. */
function nounAfterDeterminer(tokens: Token[], at: number): boolean {
	let k = at - 1;
	while (k >= 0 && (tokens[k].tags.has('Value') || tokens[k].tags.has('Adjective'))) k--;
	return k >= 0 && tokens[k].tags.has('Determiner') && !tokens[k].tags.has('Pronoun');
}

/** Subordinate clauses of a text: from the subordinator to the next comma or dash, when they hold a finite verb. */
export function subordinateClauses(text: string, tokens: Token[], base = 0): (Span & { word: string; content: number })[] {
	const found: (Span & { word: string; content: number })[] = [];
	tokens.forEach((t, i) => {
		const word = t.text.toLowerCase();
		if (!SUBORDINATORS.has(word) || !tokens[i + 1]) return;
		if (i === 0 && word === 'when' && text.trimEnd().endsWith('?')) return;
		// "shortly after midnight on 5 May": a time after "after", "before" or "until" makes a phrase, not a clause.
		if (/^(?:midnight|midday|noon|dawn|dusk|sunrise|sunset|\d)/i.test(tokens[i + 1].text) || tokens[i + 1].tags.has('Date')) return;
		// "has since been recognised", "a bird once reduced to 35": with a verb straight after it, the word is an adverb, not a clause's start.
		if (tokens[i + 1].tags.has('Verb') && !tokens[i + 1].tags.has('Noun')) return;
		// A clause runs on past a comma inside a quotation: "a government of laws, and not of men" is said whole.
		const boundaryAfter = (from: number): number => {
			const rest = text.slice(from - base);
			const rel = rest.search(BOUNDARY);
			if (rel < 0) return base + text.length;
			const before = rest.slice(0, rel);
			const count = (mark: string) => before.split(mark).length - 1;
			const open = count('“') > count('”') || count('"') % 2 === 1;
			const close = open ? rest.slice(rel).search(/[”"]/) : -1;
			return close < 0 ? from + rel : boundaryAfter(from + rel + close + 1);
		};
		const finiteIn = (end: number) => {
			const inside = tokens.slice(i + 1).filter((x) => x.end <= end);
			return inside.some((x, k) => k > 0 && isFinite(x) && !nounAfterDeterminer(inside, k));
		};
		let end = boundaryAfter(t.end);
		// "while Francis Rotch, the young owner of the Dartmouth, rode to Milton": a name, its aside in commas, then the verb.
		const subject = tokens.slice(i + 1).filter((x) => x.end <= end);
		if (!finiteIn(end) && ASIDE_AFTER_NAME.has(word) && text[end - base] === ',' && subject.length <= 4 && subject.every((x) => /^\p{Lu}/u.test(x.text))) {
			const close = text.indexOf(',', end - base + 1);
			if (close > 0) end = boundaryAfter(base + close + 1);
		}
		if (!finiteIn(end)) return;
		found.push({ start: t.start, end, word, content: tokens[i + 1].start });
	});
	return found;
}

/** Time references that lean on the sentence before ("A year later, ", "The same day "). */
const RELATIVE_TIME =
	/^(?:(?:just|only|barely|nearly|almost|about|some)\s+)?(?:(?:(?:a|an|a few|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)\s+)?(?:years?|months?|weeks?|days?|hours?|decades?|centuries)\s+later|within\s+(?:(?:a\s+few|several|\d+|two|three)\s+)?(?:hours?|days?|weeks?|months?)|(?:the|that)\s+(?:same|next|following)\s+(?:day|week|month|year))\b,?\s+/i;

/** The leading connective of a sentence ("However, ", "Instead ", "A year later, "), as an edit that drops it. */
function connectiveEdit(s: Sentence): Edit | undefined {
	const m = CONNECTIVE.exec(s.text) ?? RELATIVE_TIME.exec(s.text);
	return m ? { start: s.start, end: s.start + m[0].length, text: '' } : undefined;
}

/**
 * "The NBA itself has only adjusted the details": the emphasis leans on a contrast with the sentence before; the question drops it.
 */
function emphaticEdit(s: Sentence, from: number): Edit | undefined {
	const opening = s.tokens.filter((t) => t.start >= from).slice(0, 5);
	const i = opening.findIndex((t) => /^(?:itself|himself|herself|themselves)$/i.test(t.text));
	const [before, self, after] = [opening[i - 1], opening[i], opening[i + 1]];
	if (i < 1 || !before.tags.has('Noun') || before.tags.has('Pronoun') || !after || !(isFinite(after) || after.tags.has('Adverb'))) return undefined;
	return { start: before.end, end: self.end, text: '' };
}

/** Dash asides (" – despite … – "), dropped unless the blank falls inside them. */
function asideEdits(s: Sentence): Edit[] {
	const edits: Edit[] = [];
	for (const m of s.text.matchAll(/\s[–—]\s[^–—]+?\s[–—]\s/g)) {
		const start = s.start + (m.index ?? 0);
		const end = start + m[0].length;
		// "the talks – aside – went ahead" closes up; "on January 20 – aside – most countries …" needs its comma.
		const next = s.tokens.find((t) => t.start >= end);
		edits.push({ start, end, text: next && isFinite(next) ? ' ' : ', ', optional: true });
	}
	return edits;
}

const PERSONAL = /^(?:he|she|his|her|him)$/i;
const IMPERSONAL = /^(?:it|its|they|their)$/i;

/** The subject noun phrase of the sentence before, in the same paragraph, for "it", "its", "they" and "their". */
function thingBefore(a: Analysis, s: Sentence, plural: boolean): string | undefined {
	const prev = a.sentences[s.index - 1];
	if (!prev || prev.paragraph !== s.paragraph) return undefined;
	const phrase = leadingNounPhrase(prev);
	if (!phrase) return plural ? pluralSubject(a, prev) : namedSubject(a, prev);
	const head = prev.tokens.find((t) => t.end === prev.start + phrase.length);
	// "The A" of "The A to G notes" is a label cut short, not a thing to name.
	if (!head || head.text.length < 3) return undefined;
	if (!!head.tags.has('Plural') === plural) return (plural ? undefined : describedInFull(a, phrase, prev.start)) ?? phrase;
	// "The limits matter too, as Silicon Valley Bank discovered …. Its customers …": past a plural subject, the one body
	// the sentence names as a subject.
	return plural ? undefined : soleBodySubject(a, prev);
}

/**
 * "In January 1959 the Lovings pleaded guilty", "As the operators lowered power, …": the plural "the …" right before a sentence's
 * first verb, for a "they" in the sentence after. A family's name counts as plural where the article writes it without the "s".
 */
function pluralSubject(a: Analysis, s: Sentence): string | undefined {
	const verb = s.tokens.findIndex(isFinite);
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

/** Nouns for a person that no suffix gives away ("a 21-year-old engineering student … turned his back"). */
const PERSON_NOUN = /^(?:student|child|boy|girl|man|woman|person|teenager|youngster|patient|pupil|soldier|monk|priest|athlete|king|queen)$/;

/** Does "her" own what follows ("her work"), a noun or an adjective, rather than stand as an object ("awarded her")? */
const owning = (t: Token | undefined) =>
	!!t && !t.tags.has('Determiner') && !/^(?:alone|too|also|herself)$/i.test(t.text) && ['Noun', 'Adjective', 'Ordinal', 'Value'].some((tag) => t.tags.has(tag));

/**
 * "In the flop, the jumper arches his back": a "his" after a verb whose subject is a person's common noun ("the athlete", "a
 * 21-year-old engineering student") is that subject's own; "the idea came from a journalist on his staff" names a thing.
 */
export function ownedBySubjectNoun(before: Token[]): boolean {
	const verb = before.filter(isFinite).pop();
	const subject = verb ? before.filter((t) => t.end <= verb.start) : [];
	const personNoun = (t: Token, i: number) =>
		t.tags.has('Noun') &&
		!t.tags.has('Pronoun') &&
		(t.tags.has('Actor') || /\p{Ll}{3}(?:er|or|ist|ian)$/u.test(t.text) || PERSON_NOUN.test(t.text)) &&
		subject.slice(Math.max(0, i - 3), i).some((d) => /^(?:the|a|an)$/i.test(d.text));
	return subject.some(personNoun) && !subject.some((t) => t.tags.has('Person') || t.tags.has('Pronoun'));
}

/** "Davy took him on": the key of the one person named right before the verb whose object the pronoun is; it means someone else. */
function subjectOfItsVerb(a: Analysis, s: Sentence, named: Mention[], pronoun: Token): string | undefined {
	if (named.length !== 1) return undefined;
	const verb = s.tokens.find((t) => t.start >= named[0].end);
	return verb && isFinite(verb) && /^\s*\S+\s*$/.test(a.text.slice(named[0].end, pronoun.start)) ? named[0].key : undefined;
}

/** Replaces the pronoun a clause leans on: he/she/his/her/him with the person, it/its/they/their as its subject with the thing before. */
function pronounEdit(a: Analysis, s: Sentence, from: number): Edit | undefined {
	const firstName =
		lookup(a)
			.mentionsIn(s.index)
			.find((m) => m.kind === 'person' && m.start >= from)?.start ?? s.end;
	const token = s.tokens.find((t) => t.start >= from && (PERSONAL.test(t.text) || IMPERSONAL.test(t.text)) && !withinAny(a.quoted, t.start, t.end));
	if (!token) return undefined;
	const before = s.tokens.filter((t) => t.start >= from && t.start < token.start);
	const word = token.text.toLowerCase();
	const next = s.tokens.find((t) => t.start > token.start);
	if (IMPERSONAL.test(word)) {
		// Only a subject that opens the clause, or follows a fronted date, place or purpose ("By 2014 it had grown", "To recover, they
		// withdrew …"), is replaced.
		const opener = before[0]?.tags.has('Preposition') || /,\s*$/.test(a.text.slice(s.start, token.start));
		const verb = before.some((t, i) => isFinite(t) && !/^to$/i.test(before[i - 1]?.text ?? ''));
		const fronted = before.length === 0 || (opener && before.length <= 4 && !verb);
		if (!fronted) return undefined;
		// "With little sunlight reaching its solar panels, Philae ran …": inside an opening phrase, "its" looks ahead to the name after the comma.
		const comma = s.text.indexOf(',', token.end - s.start);
		const after = comma < 0 ? undefined : s.tokens.find((t) => t.start > s.start + comma);
		const ahead = s.tokens.some((t) => t.start > token.end && t.start < s.start + comma && isFinite(t));
		// "In December 1929, at its session in Lahore, the Indian National Congress adopted …": "the" and a name look ahead too.
		const afterThe = after && /^the$/i.test(after.text) ? s.tokens.find((t) => t.start > after.start) : undefined;
		const named = (after && /^\p{Lu}/u.test(after.text) && !/^(?:The|A|An)$/.test(after.text)) || (!!afterThe && /^\p{Lu}/u.test(afterThe.text));
		if (before.length > 0 && after && !ahead && named) return undefined;
		const plural = word === 'they' || word === 'their';
		// With nothing before it to stand for, a lone "it" is what the article is about ("By its thirtieth anniversary").
		const phrase = thingBefore(a, s, plural) ?? (plural || otherNameBefore(a, s) ? undefined : topicName(a));
		if (!phrase) return undefined;
		// "the operators’ estimate", "the Lovings’ marriage", but "the Supreme Court’s ruling".
		const text = word === 'its' || word === 'their' ? `${phrase}’${/s$/.test(phrase) && plural ? '' : 's'}` : phrase;
		const lower = before.length > 0 ? text.replace(/^(The|A|An)\b/, (w) => w.toLowerCase()) : text;
		return { start: token.start, end: token.end, text: lower };
	}
	const named = lookup(a)
		.mentionsIn(s.index)
		.filter((m) => m.kind === 'person' && m.start >= from && m.end <= token.start);
	const possessive = word === 'his' || (word === 'her' && owning(next));
	if (possessive && !named.length && ownedBySubjectNoun(before)) return undefined;
	// "Queen Victoria granted him …": a "him" cannot mean the only people before it when they are all women.
	const sex = /^(?:she|her)$/.test(word) ? 'f' : 'm';
	const otherSex = named.length > 0 && named.every((m) => (genderOf(a, m.key) ?? sex) !== sex);
	const subject = word === 'him' || (word === 'her' && !possessive) ? subjectOfItsVerb(a, s, named, token) : undefined;
	if (token.start >= firstName && !otherSex && !subject) return undefined;
	// A pronoun after a name of the same sentence ("Scott sent him home") most likely means that name: left as written.
	// A place, a body or a month before it ("In five years at Birkbeck her group …") is no one the pronoun could mean.
	const things = lookup(a)
		.mentionsIn(s.index)
		.filter((m) => m.kind !== 'person' && m.start >= from && m.end <= token.start);
	const notPerson = (t: Token) => t.tags.has('Date') || things.some((m) => t.start >= m.start && t.end <= m.end);
	if (!otherSex && !subject && before.some((t) => t.tags.has('Person') || (t.tags.has('ProperNoun') && !notPerson(t)))) return undefined;
	// "Bahramov became a hero in his native Azerbaijan": a name that opens the clause as its subject owns the pronoun, whatever its kind.
	const opening = lookup(a)
		.mentionsAt(from)
		.find((m) => m.kind === 'name');
	const verb = opening && s.tokens.find((t) => t.start >= opening.end);
	if (verb && isFinite(verb) && verb.start < token.start) return undefined;
	const key = pronounPerson(a, s, token.start === from, token.text);
	const person = key && key !== subject ? a.people.get(key) : undefined;
	if (!person) return undefined;
	// "In his 1922 memoir, …, Henry Ford wrote": the name the sentence gives later is the one the pronoun looks ahead to.
	const later = lookup(a)
		.mentionsIn(s.index)
		.filter((m) => m.kind === 'person' && m.start > token.end);
	if (
		later.some((m) =>
			lookup(a)
				.peopleNamed(m.text)
				.some((p) => p.key === person.key)
		)
	)
		return undefined;
	// "He was Isambard Kingdom Brunel" introduces the name: written in, it would say the man was himself.
	if (new RegExp(`^\\s+(?:was|is)\\s+${literal(person.name)}\\b`).test(a.text.slice(token.end, token.end + 120))) return undefined;
	const name = nameForPronoun(a, person);
	return { start: token.start, end: token.end, text: possessive || token.text === 'Her' ? `${name}’s` : name };
}

/** Does the sentence before, in the same paragraph, name something other than the article's topic ("Philae ran …" before "It made contact")? Then "it" may be that. */
function otherNameBefore(a: Analysis, s: Sentence): boolean {
	const prev = a.sentences[s.index - 1];
	if (!prev || prev.paragraph !== s.paragraph) return false;
	const topic = topicName(a)?.replace(/^the /, '') ?? '';
	const names = lookup(a)
		.mentionsIn(prev.index)
		.filter((m) => !['date', 'number', 'ordinal'].includes(m.kind));
	return names.length > 0 && !names.some((m) => topic.includes(m.text) || m.text.includes(topic));
}

/**
 * "Judge Bazile sentenced each of them": "them" counted out of a group, where the sentence names no group of its own, is the plural
 * subject of the sentence before ("the Lovings"); "injuring 1,500 people, most of them cut" is not.
 */
function countedThem(a: Analysis, s: Sentence, from: number): Edit | undefined {
	const i = s.tokens.findIndex(
		(t, k) => t.start >= from && /^them$/i.test(t.text) && s.tokens[k - 1]?.text === 'of' && COUNTING.test(s.tokens[k - 2]?.text ?? '')
	);
	if (i < 0 || s.tokens.slice(0, i).some((t) => t.tags.has('Plural') || t.tags.has('Pronoun')) || withinAny(a.quoted, s.tokens[i].start, s.tokens[i].end))
		return undefined;
	const group = thingBefore(a, s, true);
	return group ? { start: s.tokens[i].start, end: s.tokens[i].end, text: group.replace(/^The\b/, 'the') } : undefined;
}
const COUNTING = /^(?:each|both|all|most|many|some|none|one|two|three|four|five|several|either|neither)$/i;

/** "Because his aircraft had to be replaced, Latham lost several days": a pronoun in an opening clause looks ahead to the person the main clause opens on. */
function cataphoric(a: Analysis, s: Sentence, clauses: Span[], from: number, pronoun: Edit | undefined): boolean {
	const lead = clauses.find((c) => c.start === from);
	if (!pronoun || !lead || pronoun.start > lead.end) return false;
	const subject = lead.end + (/^,\s*/.exec(a.text.slice(lead.end, s.end))?.[0].length ?? 0);
	return lookup(a)
		.mentionsAt(subject)
		.some((m) => m.kind === 'person');
}

/**
 * "… became the first title in Heinemann's African Writers Series when the list was launched in 1962": a clause after its main
 * clause whose subject is "the" and common nouns alone names its thing with a word that stands for a name the main clause gave.
 */
function unnamedSubject(s: Sentence, from: number): boolean {
	const tokens = s.tokens.filter((t) => t.start >= from);
	const verb = tokens.findIndex(isFinite);
	if (verb < 2 || verb > 4 || !/^the$/i.test(tokens[0].text)) return false;
	return tokens.slice(1, verb).every((t) => /^\p{Ll}/u.test(t.text) && !t.tags.has('Value'));
}

/** The propositions of a sentence: its main clause, then its factual subordinate clauses. */
export function propositions(a: Analysis, s: Sentence): Proposition[] {
	const clauses = subordinateClauses(s.text, s.tokens, s.start);
	const connective = connectiveEdit(s);
	const from = connective ? connective.end : s.start;
	// "Before it sailed, Zheng He …": an opening clause about an unnamed "it" is dropped, the main clause stands.
	const opening = clauses.find((c) => c.start === from && /^(it|they|he|she)\b/i.test(a.text.slice(c.content, c.end)));
	const comma = opening ? (/^,\s*/.exec(a.text.slice(opening.end))?.[0].length ?? 0) : 0;
	const dropOpening: Edit | undefined = opening && comma ? { start: opening.start, end: opening.end + comma, text: '' } : undefined;
	// "Because she was so often alone …, she began to paint herself": with the opening gone, the pronoun to resolve is the main clause's.
	const pronoun = pronounEdit(a, s, dropOpening ? dropOpening.end : from);
	const fixed = [
		connective,
		cataphoric(a, s, clauses, from, pronoun) ? undefined : pronoun,
		countedThem(a, s, from),
		emphaticEdit(s, from),
		dropOpening,
		...asideEdits(s)
	].filter((e): e is Edit => !!e);
	const edits = [...fixed, ...contextEdits(a, s, from, s.end, fixed)];
	const out: Proposition[] = [{ start: s.start, end: s.end, sentence: s, kind: 'main', edits, blocked: clauses }];
	for (const c of clauses) {
		if (!FACTUAL.has(c.word) || /^(it|they|he|she|this|that|these|those|its|their|his|her)\b/i.test(a.text.slice(c.content, c.end))) continue;
		let end = c.end;
		const tail = a.text.slice(c.end, s.end);
		// "…, forcing the company to retreat" goes with the clause; "…, fixing your own gadget was a niche hobby" is the main clause.
		if (/^,\s+\p{Ll}+ing\b/u.test(tail) && !/^,\s+\p{Ll}+ing\b[^,;]*?\s(?:was|were|is|are|has|had|became|remains|remained)\b/u.test(tail)) end = s.end;
		// "when Italian forces under General Oreste Baratieri, the governor of Eritrea, pushed …": a clause cut at an aside before its verb
		// (the tagger read "forces" as one) is a fragment, not a statement.
		const aside = /^,\s+(?:the|a|an)\s[^,]+,\s+\p{Ll}+ed\b/u.exec(a.text.slice(end, s.end));
		const asideEnd = aside ? end + aside[0].lastIndexOf(',') : end;
		if (aside && !s.tokens.some((t) => t.start > end && t.end <= asideEnd && isFinite(t))) continue;
		const inner = clauses.filter((x) => x !== c && x.start >= c.content && x.end <= end);
		const asides = asideEdits(s).filter((e) => e.start >= c.content && e.end <= end);
		const context = contextEdits(a, s, c.content, end, asides);
		if (c.start > from && unnamedSubject(s, c.content) && !context.some((e) => e.start === c.content)) continue;
		out.push({ start: c.content, end, sentence: s, kind: 'sub', edits: [...asides, ...context], blocked: inner });
	}
	return out;
}

/** The article's text of `[from, to)` with the edits inside it applied (those clashing with `skip` left out). */
export function textWith(a: Analysis, edits: Edit[], from: number, to: number, skip?: Span): string {
	const clash = (e: Edit) => !!skip && e.start < skip.end && skip.start < e.end;
	let out = '';
	let at = from;
	for (const e of [...edits].sort((x, y) => x.start - y.start)) {
		if (e.start < at || e.end > to || clash(e)) continue;
		out += a.text.slice(at, e.start) + e.text;
		at = e.end;
	}
	return out + a.text.slice(at, to);
}

/** The text of a proposition with its edits and `extra` (a blank, a "Who") applied, tidied into a sentence. */
export function render(a: Analysis, p: Proposition, extra: Edit[] = [], ending = '.'): string {
	const clash = (e: Edit) => extra.some((x) => x.start < e.end && e.start < x.end);
	const edits = [...p.edits.filter((e) => !(e.optional && clash(e))), ...extra]
		.filter((e) => e.start >= p.start && e.end <= p.end)
		.sort((x, y) => x.start - y.start);
	let out = '';
	let at = p.start;
	for (const e of edits) {
		if (e.start < at) continue;
		out += a.text.slice(at, e.start) + e.text;
		at = e.end;
	}
	out += a.text.slice(at, p.end);
	out = out
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:?!])/g, '$1')
		.replace(/,\s*,/g, ',')
		.trim();
	out = out.replace(/[\s,;:–—]+$/, '');
	// A question drops the full stop, but not the one that ends an abbreviation ("the U.S.").
	if (ending === '?' && !/(?:\b\p{L}\.){2,}$/u.test(out)) out = out.replace(/[.!]+(["”’]?)$/, '$1');
	if (!/[.!?]["”’)]?$/.test(out) || ending === '?') out += ending;
	return out.charAt(0).toUpperCase() + out.slice(1);
}
