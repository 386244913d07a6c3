/**
 * Proper-noun chunks: runs of capitalised words ("Korean Demilitarized
 * Zone", "University of Miami", "South Korean Foreign Minister Kang
 * Kyung-wha"), split into a title and a name, and classified. Capitals at the
 * start of a sentence only count when the word is a name elsewhere too.
 */
import type { EntityKind, Sentence, Token } from '../types';
import { EVENT_HEADS, MONTHS, NAME_PARTICLE, NOT_NAMES, ORG_HEADS, PLACE_HEADS, TITLE_MODIFIERS, TITLE_WORDS } from './lexicon';

/** A run of capitalised tokens, with its title prefix split off. */
export type Chunk = {
	sentence: number;
	tokens: Token[];
	/** Index in the sentence of the first token of the name (after the title). */
	first: number;
	/** Tokens of the title before the name ("South Korean President"). */
	title: Token[];
	/** Tokens of the name itself. */
	name: Token[];
	start: number;
	end: number;
	text: string;
	kind: EntityKind;
};

const CONNECTORS = new Set(['of', 'de', 'da', 'du', 'del', 'bin', 'binti', 'al', 'van', 'von', 'der', 'la', 'le']);
const POSSESSIVE = /['’]s$/;
/** Two lower-case particles of one family name: "de la", "van der", "von der", "de los". */
const PARTICLE_PAIR = /^(?:de (?:la|las|los|le)|van (?:der|den|de)|von (?:der|dem))$/;
/** "Washington-led", "Seoul-based": an adjective made from a name, not a name. */
const MODIFIER_COMPOUND = /-(?:led|based|backed|born|owned|run|made|style|era|type|like|wide|bound|controlled|funded)$/;

const lowerBare = (t: Token) => t.text.toLowerCase().replace(POSSESSIVE, '');
const isCapital = (t: Token) => /^\p{Lu}/u.test(t.text) && !MONTHS[lowerBare(t).replace(/\.$/, '')];
/** "Jan Pieterszoon Coen", "Jan van Riebeeck": a month's short form with no full stop, before a capital, is a given name. */
const givenNameLikeMonth = (t: Token, next?: Token) =>
	/^\p{Lu}\p{Ll}{2}$/u.test(t.text) &&
	!!MONTHS[t.text.toLowerCase()] &&
	!/^(?:May|Mar)$/.test(t.text) &&
	!!next &&
	/^(?:\p{Lu}\p{Ll}|van\b|von\b|de\b)/u.test(next.text);
const has = (t: Token, ...tags: string[]) => tags.some((tag) => t.tags.has(tag));
export const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.text);
const isAcronym = (t: Token) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d]+$|^\p{Lu}{2,}[\p{Ll}]*\p{Lu}+$/u.test(t.text.replace(POSSESSIVE, ''));
/** A hyphenated title ("Vice-Admiral", "Lieutenant-General"): every part a title word or its modifier. */
const isHyphenatedTitle = (t: Token) => {
	const parts = lowerBare(t).replace(/\.$/, '').split('-');
	return parts.length > 1 && parts.every((w) => TITLE_WORDS.has(w) || TITLE_MODIFIERS.has(w)) && TITLE_WORDS.has(parts[parts.length - 1]);
};
/** A compound of two names used as a modifier ("Moon-Xi call", "U.S.-DPRK talks"); not a thing of its own. A title
 * ("Vice-Admiral") or a given name ("Pierre-Charles Villeneuve", "Jean-Baptiste Kléber") is hyphenated too, and is part of a name. */
const isCompound = (t: Token, next?: Token) =>
	/^\p{Lu}[\p{L}.]*-\p{Lu}/u.test(t.text) &&
	!/\d/.test(t.text) &&
	!isHyphenatedTitle(t) &&
	!(has(t, 'Person') && !has(t, 'Acronym', 'Organization') && !!next && isCapital(next));

/** Words the article capitalises away from a sentence start: evidence that a sentence-initial capital is a name. */
export function midSentenceCapitals(sentences: Sentence[]): Set<string> {
	const seen = new Set<string>();
	for (const s of sentences) {
		s.tokens.forEach((t, i) => {
			if (i > 0 && isCapital(t) && !/[“"‘(]$/.test(s.text.slice(0, t.start - s.start).trimEnd())) seen.add(lowerBare(t));
		});
	}
	return seen;
}

/** Can this token open or continue a chunk where it stands? */
function nameLike(s: Sentence, i: number, capitals: Set<string>): boolean {
	const t = s.tokens[i];
	if (givenNameLikeMonth(t, s.tokens[i + 1]) && s.text.slice(t.end - s.start, s.tokens[i + 1].start - s.start) === ' ') return true;
	// "Robert White-Stevens": a double-barrelled surname after a given name is the name's, not a compound like "U.S.-South Korea".
	const prev = s.tokens[i - 1];
	const surname = !!prev && has(prev, 'Person') && isCapital(prev) && s.text.slice(prev.end - s.start, t.start - s.start) === ' ';
	if (!isCapital(t) || (isCompound(t, s.tokens[i + 1]) && !surname) || t.text === 'I' || MODIFIER_COMPOUND.test(t.text)) return false;
	const word = lowerBare(t);
	const before = s.text.slice(0, t.start - s.start).trimEnd();
	const opening = i === 0 || /[“"‘(:]$/.test(before);
	if (!opening) return true;
	if (NOT_NAMES.has(word)) return false;
	if (has(t, 'Person', 'Place', 'Organization', 'Acronym') || isInitial(t)) return true;
	const next = s.tokens[i + 1];
	// "Le Verrier wrote to Galle": a family name's particle that opens the sentence, where the article writes it capitalised elsewhere too.
	if (NAME_PARTICLE.test(t.text) && capitals.has(word) && !!next && s.text.slice(t.end - s.start, next.start - s.start) === ' ' && isCapital(next)) return true;
	if (has(t, 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Modal', 'Copula', 'QuestionWord')) return false;
	if (capitals.has(word) && !has(t, 'Adjective', 'Verb')) return true;
	// "Mabo himself was buried …", "Mabo was …": a name the article capitalises elsewhere, read as a verb only for opening
	// the sentence, is a name when a verb could not follow it.
	if (capitals.has(word) && /^(?:himself|herself|was|had)$/.test(next?.text ?? '')) return true;
	// An unknown opener followed by another capital is the start of a name: "Hanbo Steel", "Zheng He".
	return !!next && s.text.slice(t.end - s.start, next.start - s.start) === ' ' && isCapital(next) && !isCompound(next, s.tokens[i + 2]);
}

/** Splits a run of capitalised tokens into title and name: the title ends at its last title word. */
function splitTitle(tokens: Token[]): number {
	let end = 0;
	for (let i = 0; i < tokens.length - 1; i++) {
		const w = lowerBare(tokens[i]).replace(/\.$/, '');
		if (TITLE_WORDS.has(w) || isHyphenatedTitle(tokens[i])) end = i + 1;
		else if (!(TITLE_MODIFIERS.has(w) || TITLE_MODIFIERS.has(lowerBare(tokens[i])) || w === 'of' || has(tokens[i], 'Demonym'))) break;
	}
	return end;
}

/** Classifies a name from its own words; people are confirmed later from context. */
function classify(name: Token[], title: Token[]): EntityKind {
	const last = lowerBare(name[name.length - 1]);
	if (EVENT_HEADS.has(last)) return 'name';
	if (ORG_HEADS.has(last)) return 'org';
	if (PLACE_HEADS.has(last)) return 'place';
	if (name.some((t) => /\d/.test(t.text))) return 'name';
	if (title.length || isInitial(name[0]) || last === 'emperor' || last === 'empress') return 'person';
	if (name.some((t) => has(t, 'Place', 'Country', 'City', 'Region'))) return 'place';
	if (name.some((t) => has(t, 'Organization'))) return 'org';
	if (name.some((t) => has(t, 'Person', 'FirstName', 'LastName', 'Honorific'))) return 'person';
	if (name.length === 1 && isAcronym(name[0])) return 'org';
	return 'name';
}

/**
 * "Basil Heatley of Great Britain", "Rhadi Ben Abdesselam of Morocco": two or three names before "of" and a country, none of
 * them a body's or a place's word ("the Central Bank of Brazil", "New South Wales of Australia"), are a person and the
 * country they came from.
 */
function fromCountry(name: Token[], of: number): boolean {
	if (of < 2 || of > 3 || of + 1 >= name.length) return false;
	const before = name.slice(0, of);
	if (before.some((t) => ORG_HEADS.has(lowerBare(t)) || PLACE_HEADS.has(lowerBare(t)) || has(t, 'Place', 'Country', 'City', 'Region', 'Organization')))
		return false;
	return name.slice(of + 1).every((t) => has(t, 'Country') || (has(t, 'Place') && /^\p{Lu}/u.test(t.text)));
}

/** Finds the proper-noun chunks of a sentence. */
export function chunksOf(s: Sentence, capitals: Set<string>): Chunk[] {
	const chunks: Chunk[] = [];
	let i = 0;
	while (i < s.tokens.length) {
		if (!nameLike(s, i, capitals)) {
			i++;
			continue;
		}
		let j = i + 1;
		// "King Francis I. Peruggia had …": a monarch's number with a full stop ends the sentence, and the name, there.
		const monarch = /^(?:King|Queen|Pope|Emperor|Empress|Tsar|Sultan)$/.test(s.tokens[i].text);
		while (j < s.tokens.length && !POSSESSIVE.test(s.tokens[j - 1].text) && !(monarch && /^[IVX]+\.$/.test(s.tokens[j - 1].text))) {
			const gap = s.text.slice(s.tokens[j - 1].end - s.start, s.tokens[j].start - s.start);
			if (gap !== ' ') break;
			// "Robert White-Stevens of American Cyanamid": a given name and a surname are a whole name, and "of" opens where they work.
			// Not "the Sir William Dunn School of Pathology", whose run already ends on what a body is.
			const body = ORG_HEADS.has(lowerBare(s.tokens[j - 1])) || PLACE_HEADS.has(lowerBare(s.tokens[j - 1]));
			const named = j - i >= 2 && has(s.tokens[i], 'Person') && s.tokens[j].text === 'of' && !body;
			if (nameLike(s, j, capitals)) j++;
			else if (CONNECTORS.has(s.tokens[j].text) && !named && j + 1 < s.tokens.length && isCapital(s.tokens[j + 1])) j += 2;
			// "Horacio de la Iglesia", "Ludwig van der Rohe": two particles of a family name, then its capital.
			else if (PARTICLE_PAIR.test(`${s.tokens[j].text} ${s.tokens[j + 1]?.text ?? ''}`) && j + 2 < s.tokens.length && isCapital(s.tokens[j + 2])) j += 3;
			else break;
		}
		// The second half of "U.S.-South Korea" is not a name of its own.
		const prev = s.tokens[i - 1];
		if (prev && isCompound(prev, s.tokens[i]) && s.text.slice(prev.end - s.start, s.tokens[i].start - s.start) === ' ') {
			i = j;
			continue;
		}
		let tokens = s.tokens.slice(i, j);
		while (tokens.length && CONNECTORS.has(tokens[tokens.length - 1].text)) tokens = tokens.slice(0, -1);
		if (tokens.length && /^the$/i.test(tokens[0].text) && i === 0) tokens = tokens.slice(1);
		if (tokens.length) {
			const cut = splitTitle(tokens);
			const title = tokens.slice(0, cut);
			let name = tokens.slice(cut);
			// "President Suharto of Indonesia": the title's country is not part of the name.
			const of = name.findIndex((t) => t.text === 'of');
			if (title.length && of > 0) name = name.slice(0, of);
			const competitor = !title.length && fromCountry(name, of);
			if (competitor) name = name.slice(0, of);
			const onlyModifiers = name.every((t) => TITLE_MODIFIERS.has(lowerBare(t)) || has(t, 'Demonym') || TITLE_WORDS.has(lowerBare(t)));
			if (name.length && !onlyModifiers) {
				const last = name[name.length - 1];
				const end = POSSESSIVE.test(last.text) ? last.end - 2 : last.end;
				const start = name[0].start;
				chunks.push({
					sentence: s.index,
					tokens,
					first: s.tokens.indexOf(name[0]),
					title,
					name,
					start,
					end,
					text: s.text.slice(start - s.start, end - s.start),
					kind: competitor ? 'person' : classify(name, title)
				});
			}
		}
		i = j;
	}
	return chunks;
}
