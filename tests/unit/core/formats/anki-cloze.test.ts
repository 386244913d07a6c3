// @vitest-environment node
import { ClozeBudget, clozeCards, clozeRevealed, hasCloze, MAX_CLOZE_DEPTH, MAX_CLOZE_FIELD_OUTPUT, MAX_CLOZE_NUMBERS } from '$lib/core/formats/anki-cloze';
import { parseApkg } from '$lib/core/formats/apkg';
import { parseCsv } from '$lib/core/formats/csv';
import { legacyPackage, loadSql, NOTETYPES } from './anki-builder';
import { ok } from './helpers';

describe('cloze deletions', () => {
	it('makes one card per cloze number, other deletions shown as their text', () => {
		expect(clozeCards('{{c1::Seoul}} is the capital of {{c2::South Korea}}.')).toEqual([
			{ n: 1, prompt: '____ is the capital of South Korea.', answer: 'Seoul' },
			{ n: 2, prompt: 'Seoul is the capital of ____.', answer: 'South Korea' }
		]);
	});

	it('shows a hint next to the blank and joins repeated numbers', () => {
		expect(clozeCards('{{c1::Han::river}} and {{c1::Imjin}}')).toEqual([{ n: 1, prompt: '____ (river) and ____', answer: 'Han, Imjin' }]);
	});

	it('handles nested deletions', () => {
		const cards = clozeCards('{{c1::The {{c2::Han}} river}} flows west.');
		expect(cards).toEqual([
			{ n: 1, prompt: '____ flows west.', answer: 'The Han river' },
			{ n: 2, prompt: 'The ____ river flows west.', answer: 'Han' }
		]);
	});

	it('keeps an unclosed deletion as literal text', () => {
		expect(clozeCards('{{c1::open and {{c2::closed}}')).toEqual([{ n: 2, prompt: '{{c1::open and ____', answer: 'closed' }]);
		expect(hasCloze('{{c1::open')).toBe(false);
	});

	it('reveals every deletion for the back', () => {
		expect(clozeRevealed('{{c1::a::hint}} {{c2::b}}')).toBe('a b');
	});
});

describe('cloze caps and crafted fields', () => {
	/** Generous limit: a regression fails here instead of hanging the run. */
	const SLOW_MS = 60_000;
	const refusal = (result: ReturnType<typeof clozeCards>) => (Array.isArray(result) ? undefined : result.refused);

	it('reads the text of an unclosed deletion back in the order it was written', () => {
		expect(clozeCards('{{c1::a::h {{c2::b}} x')).toEqual([{ n: 2, prompt: '{{c1::a::h ____ x', answer: 'b' }]);
	});

	it(
		'refuses a field of 9,999 deletions and 100 KB of text, from its count alone',
		() => {
			const field = Array.from({ length: 9_999 }, (_, i) => `{{c${i + 1}::w}}`).join(' ') + ' filler'.repeat(100_000 / 7);
			expect(refusal(clozeCards(field))).toBe('a cloze field holds 9,999 deletions; Factdeck reads at most 5,000 per field');
		},
		SLOW_MS
	);

	it('refuses more cloze numbers than Anki makes cards, and reads exactly the most', () => {
		const numbered = (n: number) => Array.from({ length: n }, (_, i) => `{{c${i + 1}::w}}`).join(' ');
		expect(clozeCards(numbered(MAX_CLOZE_NUMBERS))).toHaveLength(500);
		expect(refusal(clozeCards(numbered(MAX_CLOZE_NUMBERS + 1)))).toBe(
			'a cloze field has 501 cloze numbers; Factdeck reads at most 500 per field, the most cards Anki makes from a note'
		);
	});

	it('refuses a field whose cards would pass the characters one field may make', () => {
		const field = Array.from({ length: 200 }, (_, i) => `{{c${i + 1}::w}}`).join(' ') + 'x'.repeat(60_000);
		const size = (200 * field.length).toLocaleString('en-US');
		expect(refusal(clozeCards(field))).toBe(
			`a cloze field of ${field.length.toLocaleString('en-US')} characters with 200 cloze numbers would make ${size} characters of cards; Factdeck makes at most ${MAX_CLOZE_FIELD_OUTPUT.toLocaleString('en-US')} from one field`
		);
	});

	it('shares one budget across the fields of a file', () => {
		const field = '{{c1::a}} {{c2::b}} and some text';
		const budget = new ClozeBudget(2 * field.length + 9);
		expect(clozeCards(field, budget)).toHaveLength(2);
		expect(refusal(clozeCards(field, budget))).toBe(
			`the cloze fields of this file would make more than ${2 * field.length + 9} characters of cards, the most Factdeck makes from one file`
		);
		expect(clozeCards('{{c1::a}}', budget)).toHaveLength(1);
	});

	it(
		'reads {{c1:: written 100,000 times as text, without hanging',
		() => {
			const field = '{{c1::'.repeat(100_000);
			expect(hasCloze(field)).toBe(false);
			expect(clozeCards(field)).toEqual([]);
			expect(clozeRevealed(field)).toBe(field);
			// One closing marker closes the last opening only; the others stay text around its blank.
			expect(clozeCards(`${field}x}}`)).toEqual([{ n: 1, prompt: `${'{{c1::'.repeat(99_999)}____`, answer: 'x' }]);
		},
		SLOW_MS
	);

	it(
		'refuses a cloze nested 100,000 deep without overflowing the stack, and reads 32 levels',
		() => {
			const nested = (depth: number) => `${'{{c1::'.repeat(depth)}x${'}}'.repeat(depth)}`;
			expect(refusal(clozeCards(nested(100_000)))).toBe('a cloze field nests deletions 100,000 deep; Factdeck reads at most 32 levels');
			expect(clozeRevealed(nested(100_000))).toBe('x');
			expect(clozeCards(nested(MAX_CLOZE_DEPTH))).toEqual([{ n: 1, prompt: '____', answer: 'x' }]);
			expect(refusal(clozeCards(nested(MAX_CLOZE_DEPTH + 1)))).toMatch(/nests deletions 33 deep/);
		},
		SLOW_MS
	);

	it('counts only closed deletions towards the depth', () => {
		const field = `${'{{c2::'.repeat(1_000)}{{c1::x}}`;
		expect(clozeCards(field)).toEqual([{ n: 1, prompt: `${'{{c2::'.repeat(1_000)}____`, answer: 'x' }]);
	});

	it(
		'refuses the same shapes in a CSV file by line, importing the other records',
		() => {
			const wide = Array.from({ length: 9_999 }, (_, i) => `{{c${i + 1}::w}}`).join(' ');
			const csv = `Front,Back\n"${wide}",x\n"{{c1::Seoul}} is the capital",\n"${'{{c1::'.repeat(50)}x${'}}'.repeat(50)}",\n`;
			const r = ok(parseCsv(csv));
			expect(r.bank.questions.map((q) => q.prompt)).toEqual(['____ is the capital']);
			expect(r.unsupported).toEqual([
				{ line: 2, kind: 'cloze', message: 'a cloze field holds 9,999 deletions; Factdeck reads at most 5,000 per field' },
				{ line: 4, kind: 'cloze', message: 'a cloze field nests deletions 50 deep; Factdeck reads at most 32 levels' }
			]);
		},
		SLOW_MS
	);

	it(
		'refuses the same shapes in an Anki package by note, importing the other notes',
		async () => {
			const cloze = NOTETYPES.cloze;
			const wide = Array.from({ length: 9_999 }, (_, i) => `{{c${i + 1}::w}}`).join(' ') + ' filler'.repeat(100_000 / 7);
			const notes = [wide, '{{c1::Seoul}} is the capital', '{{c1::'.repeat(100_000)].map((text, i) => ({ id: i + 1, mid: cloze.id, fields: [text, ''] }));
			const r = ok(parseApkg(await legacyPackage({ notetypes: [cloze], notes }), { sql: await loadSql() }));
			expect(r.bank.questions.map((q) => q.prompt)).toEqual(['____ is the capital']);
			expect(r.unsupported).toEqual([
				{ record: 1, kind: 'cloze', message: 'note 1 (Cloze): a cloze field holds 9,999 deletions; Factdeck reads at most 5,000 per field' },
				{ record: 3, kind: 'cloze', message: 'note 3 (Cloze): a cloze note without any {{c1::…}} deletion' }
			]);
		},
		SLOW_MS
	);
});
