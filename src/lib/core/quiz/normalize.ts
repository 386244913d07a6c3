/**
 * The leniencies of typed grading. Each one erases one kind of difference
 * that does not change what an answer means; grading looks for the cheapest
 * set of them under which the learner's text and an accepted answer read the
 * same, so that it can tell the learner exactly what it overlooked.
 */
import { digitsForNumbers } from './number-words';
import { withoutHarmlessDifferences } from './harmless-differences';

export type Leniency = 'case' | 'accents' | 'quotes' | 'punctuation' | 'hyphens' | 'spacing' | 'article' | 'numbers';

/** In the order a reason names them. */
// prettier-ignore
export const LENIENCIES: readonly Leniency[] = [
	'case', 'accents', 'quotes', 'punctuation', 'hyphens', 'spacing', 'article', 'numbers'
];

/** How each leniency reads after "ignoring …". */
export const LENIENCY_LABELS: Record<Leniency, string> = {
	case: 'case',
	accents: 'accents',
	quotes: 'quotation marks',
	punctuation: 'punctuation',
	hyphens: 'hyphens',
	spacing: 'extra spaces',
	article: 'the leading article',
	numbers: 'how the number is written'
};

// When two sets both explain a match, the one with the plainer story wins:
// "Three" vs "three" is a matter of case, not of number words.
const WEIGHT: Record<Leniency, number> = {
	case: 10,
	accents: 10,
	quotes: 10,
	spacing: 10,
	punctuation: 11,
	hyphens: 11,
	article: 12,
	numbers: 15
};

const QUOTES = `'"\`´«»‹›「」『』`;
// Punctuation by Unicode's reckoning, but it changes the meaning: 50% is not 50.
const KEPT_SIGNS = '%‰‱#&@§';
const LOOSE_QUOTE = new RegExp(`(?<!\\p{L})[${QUOTES}]|[${QUOTES}](?!\\p{L})`, 'gu');
// Letters with no decomposition into base + accent.
const FOLDS: Record<string, string> = {
	ø: 'o',
	Ø: 'O',
	ł: 'l',
	Ł: 'L',
	đ: 'd',
	Đ: 'D',
	ı: 'i',
	æ: 'ae',
	Æ: 'AE',
	œ: 'oe',
	Œ: 'OE',
	ß: 'ss'
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/** The text without Latin accents, and with letters like "ø" and "ß" folded to plain ones. */
export function stripAccents(text: string): string {
	// Only the Latin combining diacritics: marks in other scripts (Devanagari
	// vowel signs, say) change the word, and Hangul recomposes under NFC.
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.normalize('NFC')
		.replace(FOLDABLE, (ch) => FOLDS[ch]);
}

function stripPunctuation(text: string): string {
	const chars = Array.from(text);
	return chars
		.filter((ch, i) => {
			if (!/\p{P}/u.test(ch) || /\p{Pd}/u.test(ch) || KEPT_SIGNS.includes(ch)) return true;
			const between = (test: RegExp) => test.test(chars[i - 1] ?? '') && test.test(chars[i + 1] ?? '');
			// Quotes around words are the quotes leniency's business; an apostrophe inside one is punctuation.
			if (QUOTES.includes(ch)) return !between(/\p{L}/u);
			// 3.5, 2,000 and 10:30 keep their separators: dropping them changes the number.
			return /[.,:]/.test(ch) && between(/\p{N}/u);
		})
		.join('');
}

// A dash before digits at the start of a word is a minus sign, and -5 is not 5.
const DASH = /\p{Pd}(?!(?<=(?:^|\s)-)\d)/gu;
const DASH_IN_WORD = /(?<=\p{L})\p{Pd}(?=\p{L})/gu;

/** Hyphens read as spaces, or (between letters) as nothing: "Jae-in", "Jae in" and "Jaein". */
function hyphenVariants(text: string): string[] {
	return [text.replace(DASH, ' '), text.replace(DASH_IN_WORD, '').replace(DASH, ' ')];
}

function dropArticle(text: string): string {
	return text.replace(/^(?:a|an|the) (?=\S)/i, '');
}

/** The forms a text takes once the given leniencies are applied (two when hyphens may go either way). */
export function normalizeVariants(text: string, leniencies: ReadonlySet<Leniency>): string[] {
	let t = withoutHarmlessDifferences(text);
	if (leniencies.has('accents')) t = stripAccents(t);
	if (leniencies.has('case')) t = t.toLowerCase();
	if (leniencies.has('quotes')) t = t.replace(LOOSE_QUOTE, '').trim();
	if (leniencies.has('punctuation')) t = stripPunctuation(t).trim();
	const forms = leniencies.has('hyphens') ? hyphenVariants(t) : [t];
	return [...new Set(forms.map((form) => finish(form.trim(), leniencies)))];
}

function finish(text: string, leniencies: ReadonlySet<Leniency>): string {
	let t = text;
	if (leniencies.has('spacing')) t = t.replace(/ {2,}/g, ' ');
	if (leniencies.has('article')) t = dropArticle(t);
	if (leniencies.has('numbers')) t = digitsForNumbers(t);
	return t;
}

const ALL = new Set(LENIENCIES);

// Every subset of leniencies, cheapest first, computed once.
const SUBSETS: Leniency[][] = Array.from({ length: 1 << LENIENCIES.length }, (_, mask) => LENIENCIES.filter((_, bit) => mask & (1 << bit))).sort(
	(a, b) => cost(a) - cost(b) || a.length - b.length
);

function cost(set: readonly Leniency[]): number {
	return set.reduce((sum, l) => sum + WEIGHT[l], 0);
}

function sameUnder(input: string, target: string, leniencies: ReadonlySet<Leniency>): boolean {
	const targets = normalizeVariants(target, leniencies);
	// An answer that is all punctuation must not be matched by one that is all punctuation too.
	return normalizeVariants(input, leniencies).some((form) => form !== '' && targets.includes(form));
}

/**
 * The cheapest leniencies under which `input` reads as `target` ([] for an
 * exact match), or undefined when even all of them together do not make the
 * two the same.
 */
export function findLeniencies(input: string, target: string): Leniency[] | undefined {
	if (withoutHarmlessDifferences(input) === withoutHarmlessDifferences(target)) return [];
	if (!sameUnder(input, target, ALL)) return undefined;
	return SUBSETS.find((set) => sameUnder(input, target, new Set(set)));
}

/** The cost of a set of leniencies, for choosing between accepted answers. */
export function leniencyCost(set: readonly Leniency[]): number {
	return cost(set);
}
