/**
 * Words of each sentence, tagged by compromise. Our own tokenizer decides the
 * boundaries (so "U.N.-led", "Moon Jae-in", "COVID-19" and "$4.2" stay
 * whole and offsets stay exact); compromise only lends its part-of-speech
 * tags. This is the one module that imports compromise.
 */
import nlp from 'compromise';
import type { Sentence, Token } from './types';

const TOKEN = new RegExp(
	[
		String.raw`(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*`, // U.S., D.C., p.m., U.N.-led
		String.raw`\p{Lu}\.(?=\s+\p{Lu})`, // an initial: S. Somanath
		String.raw`(?:Jr|Sr|Inc|Ltd|Co|Corp)\.(?=\s+\p{Ll}|,)`, // a suffix the sentence goes on after: Robert McCrary Jr. refused
		String.raw`\d{1,2}:\d{2}`, // 6:04
		String.raw`[$£€¥₹]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:%|st|nd|rd|th)?(?:-[\p{L}\p{N}]+)*`,
		String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*`
	].join('|'),
	'gu'
);

const NO_TAGS: ReadonlySet<string> = new Set();

type Term = { text: string; offset: { start: number; length: number }; tags: Set<string> };
type TaggedView = { compute: (what: string) => void; document: Term[][] };

/** Splits a piece of text into tokens, offsets shifted by `base`. */
export function tokenize(text: string, base = 0): Token[] {
	const tokens: Token[] = [];
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
		tokens.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length, tags: NO_TAGS });
	}
	return tokens;
}

/** Tags every term of a text with compromise; returns, per character offset, the tags of the term starting there. */
function tagTerms(text: string): Map<number, Set<string>> {
	const view = nlp(text) as unknown as TaggedView;
	view.compute('offset');
	const byStart = new Map<number, Set<string>>();
	for (const sentence of view.document) {
		for (const term of sentence) byStart.set(term.offset.start, term.tags);
	}
	return byStart;
}

/**
 * Longest run of sentences compromise tags as one stretch of text. It keeps
 * to its own sentence boundaries, which are not always ours ("e.g. The" is
 * one of its sentences), and tags a sentence in time growing with the square
 * of its length; a paragraph break between two of our sentences after this
 * many characters bounds that. A real paragraph is shorter, so its tags are as before.
 */
const MAX_TAGGED_RUN_CHARS = 4_000;

/**
 * Fills `sentence.tokens` for every sentence. One compromise pass over the
 * kept paragraphs (joined by blank lines) is much cheaper than one per
 * paragraph; a sentence segment() left out (too long) is left out here too,
 * its place taken by a paragraph break.
 */
export function tagSentences(text: string, sentences: Sentence[]): void {
	const shifts: number[] = [];
	let joined = '';
	let runStart = 0;
	let prev: Sentence | undefined;
	for (const sentence of sentences) {
		const gap = prev && prev.paragraph === sentence.paragraph ? text.slice(prev.end, sentence.start) : undefined;
		// Within a paragraph, sentences are parted by spaces alone unless a left-out sentence lies between them.
		const sameRun = gap !== undefined && /^\s*$/.test(gap) && joined.length - runStart < MAX_TAGGED_RUN_CHARS;
		if (sameRun) joined += gap;
		else if (joined) {
			joined += '\n\n';
			runStart = joined.length;
		}
		shifts.push(joined.length - sentence.start);
		joined += sentence.text;
		prev = sentence;
	}
	const tags = tagTerms(joined);
	sentences.forEach((sentence, i) => {
		sentence.tokens = tokenize(sentence.text, sentence.start).map((token) => ({
			...token,
			tags: tags.get(token.start + shifts[i]) ?? NO_TAGS
		}));
		sentence.tokens.forEach((token, at) => {
			if (pastReadAsAdjective(sentence.tokens, at)) token.tags = PAST_VERB;
		});
	});
}

const SUBJECT_PRONOUN = /^(?:it|he|she|they|we|i|who)$/i;
const TIME_ADVERB = /^(?:later|then|also|soon|finally|still|quickly|first|eventually|once|never|always|often|again|already)$/i;

const PAST_VERB: ReadonlySet<string> = new Set(['Verb', 'PastTense']);

/**
 * "The scenes puzzled many people", "the Aral Sea covered about 68,000 square kilometres": compromise reads a past verb
 * after its subject as an adjective when no verb came before. Before a noun it is one ("Its jagged rhythms").
 */
function pastReadAsAdjective(tokens: Token[], at: number): boolean {
	const [before, word, after] = [tokens[at - 1], tokens[at], tokens[at + 1]];
	if (!before || !after || !/\p{Ll}ed$/u.test(word.text) || !word.tags.has('Adjective') || word.tags.has('Verb')) return false;
	// "but it later proved valuable": after a subject pronoun, and an adverb of time at most, a past form is the verb.
	const subject = TIME_ADVERB.test(before.text) ? tokens[at - 2] : before;
	if (subject && SUBJECT_PRONOUN.test(subject.text)) return true;
	if (!before.tags.has('Noun') || before.tags.has('Possessive')) return false;
	const quantity = after.tags.has('Value') || /^(?:many|much|most|some|several|few|all|both|more|no)$/i.test(after.text);
	if (!quantity && ['Noun', 'ProperNoun', 'Adjective'].some((tag) => after.tags.has(tag))) return false;
	return !tokens.slice(0, at).some(isFinite);
}

/** Tags a loose piece of text (a prompt), for checks that need parts of speech outside an analysis. */
export function tagText(text: string): Token[] {
	const tags = tagTerms(text);
	return tokenize(text).map((token) => ({ ...token, tags: tags.get(token.start) ?? NO_TAGS }));
}

/**
 * Text with its first letter in capitals, as a sentence or an answer opens; a name written in lower case before its
 * capitals ("mRNA", "iPhone", "eBay") keeps its own spelling.
 */
export function capital(text: string): string {
	return /^\p{Ll}{1,3}\p{Lu}/u.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** A verb that carries tense (said, are, will), not a participle or gerund: the sign of a clause. */
export function isFinite(t: Token): boolean {
	const tags = t.tags;
	if (!tags.has('Verb') || tags.has('Gerund')) return false;
	return tags.has('PastTense') || tags.has('PresentTense') || tags.has('Copula') || tags.has('Auxiliary') || tags.has('Modal');
}

const pastCache = new Map<string, string>();

/** The past tense of a verb in its infinitive ("show" → "showed", "win" → "won"), by compromise, remembered across calls. */
export function pastTense(verb: string): string {
	const cached = pastCache.get(verb);
	if (cached !== undefined) return cached;
	const doc = nlp(`They ${verb} it.`);
	doc.verbs().toPastTense();
	const result = /^They (\S+) it\.$/.exec(doc.text())?.[1] ?? verb;
	pastCache.set(verb, result);
	return result;
}

const verbCache = new Map<string, string>();

/** The infinitive of a verb ("spoke" → "speak"), by compromise, remembered across calls. */
export function infinitive(verb: string): string {
	const cached = verbCache.get(verb);
	if (cached !== undefined) return cached;
	let result = (nlp(verb).verbs().toInfinitive().text() as string).trim() || verb;
	if (result === verb) {
		// Alone, some past forms ("proposed") read as adjectives; in a clause they read as verbs.
		const doc = nlp(`They ${verb} it.`);
		doc.verbs().toInfinitive();
		result = /^They (\S+) it\.$/.exec(doc.text())?.[1] ?? verb;
	}
	verbCache.set(verb, result);
	return result;
}
