/**
 * The shapes the generator passes between its stages. Every offset is an
 * index into the article text exactly as the caller gave it, so a question's
 * source sentence can always be cut back out of `bank.source.text`.
 */

/** A half-open range `[start, end)` of the article text. */
export type Span = { start: number; end: number };

/** A replacement of `[start, end)` of the article text by `text`. */
export type Edit = Span & { text: string; optional?: boolean };

/** A block of prose kept by the cleaner. */
export type Paragraph = Span & { index: number };

/** A word, number or abbreviation, with the part-of-speech tags compromise gave it. */
export type Token = Span & { text: string; tags: ReadonlySet<string> };

/** One sentence of a kept paragraph. */
export type Sentence = Span & {
	index: number;
	paragraph: number;
	/** Position of the sentence in its paragraph, from 0. */
	order: number;
	text: string;
	tokens: Token[];
};

/** What a mention names; distractors and true/false swaps only ever use the same kind. */
export type EntityKind = 'person' | 'org' | 'place' | 'name' | 'date' | 'number' | 'ordinal' | 'acronym' | 'term';

/** A span of a sentence that can be asked about. */
export type Mention = Span & {
	kind: EntityKind;
	text: string;
	sentence: number;
	/** Canonical key: mentions of one person or one thing share it. */
	key: string;
	/** How the text is written (e.g. `md` for "January 20", `n:km` for "600 kilometres"); choices must share it. */
	form: string;
	/** Machine value: ISO date for dates, the number for numbers and ordinals. */
	value?: string | number;
};

/** A person named in the article, with every way the article refers to them. */
export type Person = {
	key: string;
	name: string;
	/** Short forms that refer to this person alone (family name, a given name used alone). */
	aliases: string[];
	/** Family name written first (Moon Jae-in, Xi Jinping). */
	familyFirst: boolean;
};

/** What a person is: a title before the name or an appositive after it. */
export type Role = Span & { person: string; text: string; sentence: number; source: 'title' | 'appositive' };

/** Words attributed to a speaker: a direct quotation or reported (indirect) speech. */
export type Quote = Span & {
	/** The quoted or reported words, without quotation marks. */
	text: string;
	sentence: number;
	/** Person key of the speaker. */
	speaker: string;
	/** The speaker's name as written in the sentence, when it is written there. */
	speakerText?: string;
	indirect: boolean;
	/** Where a "Who …?" prompt can start (the speech verb), when the words follow it in the same clause. */
	lead?: number;
};

/** An acronym and its expansion as the article defines it. */
export type Acronym = { short: string; long: string; sentence: number };

/** Everything the extractors found in one article. */
export type Analysis = {
	text: string;
	published?: string;
	/** The article's headline, when the cleaner found one. */
	headline?: string;
	paragraphs: Paragraph[];
	sentences: Sentence[];
	mentions: Mention[];
	people: Map<string, Person>;
	roles: Role[];
	quotes: Quote[];
	acronyms: Acronym[];
	/** Spans inside quotation marks (speech or scare quotes), so templates avoid blanking quoted words. */
	quoted: Span[];
};

/** The question templates; each fact is asked in several of them. */
export type Template =
	| 'cloze'
	| 'mcq-cloze'
	| 'who'
	| 'when'
	| 'how-many'
	| 'who-said'
	| 'who-is'
	| 'role-of'
	| 'acronym'
	| 'truefalse'
	| 'why'
	| 'result'
	| 'helped'
	| 'claim'
	| 'event'
	| 'outcome'
	| 'definition'
	| 'contrast';
