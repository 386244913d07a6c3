/**
 * Numbers written as digits or as English words, so that "three", "3" and
 * "twenty-one" / "21" / "2,000" / "2000" grade as the same answer. Only small
 * numbers are covered (0-20, the tens, their compounds, and one hundred):
 * those are the ones learners spell out; larger ones they type as digits.
 */

// prettier-ignore
const SMALL = [
	'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
	'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
	'nineteen', 'twenty'
];
const TENS = ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_VALUE = new Map<string, number>([...SMALL.map((w, i) => [w, i] as const), ...TENS.map((w, i) => [w, 30 + i * 10] as const)]);

const UNIT_WORDS = SMALL.slice(1, 10).join('|');
const TENS_WORDS = ['twenty', ...TENS].join('|');
const WORDS = `(?:(?:one|a)[-\\s]+)?hundred` + `|(?:${TENS_WORDS})(?:[-\\s]+(?:${UNIT_WORDS}))?` + `|${SMALL.join('|')}`;
// Grouped thousands come first so that "2,000" is read whole, not as 2 and 000.
const DIGITS = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;
// The boundaries keep "one" inside "someone" and "3" inside "G7x3" from counting.
const NUMBER_SOURCE = `(?<![\\p{L}\\p{N}])(?:${WORDS}|${DIGITS})(?![\\p{L}\\p{N}])`;
// Compiled once: replace and matchAll start a global pattern afresh on each call.
const NUMBER = new RegExp(NUMBER_SOURCE, 'giu');

/** A number as it was written, and the digits it stands for. */
export interface NumberSpan {
	raw: string;
	digits: string;
}

/** The digits a number word or digit string stands for: "Twenty-One" → "21", "2,000" → "2000". */
export function numberDigits(raw: string): string {
	if (isDigitForm(raw)) return raw.replace(/,/g, '');
	const words = raw.toLowerCase().split(/[-\s]+/);
	if (words[words.length - 1] === 'hundred') return '100';
	let total = 0;
	for (const word of words) total += WORD_VALUE.get(word) ?? 0;
	return String(total);
}

/** Every number in the text, in order, as written and as digits. */
export function numberSpans(text: string): NumberSpan[] {
	return [...text.matchAll(NUMBER)].map((m) => ({
		raw: m[0],
		digits: numberDigits(m[0])
	}));
}

/** The text with every number rewritten as plain digits. */
export function digitsForNumbers(text: string): string {
	return text.replace(NUMBER, numberDigits);
}

/** Whether the text is written with digits (and separators) only. */
export function isDigitForm(raw: string): boolean {
	return /^[\d.,]+$/.test(raw);
}
