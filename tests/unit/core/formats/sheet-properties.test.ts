import fc from 'fast-check';
import { BankCollector, type Draft } from '$lib/core/formats/build';
import { emitBankBytes } from '$lib/core/formats/emit-bytes';
import { allOrNothingWeights } from '$lib/core/formats/sheet-choices';
import { sheetLeftOut, type SheetTemplate } from '$lib/core/formats/sheet-fit';
import { multiAnswerText } from '$lib/core/bank/derived-answer';
import type { Bank } from '$lib/core/bank/schema';
import { ok } from './helpers';
import { readSheet, XLSX } from './sheet-helpers';

/** Cell text: trimmed, with XML's special characters, accents and inner spaces. */
const text = (max: number) =>
	fc
		.stringMatching(new RegExp(`^[A-Za-z0-9À-ÿ?!.,'"&<>%$ -]{1,${max}}$`))
		.map((s) => s.trim())
		.filter((s) => s !== '' && !/^(true|false)$/i.test(s) && !/_{3}/.test(s));

/** 2..max choices, different however written. */
const choices = (max: number, length: number) => fc.uniqueArray(text(length), { minLength: 2, maxLength: max, selector: (s) => s.toLowerCase() });

const mcq = (max: number, length: number) =>
	choices(max, length).chain((cs) => fc.nat(cs.length - 1).map((i): Draft => ({ type: 'mcq', prompt: '', answer: cs[i], choices: cs })));

/** Several right choices with the weights the reader gives them; Quizizz's Checkbox carries one right choice too. */
const multi = (max: number, length: number, least: number) =>
	choices(max, length).chain((cs) =>
		fc.uniqueArray(fc.nat(cs.length - 1), { minLength: least, maxLength: cs.length }).map((right): Draft => {
			const weights = allOrNothingWeights(cs.length, right);
			return { type: 'multi', prompt: '', answer: multiAnswerText(cs, weights), choices: cs, weights };
		})
	);

const truefalse = fc.boolean().map((answer): Draft => ({ type: 'truefalse', prompt: '', answer }));

const typed = fc
	.tuple(fc.uniqueArray(text(30), { minLength: 1, maxLength: 5, selector: (s) => s.toLowerCase() }), fc.boolean())
	.map(([[answer, ...accept], cloze]): Draft => ({
		type: cloze ? 'cloze' : 'short',
		prompt: cloze ? ' ____ ' : '',
		answer,
		accept
	}));

/** A bank of questions, each a prompt and a body from `kinds`, through the same collector a reader uses. */
function bankOf(kinds: fc.Arbitrary<Draft>, promptLength: number, explained: boolean): fc.Arbitrary<Bank> {
	const question = fc.tuple(text(promptLength), kinds, explained ? fc.option(text(60), { nil: undefined }) : fc.constant(undefined));
	return fc.tuple(text(40), fc.array(question, { minLength: 1, maxLength: 8 })).map(([title, qs]) => {
		const out = new BankCollector('json');
		for (const [prompt, draft, explanation] of qs) out.add({ ...draft, prompt: `${prompt}${draft.prompt}`.trim(), explanation });
		const result = out.finish({ title });
		if (!result.ok) throw result.error;
		return result.bank;
	});
}

/** Every bank `banks` makes fits `template` whole and comes back from its sheet equal, title included. */
function holdsRoundTrip(banks: fc.Arbitrary<Bank>, template: SheetTemplate): void {
	fc.assert(
		fc.property(banks, (bank) => {
			expect(sheetLeftOut(bank, template)).toEqual([]);
			const bytes = emitBankBytes('xlsx', bank, { xlsx: XLSX, template });
			const back = ok(readSheet(bytes, 'other-name.xlsx')).bank;
			expect(back.title).toBe(bank.title);
			expect(back.questions).toEqual(bank.questions);
		}),
		{ numRuns: 60 }
	);
}

describe('bank → sheet → bank keeps every question the template carries', () => {
	it('Kahoot: multiple choice, true or false and choose all that apply within its limits', () => {
		holdsRoundTrip(bankOf(fc.oneof(mcq(4, 75), multi(4, 75, 2), truefalse), 120, false), 'kahoot');
	});

	it('Quizizz: those, typed answers and fill in the blanks, with explanations', () => {
		holdsRoundTrip(bankOf(fc.oneof(mcq(5, 100), multi(5, 100, 1), truefalse, typed), 200, true), 'quizizz');
	});
});
