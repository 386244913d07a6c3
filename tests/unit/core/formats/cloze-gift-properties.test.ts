// @vitest-environment node
/**
 * Property tests for the cloze and GIFT readers, with crafted input: deep
 * nesting, huge counts, long tokens and unclosed markers. Every case must
 * finish (the generous timeouts fail a regression instead of hanging the run),
 * give a result or a one-line refusal, and never throw.
 */
import fc from 'fast-check';
import { CLOZE_BLANK } from '$lib/core/bank/kinds';
import { clozeCards, clozeRevealed, hasCloze, MAX_CLOZE_NUMBERS } from '$lib/core/formats/anki-cloze';
import { FormatError } from '$lib/core/formats/errors';
import { parseGift } from '$lib/core/formats/gift';
import { commentTags } from '$lib/core/formats/gift-scan';
import { formatText } from '$lib/core/formats/gift-text';
import { hasMarkup, htmlToText, imageSources } from '$lib/core/formats/html';
import { expectValid } from './helpers';

/** Generous: each case takes milliseconds when reading is linear, minutes when it is quadratic. */
const SLOW_MS = 120_000;
const RUNS = { numRuns: Number(process.env.FORMATS_RUNS) || 25 };

/** Text made of runs: each a token written up to `most` times, so counts and lengths get large. */
const runs = (tokens: string[], most: number) =>
	fc
		.array(fc.tuple(fc.constantFrom(...tokens), fc.integer({ min: 1, max: most })), { minLength: 1, maxLength: 6 })
		.map((parts) => parts.map(([t, n]) => t.repeat(n)).join(''));

/** A deletion nested `depth` deep, closed all the way, part of the way, or not at all. */
const nested = fc
	.tuple(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 0, max: 50_000 }), fc.constantFrom('{{c1::', '{{c2::', '{{c1::h::'))
	.map(([depth, closed, open]) => `${open.repeat(depth)}x${'}}'.repeat(Math.min(closed, depth))}`);

const CLOZE_TOKENS = ['{{c1::', '{{c2::', '{{c9999::', '}}', '::', '{{c', '{{', '}', ':', 'x', ' ', '<b>', '____'];
const clozeField = fc.oneof(runs(CLOZE_TOKENS, 20_000), nested, fc.string({ maxLength: 40, unit: fc.constantFrom(...CLOZE_TOKENS) }));

describe('cloze fields, crafted', () => {
	it(
		'give cards within the field or a one-line refusal, never an exception',
		() => {
			fc.assert(
				fc.property(clozeField, (text) => {
					const result = clozeCards(text);
					if (!Array.isArray(result)) {
						expect(result.refused).toMatch(/^[^\n]+; Factdeck (reads|makes) at most [\d,]+/);
						return;
					}
					expect(result.length).toBeLessThanOrEqual(MAX_CLOZE_NUMBERS);
					const numbers = result.map((c) => c.n);
					expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
					for (const card of result) {
						expect(card.prompt.length).toBeLessThanOrEqual(text.length);
						expect(card.answer.length).toBeLessThanOrEqual(text.length);
					}
					expect(clozeRevealed(text).length).toBeLessThanOrEqual(text.length);
				}),
				RUNS
			);
		},
		SLOW_MS
	);

	it(
		'hold a deletion exactly when hasCloze says so',
		() => {
			fc.assert(
				fc.property(clozeField, (text) => {
					const result = clozeCards(text);
					expect(!Array.isArray(result) || result.length > 0).toBe(hasCloze(text));
				}),
				RUNS
			);
		},
		SLOW_MS
	);

	it('hasCloze agrees with the regex it replaced, on short text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 30, unit: fc.constantFrom(...CLOZE_TOKENS) }), (text) => {
				expect(hasCloze(text)).toBe(/\{\{c\d{1,4}::[\s\S]*?\}\}/.test(text));
			}),
			{ numRuns: 2_000 }
		);
	});

	it(
		'find the blank of a cloze prompt in bounded time, whatever the underscores',
		() => {
			fc.assert(
				fc.property(runs(['_', '__', '__x', 'x', ' '], 200_000), (text) => {
					expect(CLOZE_BLANK.test(text)).toBe(text.includes('___'));
				}),
				RUNS
			);
		},
		SLOW_MS
	);
});

// prettier-ignore
const GIFT_TOKENS = ['~', '=', '#', '####', '{', '}', '\\', '::', '->', '[html]', '[markdown]', '**a ', '<b>', '<a', '[tag:', '// ', '\n', '\n\n', '1..', '%50%', 'x', ' ', '$CATEGORY:'];

describe('GIFT, crafted', () => {
	it(
		'gives a valid bank or its FormatError, never an exception, messages on one line',
		() => {
			fc.assert(
				fc.property(runs(GIFT_TOKENS, 20_000), (text) => {
					const result = parseGift(text);
					if (result.ok) {
						expectValid(result.bank);
						for (const u of result.unsupported ?? []) expect(u.message).not.toMatch(/\n/);
					} else {
						expect(result.error).toBeInstanceOf(FormatError);
						expect(result.error.problems.length).toBeGreaterThan(0);
					}
				}),
				RUNS
			);
		},
		SLOW_MS
	);

	it(
		'reads a question with any number of answers: the most in full, more refused',
		() => {
			fc.assert(
				fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('~', '=', '~%50%', '=a -> '), (n, marker) => {
					const result = parseGift(`Pick {${`${marker}w `.repeat(n)}}\n\nCapital? {=Seoul}`);
					if (!result.ok) return;
					expect(result.bank.questions.some((q) => q.answer === 'Seoul')).toBe(true);
					if (n > 200) expect(result.unsupported?.[0]).toMatchObject({ line: 1, kind: 'too many answers' });
				}),
				RUNS
			);
		},
		SLOW_MS
	);

	it('reads tags and bold as the regexes they replaced did, on short text', () => {
		const short = (tokens: string[]) => fc.string({ maxLength: 16, unit: fc.constantFrom(...tokens) });
		fc.assert(
			fc.property(short(['[tag:', ']', '\\', '\\]', 'a', ' ', '<', '\u0001', '[']), (line) => {
				expect(commentTags(line)).toEqual([...line.matchAll(/\[tag:((?:\\\]|[^\]<>\u0000-\u001f])+)\]/g)].map((m) => m[1]));
			}),
			{ numRuns: 2_000 }
		);
		fc.assert(
			fc.property(short(['**', '*', ' ', 'a', '\n']), (text) => {
				expect(formatText(text, 'markdown')).toBe(text.replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1').replace(/(^|[^*\w])\*(?=\S)([^*]*?\S)\*/g, '$1$2'));
			}),
			{ numRuns: 2_000 }
		);
	});
});

const HTML_TOKENS = ['<', '>', '/', 'a', 'img', 'IMG', 'br', ' ', '"', "'", '=', 'src', '-', '_', '&amp;', '<!--', '-->', '\n', 'x.png'];

describe('HTML of imported fields, crafted', () => {
	it('finds tags and images as the regexes they replaced did, on short text', () => {
		const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;
		const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
		fc.assert(
			fc.property(fc.string({ maxLength: 18, unit: fc.constantFrom(...HTML_TOKENS) }), (html) => {
				TAG.lastIndex = 0;
				expect(hasMarkup(html)).toBe(TAG.test(html) || /&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(html));
				expect(imageSources(html)).toEqual([...html.matchAll(IMG_SRC)].map((m) => (m[1] ?? m[2] ?? m[3]).replace(/&amp;/g, '&')));
				const tagless = html
					.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
					.replace(/<img\b[^>]*>/gi, '')
					.replace(TAG, '');
				if (!/<img/i.test(html)) expect(htmlToText(html).replace(/\s/g, '')).toBe(tagless.replace(/&amp;/g, '&').replace(/\s/g, ''));
			}),
			{ numRuns: 2_000 }
		);
	});

	it(
		'reads tags that are never closed, and quotes that never end, in bounded time',
		() => {
			fc.assert(
				fc.property(runs(['<a', '<img ', '<a "', "<b '", '<img src=x ', '>', '"', 'x'], 50_000), (html) => {
					expect(typeof htmlToText(html)).toBe('string');
					expect(imageSources(html).length).toBeLessThanOrEqual(html.length);
				}),
				RUNS
			);
		},
		SLOW_MS
	);
});
