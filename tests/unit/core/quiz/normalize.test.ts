import { findLeniencies, LENIENCIES, normalizeVariants } from '$lib/core/quiz/normalize';
import type { Leniency } from '$lib/core/quiz/normalize';

describe('normalizeVariants', () => {
	const only = (...ls: Leniency[]) => new Set(ls);

	it.each<[string, Leniency[], string[]]>([
		['Café', ['accents'], ['Cafe']],
		['Café', ['case'], ['café']],
		['"Seoul"', ['quotes'], ['Seoul']],
		["Trump's", ['quotes'], ["Trump's"]],
		["Trump's", ['punctuation'], ['Trumps']],
		['3.5, or 2,000!', ['punctuation'], ['3.5 or 2,000']],
		['Moon Jae-in', ['hyphens'], ['Moon Jae in', 'Moon Jaein']],
		['-5 to -3', ['hyphens'], ['-5 to -3']],
		['1998-1999', ['hyphens'], ['1998 1999']],
		['a  b', ['spacing'], ['a b']],
		['The Hague', ['article'], ['Hague']],
		['The', ['article'], ['The']],
		['twenty-one', ['numbers'], ['21']],
		['Seoul', [], ['Seoul']]
	])('%j with %j', (text, leniencies, expected) => {
		expect(normalizeVariants(text, only(...leniencies))).toEqual(expected);
	});

	it('keeps Hangul intact when stripping accents', () => {
		expect(normalizeVariants('문재인', only('accents'))).toEqual(['문재인']);
	});

	it('leaves non-Latin combining marks alone', () => {
		// Devanagari vowel signs are part of the word, not accents.
		expect(normalizeVariants('किताब', only('accents'))).toEqual(['किताब']);
	});
});

describe('findLeniencies', () => {
	it.each<[string, string, Leniency[] | undefined]>([
		['Seoul', 'Seoul', []],
		['seoul', 'Seoul', ['case']],
		['Three', 'three', ['case']],
		['THREE', '3', ['numbers']],
		['“the  Hague.”', 'Hague', ['quotes', 'punctuation', 'spacing', 'article']],
		['1998', '1999', undefined],
		['not Seoul', 'Seoul', undefined],
		['...', '!!!', undefined]
	])('%j vs %j', (input, target, expected) => {
		expect(findLeniencies(input, target)).toEqual(expected);
	});
});

describe('normalizeVariants with every leniency', () => {
	it('applies them all at once', () => {
		expect(normalizeVariants('  “The  Moon Jae-in,” ', new Set(LENIENCIES))).toEqual(['moon jae in', 'moon jaein']);
	});
});
