/**
 * People: which chunks name a person, and the short forms the article uses
 * for each (the family name, which comes first in Chinese and Korean names:
 * "Moon" for Moon Jae-in, "Xi" for Xi Jinping, but "Wit" for Joel Wit).
 */
import { slugify } from '../../bank/ids';
import type { Person, Sentence, Token } from '../types';
import type { Chunk } from './chunks';
import { isInitial } from './chunks';
import { FAMILY_FIRST, NAME_PARTICLE, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS, SPEECH_VERBS, TRADE_NOUNS } from './lexicon';
import { literal } from '../pattern';

/** Role nouns that are also adjectives ("the official Ming History"), so they say nothing about the next name. */
const AMBIGUOUS_BEFORE = new Set(['official', 'general', 'head', 'executive', 'chief', 'deputy', 'secretary', 'head']);

const bare = (text: string) => text.replace(/['’]s$/, '');
const lower = (text: string) => bare(text).toLowerCase();

/** Two or three words, the first a Chinese, Korean or Vietnamese family name: "Kim Jong Un", "Chung Sye-kyun". */
export function looksFamilyFirst(words: string[]): boolean {
	if (words.length < 2 || words.length > 3 || !FAMILY_FIRST.has(lower(words[0]))) return false;
	return words.slice(1).every((w) => /^\p{Lu}[\p{Ll}]*(?:-\p{Ll}+)?$/u.test(bare(w)));
}

/** "He was Isambard Kingdom Brunel": only a person is who "he" or "she" was, whatever compromise makes of the words (a place, here). */
function whoHeWas(s: Sentence, chunk: Chunk): boolean {
	return s.tokens[chunk.first - 1]?.text === 'was' && /^(?:he|she)$/i.test(s.tokens[chunk.first - 2]?.text ?? '');
}

/** Does the sentence around a chunk say it is a person: a role noun before it, an appositive role or a speech verb after it? */
function contextSaysPerson(s: Sentence, chunk: Chunk): boolean {
	const before = s.tokens[chunk.first - 1];
	if (before && !chunk.title.length && ROLE_NOUNS.has(before.text.toLowerCase()) && !AMBIGUOUS_BEFORE.has(before.text.toLowerCase())) return true;
	// "a young draughtsman named Gillis Lundgren", "a woman called …": a role or a person, then the name.
	const role = s.tokens[chunk.first - 2]?.text.toLowerCase() ?? '';
	if (before && /^(?:named|called)$/.test(before.text) && (ROLE_NOUNS.has(role) || PERSON_NOUNS.has(role))) return true;
	const lastIndex = s.tokens.findIndex((t) => t.end >= chunk.end);
	const next = s.tokens[lastIndex + 1];
	if (!next) return false;
	const gap = s.text.slice(chunk.end - s.start, next.start - s.start);
	// "Robert White-Stevens of American Cyanamid declared": the body after "of" is where the speaker works, not who speaks.
	const affiliation = /\b(?:of|at|from)\s+$/.test(s.text.slice(0, (chunk.title[0]?.start ?? chunk.start) - s.start));
	if (gap.trim() === '' && SPEECH_VERBS.has(next.text.toLowerCase()) && !affiliation) return true;
	if (gap.trim() === '' && next.text === 'served' && /^\s+as\b/.test(s.text.slice(next.end - s.start))) return true;
	// "Wangari Maathai was born …", "… died", "… grew up": only people are born, die and grow up.
	if (gap.trim() === '' && /^(?:was\s+born|died|grew\s+up|married)\b/.test(s.text.slice(next.start - s.start))) return true;
	if (gap.trim() !== ',') return false;
	// An appositive: "Joel Wit, a senior fellow …", "Alakeshvara, a ruler in Ceylon".
	const words = s.tokens.slice(lastIndex + 1, lastIndex + 7);
	if (!/^(a|an|the|then|once|now|formerly)$/i.test(words[0]?.text ?? '')) return false;
	for (const w of words.slice(1)) {
		// "Arnie Briggs, a veteran marathoner who worked as a mail carrier": what the aside calls them is someone "who" did something
		// ("the fifth Earl of Carnarvon, who …" is a title, written with its "the").
		if (ROLE_NOUNS.has(w.text.toLowerCase()) || TRADE_NOUNS.has(w.text.toLowerCase()) || (w.text === 'who' && !/\sof\s/.test(chunk.text))) return true;
		if (s.text.slice(w.start - s.start - 1, w.start - s.start) === ',') return false;
	}
	return false;
}

/** Parts sentences in the joined text searched for a phrase. */
const SEPARATOR = '\u0000';

/** Tells whether any sentence holds a phrase, with one search of all sentences joined, remembering each answer. */
function phraseFinder(sentences: Sentence[]): (phrase: string) => boolean {
	const joined = sentences.map((s) => s.text).join(SEPARATOR);
	const found = new Map<string, boolean>();
	return (phrase) => {
		let hit = found.get(phrase);
		if (hit === undefined) {
			// A phrase holding the separator could span two sentences: search those one by one.
			hit = phrase.includes(SEPARATOR) ? sentences.some((s) => s.text.includes(phrase)) : joined.includes(phrase);
			found.set(phrase, hit);
		}
		return hit;
	};
}

/** Nouns for a person that are not roles ("a man named …"). */
const PERSON_NOUNS = new Set(
	'man woman boy girl child person draughtsman draftsman worker farmer sailor soldier student doctor nurse priest monk pilot'.split(' ')
);

/** Last words of names of laws, schemes, documents and books ("the King James Bible"), which a title word before them does not make people. */
const NOT_A_PERSON = new Set(
	'regulation act directive law protection convention treaty agreement initiative programme program policy plan charter code accord declaration report review fund pact telescope observatory satellite spacecraft rocket prize award medal trophy cup bible version gospel psalms testament'.split(
		' '
	)
);

const MALE_HONORIFICS = new Set(['lord', 'sir', 'mr', 'king', 'prince', 'duke', 'baron', 'count', 'earl']);
const FEMALE_HONORIFICS = new Set(['lady', 'dame', 'mrs', 'miss', 'ms', 'queen', 'princess', 'duchess', 'baroness', 'countess']);

/** The sex an honorific tells ("Lord", "Queen"), if the word is one. */
export function sexOfHonorific(word: string | undefined): 'f' | 'm' | undefined {
	const w = word?.toLowerCase().replace(/\.$/, '');
	return w && MALE_HONORIFICS.has(w) ? 'm' : w && FEMALE_HONORIFICS.has(w) ? 'f' : undefined;
}

/** The sex an honorific just before a name tells ("Lord Byron", "Lady Lovelace"). */
const honorificSex = (title: Token[]) => sexOfHonorific(title[title.length - 1]?.text);

/** "Katalin Karikó and Drew Weissman": a full name joined by "and" to a person's is a person's too. */
function pairedWithPerson(s: Sentence, chunk: Chunk, chunks: Chunk[]): boolean {
	if (chunk.name.length < 2) return false;
	const joined = (first: Chunk, second: Chunk) => /^\s+and\s+$/.test(s.text.slice(first.end - s.start, second.start - s.start));
	const person = (c: Chunk) => c.sentence === chunk.sentence && c.kind === 'person' && c.name.length >= 2;
	const after = chunks.find((c) => c.sentence === chunk.sentence && c.start > chunk.end);
	const before = chunks.filter((c) => c.sentence === chunk.sentence && c.end < chunk.start).pop();
	return (!!after && person(after) && joined(chunk, after)) || (!!before && person(before) && joined(before, chunk));
}

/** Decides which chunks are people and fills the register of people with their aliases. */
export function findPeople(sentences: Sentence[], chunks: Chunk[], headline = ''): Map<string, Person> {
	const people = new Map<string, Person>();
	const wordBefore = (c: Chunk) => sentences[c.sentence].tokens[c.first - c.title.length - 1]?.text.toLowerCase() ?? '';
	// "the Thai duty-free group King Power": a name a body's noun introduces is that body's, whatever title it opens with; and
	// once "the Houston energy company Enron" says so, "Enron" is that company wherever else the tagger reads it as a surname.
	const bodies = new Set(chunks.filter((c) => ORG_HEADS.has(wordBefore(c))).map((c) => c.text));
	const personChunks = chunks.filter((c) => {
		const words = c.name.map((t) => t.text);
		// "General Data Protection Regulation" reads as a title and a name, but a law, a body or a place is no one.
		const last = words[words.length - 1]?.toLowerCase() ?? '';
		if (NOT_A_PERSON.has(last) || ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return false;
		const before = wordBefore(c);
		if (bodies.has(c.text)) return false;
		// "The Sultan of Delhi": a title before "of" and a place names a post, not a person called "of Delhi".
		if (/^\p{Ll}/u.test(words[0] ?? '')) return false;
		// "Saint John, New Brunswick", "San Francisco": a saint's name is most often a place's.
		if (/^(?:Saint|St\.?|San|Santa|São|Sainte)$/.test(words[0] ?? '')) return false;
		// "Hurricane Katrina", "Typhoon Haiyan": a storm is given a person's name, not a life.
		if (/^(?:Hurricane|Typhoon|Cyclone|Storm)$/.test(words[0] ?? '')) return false;
		// "John Marshall, a Virginia Federalist": a name after "a" is a kind of person, not someone.
		if (before === 'a' || before === 'an') return false;
		// "Ibn Battuta", "Abu Inan Faris": "son of", "father of" open a person's name; "Max von Laue" holds a family's particle.
		if (c.kind !== 'org' && /^(?:Ibn|Abu|Bin|Ben)$/.test(words[0] ?? '') && words.length >= 2) return true;
		if (c.kind !== 'org' && words.length === 3 && NAME_PARTICLE.test(words[1]) && /^\p{Lu}\p{Ll}/u.test(words[0])) return true;
		if (c.kind === 'person' || (c.kind !== 'org' && whoHeWas(sentences[c.sentence], c))) return true;
		// "Victoria Goodyear, who led the study, found …": a name of two or three words that "who" takes up is someone, even one
		// the tagger reads as a firm's.
		if (words.length >= 2 && words.length <= 3 && !c.title.length && /^,\s+who\s/.test(sentences[c.sentence].text.slice(c.end - sentences[c.sentence].start)))
			return true;
		// "Andy Grove, the president of Intel,": a name the tagger reads as a place ("Grove") is someone where an aside gives a role;
		// not "the United States Treasury", which announces.
		const aside = /^,\s+(?:a|an|the)\s/.test(sentences[c.sentence].text.slice(c.end - sentences[c.sentence].start));
		if (c.kind === 'place' && words.length >= 2 && words.length <= 3 && before !== 'the' && aside && contextSaysPerson(sentences[c.sentence], c)) return true;
		if (c.kind !== 'name') return false;
		return looksFamilyFirst(words) || contextSaysPerson(sentences[c.sentence], c) || pairedWithPerson(sentences[c.sentence], c, chunks);
	});
	// Full names first, so a lone "Wit" or "Kim" can be matched to them.
	const full = personChunks.filter((c) => c.name.filter((t) => !isInitial(t)).length >= 2 || isInitial(c.name[0]));
	// A word the article also writes after "the" ("the Vikram lander") names a thing, not a person.
	const phrase = phraseFinder(sentences);
	const fullNames = full.map((c) => bare(c.text));
	for (const c of full) {
		const name = bare(c.text);
		const key = slugify(name, 'person');
		if (people.has(key)) continue;
		// "Le Verrier" is the short form of "Urbain Le Verrier", not a second person.
		if (NAME_PARTICLE.test(name.split(/\s+/)[0]) && fullNames.some((n) => n !== name && n.endsWith(` ${name}`))) continue;
		const words = name.split(/\s+/);
		const familyFirst = looksFamilyFirst(words);
		const emperor = /^(emperor|empress)$/i.test(words[words.length - 1]);
		// "The Story of the Hubble Space Telescope": the headline's thing named after Edwin Hubble, which the text calls
		// "the Hubble Space Telescope", takes "Hubble" from him; "Seoul Looks to Biden Administration" over "the Biden administration" does not.
		const named = (family: string) => {
			const thing = new RegExp(`\\b${literal(family)}(?:\\s+\\p{Lu}[\\p{L}-]*)+`, 'u').exec(headline)?.[0];
			return !!thing && !headline.includes(name) && (phrase(`the ${thing}`) || phrase(`The ${thing}`));
		};
		// "Urbain Le Verrier" is "Le Verrier" for short, a capitalised particle and all.
		const particle = words.length === 3 && /^\p{Lu}/u.test(words[1]) && NAME_PARTICLE.test(words[1]);
		const family = emperor ? undefined : familyFirst ? words[0] : particle ? words.slice(1).join(' ') : words[words.length - 1];
		people.set(key, { key, name, aliases: family && family !== name && !named(family) ? [family] : [], familyFirst });
	}
	// A lone word is a short form of a person named in full ("Mahathir"), or a person known by one name ("Suharto").
	const isFull = new Set(full);
	const isPerson = new Set(personChunks);
	const lone = chunks.filter((c) => c.name.length === 1 && !isFull.has(c) && (c.kind === 'name' || isPerson.has(c)));
	// The people each word of a full name belongs to, in register order, kept up to date as people are added.
	const byWord = new Map<string, Person[]>();
	const register = (p: Person) => {
		for (const w of new Set(p.name.split(/\s+/))) {
			const list = byWord.get(w);
			if (list) list.push(p);
			else byWord.set(w, [p]);
		}
	};
	people.forEach(register);
	// The sex a full name's given name tells ("Augusta" female), to tell "Lord Byron" from his daughter "Augusta Ada Byron".
	const givenSex = new Map<string, 'f' | 'm'>();
	for (const c of full) {
		const given = c.name.slice(0, -1);
		const sex = given.some((t) => t.tags.has('FemaleName')) ? 'f' : given.some((t) => t.tags.has('MaleName')) ? 'm' : undefined;
		if (sex) givenSex.set(slugify(bare(c.text), 'person'), sex);
	}
	for (const c of lone) {
		const word = bare(c.text);
		if (phrase(`the ${word} `) || phrase(`The ${word} `)) continue;
		const honorific = honorificSex(c.title);
		// "Marie" under the headline "Marie Curie" is hers, not "Marie Mattingly Meloney"'s: the headline gives the given name another surname.
		// "Abebe Bikila's Olympic Marathon" writes the surname "Bikila", its possessive no part of it.
		const headlined = new RegExp(`(?:^|[^\\p{L}])${literal(word)}\\s+(\\p{Lu}[\\p{L}’'-]+)`, 'u').exec(headline)?.[1].replace(/['’]s$/, '');
		const otherSurname = (p: Person) => !!headlined && !p.familyFirst && p.name.startsWith(`${word} `) && !p.name.split(/\s+/).includes(headlined);
		const owners = (byWord.get(word) ?? []).filter((p) => (!honorific || !givenSex.has(p.key) || givenSex.get(p.key) === honorific) && !otherSurname(p));
		if (owners.length === 1 && !owners[0].aliases.includes(word)) owners[0].aliases.push(word);
		if (owners.length === 0 && isPerson.has(c) && /^\p{Lu}\p{Ll}/u.test(word)) {
			// Known to the text by a given name alone, she is the headline's "Marie Curie" when the headline writes one.
			const name = headlined ? `${word} ${headlined}` : word;
			const key = slugify(name, 'person');
			if (!people.has(key)) {
				const person: Person = { key, name, aliases: headlined ? [word, headlined] : [], familyFirst: false };
				people.set(key, person);
				register(person);
			}
		}
	}
	// An alias shared by two people names the one the headline names in full, else the one the article names first, when
	// the headline names the alias too: a biography names its subject before the father who shares the surname ("Ernest
	// Henry Shackleton …, the son of Henry Shackleton"), and "Curie" under "Marie Curie" is hers, not Pierre Curie's.
	// Otherwise it is anyone's: "Roebling" after John, Washington and Emily Warren Roebling is left as written.
	// A parent the text names once to place a child ("the youngest of four children of Simon-René Braille", "the son of
	// Marc Isambard Brunel") leaves the family name to that child, whom the article is about.
	const parents = new Set([...people.values()].filter((p) => phrase(`children of ${p.name}`) || phrase(`son of ${p.name}`) || phrase(`daughter of ${p.name}`)));
	const owner = new Map<string, Person>();
	const shared = new Set<string>();
	for (const p of [...people.values()].sort((a, b) => Number(parents.has(a)) - Number(parents.has(b))))
		for (const a of p.aliases) {
			if (!owner.has(a)) owner.set(a, p);
			else if (!parents.has(p)) shared.add(a);
		}
	// Pierre Curie, named first, is not Marie Curie; Rosalind Elsie Franklin, named first, is Rosalind Franklin.
	for (const p of people.values())
		for (const a of p.aliases) {
			const first = owner.get(a);
			const given = p.name.split(/\s+/)[0];
			if (first && first !== p && headline.includes(p.name) && !first.name.split(/\s+/).includes(given)) owner.set(a, p);
		}
	const headlineWords = new Set(headline.split(/[^\p{L}\p{N}'’-]+/u));
	// "Took the McDonald Brothers' Name": a headline that names the family names no one of them.
	const family = (a: string) => new RegExp(`\\b${literal(a)}\\s+(?:brothers|sisters|family|twins|couple)\\b`, 'i').test(headline);
	const owns = (p: Person, a: string) => owner.get(a) === p && (!shared.has(a) || (headlineWords.has(a) && !family(a)));
	for (const p of people.values()) p.aliases = p.aliases.filter((a) => owns(p, a) && !people.has(slugify(a, '')));
	return people;
}

const aliasIndexes = new WeakMap<Map<string, Person>, Map<string, Person>>();

/** The first person of a complete register to have each short form. */
function byAlias(people: Map<string, Person>): Map<string, Person> {
	let index = aliasIndexes.get(people);
	if (!index) {
		index = new Map();
		for (const p of people.values()) for (const alias of p.aliases) if (!index.has(alias)) index.set(alias, p);
		aliasIndexes.set(people, index);
	}
	return index;
}

/** The person a written name refers to: by full name, then by alias (the register must be complete: findPeople's). */
export function personFor(people: Map<string, Person>, written: string): Person | undefined {
	const name = bare(written);
	const byName = people.get(slugify(name, 'person'));
	if (byName && byName.name === name) return byName;
	return byAlias(people).get(name);
}
