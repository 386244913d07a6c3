// @vitest-environment node
/**
 * Property tests: every parser, fed random and mutated input, returns a
 * valid bank or its typed FormatError and never throws anything else; and
 * banks survive the round trips through CSV and GIFT.
 */
import fc from 'fast-check';
import type { SqlJsStatic } from 'sql.js';
import type { Bank, Question } from '$lib/core/bank/schema';
import { questionId } from '$lib/core/bank/ids';
import { matchingAnswerText, multiAnswerText } from '$lib/core/bank/derived-answer';
import { parseAiken, emitAiken } from '$lib/core/formats/aiken';
import { parseApkg } from '$lib/core/formats/apkg';
import { emitBackup, parseBackup } from '$lib/core/formats/backup';
import { emitCsv, parseCsv } from '$lib/core/formats/csv';
import { FormatError, type ParseResult } from '$lib/core/formats/errors';
import { emitGift, parseGift } from '$lib/core/formats/gift';
import { emitJson, parseJson } from '$lib/core/formats/json';
import { emitMoodleXml, parseMoodleXml } from '$lib/core/formats/moodle-xml';
import { defaultName } from '$lib/core/formats/moodle-xml-text';
import { loadSql } from './anki-builder';
import { carried, everyTypeBank, expectValid, fixture, fixtureText } from './helpers';
import { moodleGrade, moodleWeights } from '$lib/core/formats/moodle-grades';

let sql: SqlJsStatic;
beforeAll(async () => {
	sql = await loadSql();
});

// FORMATS_RUNS raises the number of cases for a longer local hunt.
const RUNS = { numRuns: Number(process.env.FORMATS_RUNS) || 150 };

/** The contract: a valid bank, or a FormatError with at least one problem. */
function holdsContract(result: ParseResult): void {
	if (result.ok) expectValid(result.bank);
	else {
		expect(result.error).toBeInstanceOf(FormatError);
		expect(result.error.problems.length).toBeGreaterThan(0);
	}
}

/** Random edits (insert, delete, replace) applied to a text. */
const edits = fc.array(
	fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.string({ maxLength: 4, unit: fc.constantFrom(...'{}=~#:\\"\t,;|\n\r%-> ABZ.)_[]') })),
	{ minLength: 1, maxLength: 8 }
);

function mutate(text: string, ops: [number, string, string][]): string {
	let out = text;
	for (const [at, op, s] of ops) {
		const i = out.length ? at % out.length : 0;
		out =
			op === 'insert'
				? out.slice(0, i) + s + out.slice(i)
				: op === 'delete'
					? out.slice(0, i) + out.slice(i + 1 + s.length)
					: out.slice(0, i) + s + out.slice(i + s.length);
	}
	return out;
}

/** Random byte edits, and sometimes a truncation. */
const byteEdits = fc.record({
	flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
	cut: fc.option(fc.nat())
});

function mutateBytes(bytes: Uint8Array, { flips, cut }: { flips: [number, number][]; cut: number | null }): Uint8Array {
	const out = bytes.slice();
	for (const [at, value] of flips) out[at % out.length] = value;
	return cut === null ? out : out.subarray(0, cut % out.length);
}

const noisy = fc.string({
	maxLength: 300,
	unit: fc.oneof(fc.constantFrom(...'{}=~#:\\"\t,;|\n\r%-> ABZ.)_[]$'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }))
});

describe('parsers never throw: random input gives a bank or a FormatError', { timeout: 120_000 }, () => {
	const base = everyTypeBank();
	const textParsers: [string, (s: string) => ParseResult, string][] = [
		['parseCsv', (s) => parseCsv(s), emitCsv(base)],
		['parseGift', (s) => parseGift(s), emitGift(base)],
		['parseAiken', (s) => parseAiken(s), emitAiken(base)],
		['parseJson', (s) => parseJson(s), emitJson(base)],
		['parseMoodleXml', (s) => parseMoodleXml(s), emitMoodleXml(base)]
	];

	it.each(textParsers)('%s on random text', (_name, parse) => {
		fc.assert(
			fc.property(noisy, (text) => holdsContract(parse(text))),
			RUNS
		);
	});

	it.each(textParsers)('%s on mutated valid files', (_name, parse, valid) => {
		fc.assert(
			fc.property(edits, (ops) => holdsContract(parse(mutate(valid, ops)))),
			RUNS
		);
	});

	it('parseGift on the mutated Moodle examples', () => {
		const text = fixtureText('shared/gift/moodle-examples.gift');
		fc.assert(
			fc.property(edits, (ops) => holdsContract(parseGift(mutate(text, ops)))),
			RUNS
		);
	});

	it('text parsers on random bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
				for (const parse of [parseCsv, parseGift, parseAiken, parseJson]) holdsContract(parse(bytes));
			}),
			RUNS
		);
	});

	it('parseBackup on mutated backups', () => {
		const text = emitBackup({
			format: 'factdeck.backup',
			version: 1,
			exportedAt: new Date('2024-01-02T03:04:05Z'),
			banks: [base],
			cards: [],
			reviews: [],
			attempts: [],
			settings: { a: 1 }
		});
		fc.assert(
			fc.property(edits, (ops) => {
				const r = parseBackup(mutate(text, ops));
				if (!r.ok) expect(r.error).toBeInstanceOf(FormatError);
			}),
			RUNS
		);
	});

	it('parseBackup on arbitrary JSON', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const r = parseBackup(JSON.stringify(value) ?? 'null');
				if (!r.ok) expect(r.error).toBeInstanceOf(FormatError);
			}),
			RUNS
		);
	});

	it('parseApkg on random bytes and on mutated packages', () => {
		const packages = ['update1.apkg', 'zhongwen-anki21b.apkg'].map((n) => fixture(`shared/apkg/${n}`));
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => holdsContract(parseApkg(bytes, { sql }))),
			{ numRuns: 100 }
		);
		fc.assert(
			fc.property(fc.constantFrom(...packages), byteEdits, (bytes, e) => holdsContract(parseApkg(mutateBytes(bytes, e), { sql }))),
			{ numRuns: 150 }
		);
	});
});

/** Text that survives every text format: no line breaks, trimmed, no GIFT matching arrow, no blank underscores. */
const word = fc
	.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'abcXYZ019 ~=#{}:\\"\',;|%[]$/-.?!é') })
	.map((s) => s.trim())
	.filter((s) => s.length > 0 && !s.includes('->'));
const plainTag = fc
	.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom(...'abcxyz19 -') })
	.map((s) => s.trim())
	.filter(Boolean);

const questionArb: fc.Arbitrary<Omit<Question, 'id' | 'fact'>> = fc.oneof(
	fc.record({ type: fc.constant('flashcard' as const), prompt: word, answer: word }),
	fc.record({
		type: fc.constant('short' as const),
		prompt: word,
		answer: word,
		accept: fc.uniqueArray(word, { maxLength: 3 }),
		explanation: fc.option(word, { nil: undefined })
	}),
	fc.record({
		type: fc.constant('cloze' as const),
		prompt: fc.tuple(word, word).map(([a, b]) => `${a} ____ ${b}`),
		answer: word,
		explanation: fc.option(word, { nil: undefined })
	}),
	fc.record({ type: fc.constant('truefalse' as const), prompt: word, answer: fc.boolean(), explanation: fc.option(word, { nil: undefined }) }),
	fc.uniqueArray(word, { minLength: 2, maxLength: 5, selector: (w) => w.toLowerCase() }).chain((choices) =>
		fc.record({
			type: fc.constant('mcq' as const),
			prompt: word,
			answer: fc.constantFrom(...choices),
			choices: fc.constant(choices),
			explanation: fc.option(word, { nil: undefined })
		})
	)
);

/** Weights of the right choices, adding up to 100 as Moodle requires: whole numbers, or thirds written to 5 decimals. */
const rightWeights = (k: number): fc.Arbitrary<number[]> =>
	k === 1
		? fc.constant([100])
		: k === 3
			? fc.constantFrom([33.33333, 33.33333, 33.33334], [50, 25, 25])
			: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: k, maxLength: k }).map((xs) => {
					const total = xs.reduce((a, b) => a + b, 0);
					const ws = xs.map((x) => Math.floor((x * 100) / total));
					ws[k - 1] += 100 - ws.reduce((a, b) => a + b, 0);
					return ws;
				});
const penalty = fc.constantFrom(0, -50, -100, -33.33333);

const multiArb = fc.uniqueArray(word, { minLength: 2, maxLength: 5, selector: (w) => w.toLowerCase() }).chain((choices) =>
	fc.uniqueArray(fc.nat({ max: choices.length - 1 }), { minLength: 1, maxLength: choices.length }).chain((right) =>
		fc.tuple(rightWeights(right.length), fc.array(penalty, { minLength: choices.length, maxLength: choices.length })).map(([rw, pen]) => {
			const weights = choices.map((_, i) => (right.includes(i) ? rw[right.indexOf(i)] : pen[i]));
			return { type: 'multi' as const, choices, weights, answer: multiAnswerText(choices, weights) };
		})
	)
);

const weightedMcqArb = fc.uniqueArray(word, { minLength: 2, maxLength: 5, selector: (w) => w.toLowerCase() }).chain((choices) =>
	fc
		.tuple(fc.nat({ max: choices.length - 1 }), fc.array(fc.constantFrom(0, 50, 25, -50, 33.33333), { minLength: choices.length, maxLength: choices.length }))
		.filter(([at, ws]) => ws.some((w, i) => i !== at && w !== 0))
		.map(([at, ws]) => ({
			type: 'mcq' as const,
			choices,
			answer: choices[at],
			weights: ws.map((w, i) => (i === at ? 100 : w))
		}))
);

const matchingArb = fc
	.tuple(fc.uniqueArray(word, { minLength: 2, maxLength: 4 }), fc.array(word, { minLength: 4, maxLength: 4 }), fc.array(word, { maxLength: 2 }))
	.map(([lefts, rights, extra]) => {
		const pairs = [...lefts.map((left, i) => ({ left, right: rights[i] })), ...extra.map((right) => ({ left: '', right }))];
		return { type: 'matching' as const, pairs, answer: matchingAnswerText(pairs) };
	});

const numberArb = fc.record({
	value: fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
	tolerance: fc.constantFrom(0, 0.5, 2, 0.0005),
	credit: fc.constantFrom(100, 50, 25, 0)
});
const numericalArb = fc.tuple(numberArb, fc.array(numberArb, { maxLength: 2 })).map(([first, rest]) => {
	const numbers = [{ ...first, credit: 100 }, ...rest];
	return { type: 'numerical' as const, numbers, answer: String(numbers[0].value) };
});

/** The types whose key is more than one answer, with a prompt, an explanation and sometimes a name. */
const keyedArb: fc.Arbitrary<Omit<Question, 'id' | 'fact'>> = fc
	.tuple(fc.oneof(multiArb, weightedMcqArb, matchingArb, numericalArb), word, fc.option(word, { nil: undefined }), fc.option(word, { nil: undefined }))
	.map(([key, prompt, explanation, name]) => ({ ...key, prompt, explanation, name }));

/** Every kind of question, sometimes named. */
const namedArb: fc.Arbitrary<Omit<Question, 'id' | 'fact'>> = fc
	.tuple(fc.oneof(questionArb, keyedArb), fc.option(word, { nil: undefined }))
	.map(([q, name]) => ({ ...q, name: q.name ?? name }));

const bankArb: fc.Arbitrary<Bank> = fc.array(fc.tuple(namedArb, fc.uniqueArray(plainTag, { maxLength: 2 })), { minLength: 1, maxLength: 8 }).map((items) => {
	const seen = new Set<string>();
	const questions: Question[] = [];
	for (const [q, tags] of items) {
		const id = questionId(q);
		if (seen.has(id)) continue;
		seen.add(id);
		const clean = Object.fromEntries(
			Object.entries({ ...q, tags: tags.length ? tags : undefined }).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
		);
		questions.push({ id, fact: id, ...(clean as Omit<Question, 'id' | 'fact'>) });
	}
	return { format: 'factdeck.bank' as const, version: 1 as const, id: 'generated', title: 'Generated', questions };
});

/** A question as a file for Moodle writes it: its partial credit on the grades Moodle offers (see moodle-grades.ts). */
const onMoodleGrades = (q: Question): Question => {
	const weights = moodleWeights(q);
	const numbers = q.numbers?.map((n) => ({ ...n, credit: moodleGrade(n.credit) }));
	return { ...q, ...(weights && { weights }), ...(numbers && { numbers }) };
};

describe('round trips keep every question', { timeout: 120_000 }, () => {
	it('bank → Moodle XML → bank', () => {
		// A name that is only the start of the text is what the writer gives an unnamed question, so it reads back as none.
		const kept = (q: Question) => {
			const { name, ...rest } = carried(q);
			return name === undefined || name === defaultName(q.prompt) ? rest : { ...rest, name };
		};
		fc.assert(
			fc.property(bankArb, (bank) => {
				const r = parseMoodleXml(emitMoodleXml(bank));
				if (!r.ok) expect.fail(r.error.message);
				expect(r.bank.title).toBe(bank.title);
				expect(r.bank.questions.map(kept)).toEqual(bank.questions.map(onMoodleGrades).map(kept));
				expect(r.bank.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
			}),
			RUNS
		);
	});

	it('bank → CSV → bank', () => {
		fc.assert(
			fc.property(bankArb, (bank) => {
				const r = parseCsv(emitCsv(bank), { title: bank.title });
				if (!r.ok) expect.fail(r.error.message);
				expect(r.bank).toEqual(bank);
			}),
			RUNS
		);
	});

	it('bank → GIFT → bank', () => {
		fc.assert(
			fc.property(bankArb, (bank) => {
				const r = parseGift(emitGift(bank));
				if (!r.ok) expect.fail(r.error.message);
				expect(r.bank.title).toBe(bank.title);
				expect(r.bank.questions.map(carried)).toEqual(bank.questions.map(onMoodleGrades).map(carried));
				expect(r.bank.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
			}),
			RUNS
		);
	});

	it('GIFT → bank → GIFT → bank keeps every question equal', () => {
		fc.assert(
			fc.property(bankArb, (bank) => {
				const first = parseGift(emitGift(bank));
				if (!first.ok) return expect.fail(first.error.message);
				const second = parseGift(emitGift(first.bank));
				if (!second.ok) return expect.fail(second.error.message);
				expectValid(second.bank);
				expect(second.bank).toEqual(first.bank);
			}),
			RUNS
		);
	});
});
