/**
 * Indexes over one analysed article, built once and kept beside it, so the
 * work done for each candidate question (its sentence's mentions, the
 * people a name may mean, the article's other dates) does not scan the whole
 * article: scanning it for every candidate grows with the square of its length.
 * Every list keeps the order of the array it indexes, so a lookup returns
 * what the scan it replaces would have found first.
 */
import { sentenceSearch } from './sentence-search';
import type { Question } from '../bank/schema';
import { tagText, tokenize } from './tokens';
import type { Analysis, Mention, Person, Role, Sentence, Token } from './types';

/** What the templates, distractors and gates look up in one analysis. */
export type Lookup = {
	/** Mentions of each sentence, by sentence index. */
	mentionsIn: (sentence: number) => Mention[];
	/** Mentions that start at an offset. */
	mentionsAt: (start: number) => Mention[];
	/** Mentions of each key (person or thing). */
	mentionsOf: (key: string) => Mention[];
	/** Mentions of a kind and form, one per text, key and value (the first, by start). */
	sameForm: (kind: string, form: string) => Mention[];
	/** The first mention written exactly so. */
	firstMentionWritten: (text: string) => Mention | undefined;
	/** The people whose full name or a short form is exactly this text, in register order. */
	peopleNamed: (text: string) => Person[];
	/** How a text names a person: 'person:full' or 'person:short' for the first person it names, else undefined. */
	personForm: (text: string) => string | undefined;
	/** Texts of the article's roles. */
	roleTexts: ReadonlySet<string>;
	/** Roles given in each sentence. */
	rolesIn: (sentence: number) => Role[];
	/** The first role given to a person. */
	firstRoleOf: (person: string) => Role | undefined;
	/** Person keys of the people the article quotes. */
	speakers: ReadonlySet<string>;
	/** Person keys of the people the article gives a role. */
	roled: ReadonlySet<string>;
	/** The sentence starting at an offset. */
	sentenceAt: (start: number) => Sentence | undefined;
	/** The sentences whose lower-cased text holds a lower-cased piece of text, in article order. */
	sentencesHolding: (lowered: string) => Sentence[];
	/** Lower-cased mention texts of a sentence. */
	ownTexts: (sentence: number) => ReadonlySet<string>;
	/** How often the article writes a whole number in digits ("20" in "20mph", not in "1920" nor "20.5"). */
	numeralCount: (digits: string) => number;
};

const built = new WeakMap<Analysis, Lookup>();

/** Appends an item to the list under a key. */
function add<K, T>(map: Map<K, T[]>, key: K, item: T): void {
	const list = map.get(key);
	if (list) list.push(item);
	else map.set(key, [item]);
}

const NONE: never[] = [];

/** The indexes of an analysis, built on first use and kept for as long as the analysis lives. */
export function lookup(a: Analysis): Lookup {
	const cached = built.get(a);
	if (cached) return cached;
	const bySentence = new Map<number, Mention[]>();
	const byStart = new Map<number, Mention[]>();
	const byKey = new Map<string, Mention[]>();
	const byForm = new Map<string, Mention[]>();
	const formSeen = new Set<string>();
	const firstWritten = new Map<string, Mention>();
	for (const m of a.mentions) {
		add(bySentence, m.sentence, m);
		add(byStart, m.start, m);
		add(byKey, m.key, m);
		if (!firstWritten.has(m.text)) firstWritten.set(m.text, m);
		// Mentions are in article order; a later one of the same text, key and value always loses to the first one.
		const group = `${m.kind}\u0000${m.form}`;
		const id = `${group}\u0000${m.text}\u0000${m.key}\u0000${typeof m.value}:${m.value}`;
		if (!formSeen.has(id)) {
			formSeen.add(id);
			add(byForm, group, m);
		}
	}
	const named = new Map<string, Person[]>();
	const forms = new Map<string, string>();
	for (const p of a.people.values()) {
		for (const n of new Set([p.name, ...p.aliases])) add(named, n, p);
		if (!forms.has(p.name)) forms.set(p.name, 'person:full');
		for (const alias of p.aliases) if (!forms.has(alias)) forms.set(alias, 'person:short');
	}
	const rolesBySentence = new Map<number, Role[]>();
	const firstRole = new Map<string, Role>();
	for (const r of a.roles) {
		add(rolesBySentence, r.sentence, r);
		if (!firstRole.has(r.person)) firstRole.set(r.person, r);
	}
	const sentences = new Map<number, Sentence>();
	for (const s of a.sentences) if (!sentences.has(s.start)) sentences.set(s.start, s);
	const own = new Map<number, ReadonlySet<string>>();
	const holding = sentenceSearch(a.sentences);
	let numerals: Map<string, number> | undefined;
	const index: Lookup = {
		mentionsIn: (sentence) => bySentence.get(sentence) ?? NONE,
		mentionsAt: (start) => byStart.get(start) ?? NONE,
		mentionsOf: (key) => byKey.get(key) ?? NONE,
		sameForm: (kind, form) => byForm.get(`${kind}\u0000${form}`) ?? NONE,
		firstMentionWritten: (text) => firstWritten.get(text),
		peopleNamed: (text) => named.get(text) ?? NONE,
		personForm: (text) => forms.get(text),
		rolesIn: (sentence) => rolesBySentence.get(sentence) ?? NONE,
		firstRoleOf: (person) => firstRole.get(person),
		roleTexts: new Set(a.roles.map((r) => r.text)),
		speakers: new Set(a.quotes.map((q) => q.speaker)),
		roled: new Set(a.roles.map((r) => r.person)),
		sentenceAt: (start) => sentences.get(start),
		sentencesHolding: holding,
		ownTexts: (sentence) => {
			let texts = own.get(sentence);
			if (!texts) {
				texts = new Set((bySentence.get(sentence) ?? NONE).map((x) => x.text.toLowerCase()));
				own.set(sentence, texts);
			}
			return texts;
		},
		numeralCount: (digits) => {
			if (!numerals) {
				numerals = new Map();
				for (const [n] of a.text.matchAll(/(?<![\d.,])\d+(?![\d.,]\d)/g)) numerals.set(n, (numerals.get(n) ?? 0) + 1);
			}
			return numerals.get(digits) ?? 0;
		}
	};
	built.set(a, index);
	return index;
}

/** A prompt's words, tagged as the same words were in its source sentence (tagging anew only without one). */
export function promptTokens(q: Question, a: Analysis): Token[] {
	const sentence = q.source && lookup(a).sentenceAt(q.source.start);
	if (!sentence) return tagText(q.prompt);
	const tags = new Map(sentence.tokens.map((t) => [t.text.toLowerCase(), t.tags] as const));
	return tokenize(q.prompt).map((t) => ({ ...t, tags: tags.get(t.text.toLowerCase()) ?? t.tags }));
}
