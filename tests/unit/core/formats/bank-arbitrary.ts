/**
 * Random banks for round-trip property tests: `bankArb` holds the types every
 * text format carries; `richBankArb` adds choose all that apply, matching,
 * numbers, partial credit and names, for formats that carry those too.
 */
import fc from 'fast-check';
import { matchingAnswerText, multiAnswerText } from '$lib/core/bank/derived-answer';
import type { Bank, Question } from '$lib/core/bank/schema';
import { questionId } from '$lib/core/bank/ids';

type Draft = Omit<Question, 'id' | 'fact'>;

/** Text that survives every text format: no line breaks, trimmed, no GIFT matching arrow, no blank underscores. */
export const word = fc
	.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'abcXYZ019 ~=#{}:\\"\',;|%[]$/-.?!é') })
	.map((s) => s.trim())
	.filter((s) => s.length > 0 && !s.includes('->'));
const plainTag = fc
	.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom(...'abcxyz19 -') })
	.map((s) => s.trim())
	.filter(Boolean);

/** Distinct choices, compared as the validator compares them. */
const choiceList = fc.uniqueArray(word, { minLength: 2, maxLength: 5, selector: (w) => w.toLowerCase() });

/** The question types every text format carries. */
export const questionArb: fc.Arbitrary<Draft> = fc.oneof(
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
	choiceList.chain((choices) =>
		fc.record({
			type: fc.constant('mcq' as const),
			prompt: word,
			answer: fc.constantFrom(...choices),
			choices: fc.constant(choices),
			explanation: fc.option(word, { nil: undefined })
		})
	)
);

/**
 * A multiple choice question with partial credit: the answer 100, the others
 * below, one of them not 0 (weights of 100 and zeros say nothing more than
 * none, and a format may write them as none).
 */
const weightedMcq: fc.Arbitrary<Draft> = choiceList.chain((choices) =>
	fc
		.tuple(fc.nat(choices.length - 1), fc.array(fc.integer({ min: -100, max: 99 }), { minLength: choices.length, maxLength: choices.length }), word)
		.filter(([at, weights]) => weights.some((w, i) => i !== at && w !== 0))
		.map(([at, weights, prompt]) => ({ type: 'mcq' as const, prompt, answer: choices[at], choices, weights: weights.map((w, i) => (i === at ? 100 : w)) }))
);

/** Choose all that apply: 1 to all choices right, their weights adding up to 100, the others 0 or below. */
const multi: fc.Arbitrary<Draft> = choiceList.chain((choices) =>
	fc
		.tuple(
			fc.uniqueArray(fc.nat(choices.length - 1), { minLength: 1, maxLength: choices.length }),
			fc.array(fc.integer({ min: -100, max: 0 }), { minLength: choices.length, maxLength: choices.length }),
			word
		)
		.map(([right, wrong, prompt]) => {
			// Equal shares that add up to 100 exactly: the last right choice takes the remainder.
			const share = Math.floor(100 / right.length);
			const weights = choices.map((_, i) => (right.includes(i) ? (i === right[right.length - 1] ? 100 - share * (right.length - 1) : share) : wrong[i]));
			return { type: 'multi' as const, prompt, choices, weights, answer: multiAnswerText(choices, weights) };
		})
);

const matching: fc.Arbitrary<Draft> = fc
	.tuple(
		fc.uniqueArray(word, { minLength: 2, maxLength: 4, selector: (w) => w.toLowerCase() }),
		fc.array(word, { minLength: 4, maxLength: 4 }),
		fc.option(word, { nil: undefined }),
		word
	)
	.map(([lefts, rights, extra, prompt]) => {
		const pairs = [...lefts.map((left, i) => ({ left, right: rights[i] })), ...(extra ? [{ left: '', right: extra }] : [])];
		return { type: 'matching' as const, prompt, pairs, answer: matchingAnswerText(pairs) };
	});

const numerical: fc.Arbitrary<Draft> = fc
	.tuple(
		fc.array(
			fc.record({ value: fc.integer({ min: -10_000, max: 10_000 }), places: fc.nat(3), tolerance: fc.nat(50), credit: fc.integer({ min: 0, max: 99 }) }),
			{ maxLength: 3 }
		),
		fc.nat(3),
		word
	)
	.map(([others, at, prompt]) => {
		const numbers = others.map((n) => ({ value: n.value / 10 ** n.places, tolerance: n.tolerance / 10, credit: n.credit }));
		const full = { value: 42.5, tolerance: 0.5, credit: 100 };
		numbers.splice(Math.min(at, numbers.length), 0, full);
		return { type: 'numerical' as const, prompt, numbers, answer: String(full.value) };
	});

/** Every question type, with partial credit and names. */
export const richQuestionArb: fc.Arbitrary<Draft> = fc
	.tuple(
		fc.oneof(questionArb, weightedMcq, multi, matching, numerical),
		fc.option(
			word.map((w) => `Q: ${w}`),
			{ nil: undefined }
		)
	)
	.map(([q, name]) => (name ? { ...q, name } : q));

/** A bank of questions from `arb`, each with up to two tags; ids from content, repeated questions dropped. */
export function bankOf(arb: fc.Arbitrary<Draft>): fc.Arbitrary<Bank> {
	return fc.array(fc.tuple(arb, fc.uniqueArray(plainTag, { maxLength: 2 })), { minLength: 1, maxLength: 8 }).map((items) => {
		const seen = new Set<string>();
		const questions: Question[] = [];
		for (const [q, tags] of items) {
			const id = questionId(q);
			if (seen.has(id)) continue;
			seen.add(id);
			const clean = Object.fromEntries(
				Object.entries({ ...q, tags: tags.length ? tags : undefined }).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
			);
			questions.push({ id, fact: id, ...(clean as Draft) });
		}
		return { format: 'factdeck.bank' as const, version: 1 as const, id: 'generated', title: 'Generated', questions };
	});
}

/** Banks of the types every text format carries. */
export const bankArb: fc.Arbitrary<Bank> = bankOf(questionArb);

/** Banks of every type. */
export const richBankArb: fc.Arbitrary<Bank> = bankOf(richQuestionArb);
