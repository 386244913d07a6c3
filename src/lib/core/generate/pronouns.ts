/**
 * The pronouns a clause leans on, and what they stand for: "she" as the person
 * (with her title, or the relative named before her), "it" and "they" as the
 * subject of the sentence before, "each of them" as its group. A pronoun
 * nothing resolves is left, and the gates keep it out of the bank.
 */
import type { Analysis, Edit, Mention, Sentence, Token } from './types';
import { nameForPronoun } from './context';
import { topicName } from './descriptions';
import { thingBefore } from './things-before';
import { genderOf, pronounPerson } from './extract/index';
import { orphanObjects } from './object-pronouns';
import { literal } from './pattern';
import { isFinite } from './tokens';
import { lookup } from './lookup';
import { withinAny } from './spans';

/** "It was not until September 1968 that …", "It was in 1905 that …": an "it" that opens a cleft stands for nothing. */
export const CLEFT_IT = /^It\s+(?:was|is)\s+(?:not\s+until|only\s+(?:in|on|at|after|when|with|by)|in|on|at|during|after)\b[^]*?\bthat\b/;

/**
 * "It was the first time a spacecraft had …", "It happened that …", "It emerged that …": an "it" that stands for the event just
 * told, or for the clause after it, which no name says; "It was minutes before the end of the working day", "It was late": an
 * "it" that tells the time.
 */
const DUMMY_IT =
	/^It\s+(?:(?:was|is)\s+the\s+(?:first|second|third|last|only)\s+time\b|(?:was|is)\s+(?:(?:only|just|a\s+few|\w+)\s+)?(?:seconds|minutes|hours|days|weeks|months|years)\s+(?:before|after|later|since)\b|(?:was|is)\s+(?:early|late|midnight|noon|dawn|dusk|dark|night|morning|evening)\b|(?:so\s+)?(?:happened|happens|seems|seemed|appears|appeared|emerged|transpired|turned\s+out|follows|followed)\s+that\b)/i;

const PERSONAL = /^(?:he|she|his|her|him)$/i;
/** Nouns that label what a sentence says rather than name a thing: "the culprit", "the move", "the problem". */
const LABEL_HEAD = /\b(?:culprit|problem|answer|reason|result|point|idea|trouble|question|issue|cause|solution|move|decision|plan|proposal|step|deal|change)$/i;
const IMPERSONAL = /^(?:it|its|they|their)$/i;
/** An opening phrase naming someone beside the subject: "Together with Georges Bidault, his French counterpart, ", "Working with his cousin, ", "Seven years younger than Ali, ". */
const COMPANY =
	/^(?:(?:Together\s+with|Along\s+with|Alongside|With|\p{Lu}\p{Ll}+ing\s+(?:together\s+)?with|Like|Unlike|Joined\s+by)\s[^;:]*|[^,;:]*\bthan\s[^,;:]*),\s*$/u;

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
	if (!verb || !isFinite(verb)) return undefined;
	const between = a.text.slice(named[0].end, pronoun.start);
	if (/^\s*\S+\s*$/.test(between)) return named[0].key;
	// "Abebe crossed the line about 25 seconds ahead of him": after a preposition of the same clause, "him" is someone else too,
	// who would otherwise be "himself"; not after a clause of its own ("told reporters that the crowd cheered him").
	const sameClause =
		!/[,;:()“”"]|\b(?:that|who|whom|which|when|while|because|after|before|until|and|but|or|as|if|so)\b/i.test(between) &&
		between.trim().split(/\s+/).length <= 10;
	const preposition = s.tokens.filter((t) => t.end <= pronoun.start).pop();
	// "Norman Yardley gathered the England players around him": where the subject keeps something, "him" is the subject himself.
	if (/^(?:around|round|about|with|beside|near|towards?|alongside|upon)$/i.test(preposition?.text ?? '')) return undefined;
	return sameClause && preposition?.tags.has('Preposition') ? named[0].key : undefined;
}

/** The first words of a phrase before a sentence's subject: "At 32, and past his best, ", "According to his diary, ", "Working with his cousin, ". */
export const FRONTED_PHRASE = String.raw`(?:With|Together\s+with|Along\s+with|Alongside|Joined\s+by|\p{Lu}\p{Ll}+ing\s+with|At|After|Before|According\s+to|In|On|During|Despite|Throughout|For|From|By|Under)\s`;
/** A whole phrase before the subject, ended by a comma. */
const OPENING_PHRASE = new RegExp(`^${FRONTED_PHRASE}[^;:]*,\\s*$`, 'u');

/**
 * "Together with Georges Bidault, his French counterpart, he invited …", "At 32, and past his best, he knocked out …": a "his" or
 * "her" in a phrase before the subject is the subject's own, so the subject pronoun after it is the one to name; the possessive
 * looks ahead to it.
 */
function subjectAfterOwner(a: Analysis, s: Sentence, from: number, owner: Token): Token | undefined {
	const sex = /^(?:his)$/i.test(owner.text) ? 'he' : /^(?:her)$/i.test(owner.text) ? 'she' : undefined;
	if (!sex) return undefined;
	for (const t of s.tokens.filter((x) => x.start > owner.end)) {
		const opening = a.text.slice(from, t.start);
		if (t.text.toLowerCase() === sex) return COMPANY.test(opening) || OPENING_PHRASE.test(opening) ? t : undefined;
		// "widely thought to be past his best": a participle before "to" is no verb of the clause.
		if (isFinite(t) && !t.tags.has('Pronoun') && !/^\s+to\s/.test(a.text.slice(t.end, t.end + 4))) return undefined;
	}
	return undefined;
}

/**
 * "At its peak in 1934 the project employed …": in an opening phrase that no comma closes, "its" looks ahead to the subject
 * after it, a "the" and its noun right before their verb, with no verb between.
 */
function definiteSubjectAhead(s: Sentence, owner: Token): boolean {
	const rest = s.tokens.filter((t) => t.start > owner.end);
	const verb = rest.findIndex(isFinite);
	const the = rest.findLastIndex((t, k) => k < verb && /^the$/i.test(t.text));
	return the > 0 && verb - the >= 2 && verb - the <= 3 && rest.slice(the + 1, verb).every((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'));
}

/** Replaces the pronoun a clause leans on: he/she/his/her/him with the person, it/its/they/their as its subject with the thing before. */
export function pronounEdit(a: Analysis, s: Sentence, from: number): Edit | undefined {
	const first = s.tokens.find((t) => t.start >= from && (PERSONAL.test(t.text) || IMPERSONAL.test(t.text)) && !withinAny(a.quoted, t.start, t.end));
	if (!first) return undefined;
	const token = subjectAfterOwner(a, s, from, first) ?? first;
	const before = s.tokens.filter((t) => t.start >= from && t.start < token.start);
	const word = token.text.toLowerCase();
	const next = s.tokens.find((t) => t.start > token.start);
	if (IMPERSONAL.test(word)) {
		if (CLEFT_IT.test(a.text.slice(token.start, s.end)) || DUMMY_IT.test(a.text.slice(token.start, s.end))) return undefined;
		// Only a subject that opens the clause, or follows a fronted date, place or purpose ("By 2014 it had grown", "To recover, they
		// withdrew …"), is replaced.
		const closed = /,\s*$/.test(a.text.slice(s.start, token.start));
		const opener = before[0]?.tags.has('Preposition') || closed;
		const verb = before.some((t, i) => isFinite(t) && !/^to$/i.test(before[i - 1]?.text ?? ''));
		// "With about $63.4 billion in assets, it was …": a phrase closed by its comma may run longer.
		const fronted = before.length === 0 || (opener && before.length <= (closed ? 8 : 4) && !verb);
		if (!fronted) return word === 'it' ? orphanObjectEdit(a, s, from, token) : undefined;
		// "With little sunlight reaching its solar panels, Philae ran …": inside an opening phrase, "its" looks ahead to the name after the comma.
		const comma = s.text.indexOf(',', token.end - s.start);
		const after = comma < 0 ? undefined : s.tokens.find((t) => t.start > s.start + comma);
		const ahead = s.tokens.some((t) => t.start > token.end && t.start < s.start + comma && isFinite(t));
		// "In December 1929, at its session in Lahore, the Indian National Congress adopted …": "the" and a name look ahead too.
		const afterThe = after && /^the$/i.test(after.text) ? s.tokens.find((t) => t.start > after.start) : undefined;
		const named = (after && /^\p{Lu}/u.test(after.text) && !/^(?:The|A|An)$/.test(after.text)) || (!!afterThe && /^\p{Lu}/u.test(afterThe.text));
		if (before.length > 0 && after && !ahead && named) return undefined;
		if (before.length > 0 && (word === 'its' || word === 'their') && definiteSubjectAhead(s, token)) return undefined;
		const plural = word === 'they' || word === 'their';
		// With nothing before it to stand for, a lone "it" is what the article is about ("By its thirtieth anniversary").
		const phrase = thingBefore(a, s, plural) ?? (plural || otherNameBefore(a, s) ? undefined : topicName(a));
		// "The writer Brian Aldiss argued …. Its questions …": "it" and "its" are never a person the sentence before opened on.
		if (
			!phrase ||
			(!plural &&
				lookup(a)
					.mentionsIn(s.index - 1)
					.some((m) => m.kind === 'person' && phrase.includes(m.text)))
		)
			return undefined;
		// "the operators’ estimate", "the Lovings’ marriage", but "the Supreme Court’s ruling".
		const text = word === 'its' || word === 'their' ? `${phrase}’${/s$/.test(phrase) && plural ? '' : 's'}` : phrase;
		const lower = before.length > 0 ? text.replace(/^(The|A|An)\b/, (w) => w.toLowerCase()) : text;
		return { start: token.start, end: token.end, text: lower };
	}
	// "Together with Georges Bidault, his French counterpart, he invited …": the one he is with is not him.
	const company = COMPANY.exec(a.text.slice(from, token.start));
	const after = company ? from + company[0].length : from;
	const firstName =
		lookup(a)
			.mentionsIn(s.index)
			.find((m) => m.kind === 'person' && m.start >= after)?.start ?? s.end;
	const named = lookup(a)
		.mentionsIn(s.index)
		.filter((m) => m.kind === 'person' && m.start >= after && m.end <= token.start);
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
	if (!otherSex && !subject && before.some((t) => t.start >= after && (t.tags.has('Person') || (t.tags.has('ProperNoun') && !notPerson(t))))) return undefined;
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

/**
 * "The British builder William Willett campaigned for it": an object "it" that nothing before it in its sentence can stand for is
 * what the sentence before is about; "The culprit was a worn charging port. A shop fixed it": a noun that only labels what that
 * sentence says is no thing to fix.
 */
function orphanObjectEdit(a: Analysis, s: Sentence, from: number, token: Token): Edit | undefined {
	if (
		!orphanObjects(
			a.text,
			s.tokens.filter((t) => t.start >= from),
			from
		).includes(token)
	)
		return undefined;
	const phrase = thingBefore(a, s, false);
	return phrase && !LABEL_HEAD.test(phrase) ? { start: token.start, end: token.end, text: phrase.replace(/^(The|A|An)\b/, (w) => w.toLowerCase()) } : undefined;
}

/** Does the sentence before, in the same paragraph, name something other than the article's topic ("Philae ran …" before "It made contact")? Then "it" may be that. */
function otherNameBefore(a: Analysis, s: Sentence): boolean {
	const prev = a.sentences[s.index - 1];
	if (!prev || prev.paragraph !== s.paragraph) return false;
	const topic = topicName(a)?.replace(/^the /, '') ?? '';
	const names = lookup(a)
		.mentionsIn(prev.index)
		.filter((m) => !['date', 'number', 'ordinal'].includes(m.kind));
	return names.length > 0 && !names.some((m) => topic.includes(m.text) || sameAsTopic(m.text, topic));
}

/** "Enron Corp." is Enron, but "the Minamata Convention on Mercury" and "the Sydney Opera House Trust" are other things than the topic. */
function sameAsTopic(name: string, topic: string): boolean {
	const at = name.indexOf(topic);
	if (at < 0) return false;
	const rest = `${name.slice(0, at)} ${name.slice(at + topic.length)}`.trim();
	return rest === '' || /^(?:Corporation|Corp\.?|Inc\.?|Company|Co\.?|Ltd\.?|Group|plc)$/.test(rest);
}

/**
 * "Judge Bazile sentenced each of them": "them" counted out of a group, where the sentence names no group of its own, is the plural
 * subject of the sentence before ("the Lovings"); "injuring 1,500 people, most of them cut" is not.
 */
export function countedThem(a: Analysis, s: Sentence, from: number): Edit | undefined {
	const i = s.tokens.findIndex(
		(t, k) => t.start >= from && /^them$/i.test(t.text) && s.tokens[k - 1]?.text === 'of' && COUNTING.test(s.tokens[k - 2]?.text ?? '')
	);
	if (i < 0 || s.tokens.slice(0, i).some((t) => t.tags.has('Plural') || t.tags.has('Pronoun')) || withinAny(a.quoted, s.tokens[i].start, s.tokens[i].end))
		return undefined;
	const group = thingBefore(a, s, true);
	return group ? { start: s.tokens[i].start, end: s.tokens[i].end, text: group.replace(/^The\b/, 'the') } : undefined;
}
const COUNTING = /^(?:each|both|all|most|many|some|none|one|two|three|four|five|several|either|neither)$/i;
