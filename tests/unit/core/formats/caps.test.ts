/** The bank-wide caps every parser shares: questions per bank and characters per field. */
import { BankCollector, MAX_FIELD_CHARS, MAX_QUESTIONS_PER_BANK } from '$lib/core/formats/build';
import { parseAiken } from '$lib/core/formats/aiken';
import { parseCsv } from '$lib/core/formats/csv';
import { parseGift } from '$lib/core/formats/gift';
import { emitJson, parseJson } from '$lib/core/formats/json';
import { everyTypeBank, failed, ok } from './helpers';

const OVER = MAX_QUESTIONS_PER_BANK + 1;
const longText = 'x'.repeat(MAX_FIELD_CHARS + 1);

describe('questions per bank', () => {
	it('refuses a bank over the cap with the count the file holds', () => {
		const out = new BankCollector('gift');
		for (let i = 0; i < OVER + 9; i++) out.add({ type: 'flashcard', prompt: `Q${i}`, answer: 'A' });
		expect(out.full).toBe(true);
		// Past the cap, questions are counted and not kept.
		expect(out.count).toBe(MAX_QUESTIONS_PER_BANK);
		expect(failed(out.finish({ title: 't' })).message).toBe('the file holds 250,010 questions; Factdeck reads at most 250,000 per bank');
	});

	it('keeps a bank of exactly the cap', () => {
		const out = new BankCollector('csv');
		for (let i = 0; i < MAX_QUESTIONS_PER_BANK; i++) out.add({ type: 'flashcard', prompt: `Q${i}`, answer: 'A' });
		expect(out.full).toBe(false);
	});

	it('CSV stops reading at the cap: damage after it is never reached', () => {
		const rows = Array.from({ length: OVER }, (_, i) => `Q${i},A`).join('\n');
		// An unclosed quote at the very end fails any reader that goes that far.
		const e = failed(parseCsv(`front,back\n${rows}\n"never closed,x\n`));
		expect(e.message).toBe('the file holds more than 250,000 questions; Factdeck reads at most 250,000 per bank');
	}, 60_000);

	it('JSON refuses a bank over the cap', () => {
		const bank = everyTypeBank();
		const q = bank.questions[0];
		const questions = Array.from({ length: OVER }, (_, i) => ({ ...q, id: `q${i}`, fact: `f${i}` }));
		const e = failed(parseJson(JSON.stringify({ ...bank, questions })));
		expect(e.message).toBe('the file holds 250,001 questions; Factdeck reads at most 250,000 per bank');
	}, 60_000);
});

describe('characters per field', () => {
	const refusal = `a field of this question holds 100,001 characters; Factdeck reads at most 100,000 per field`;

	it('CSV leaves out the record with its line, and keeps the rest', () => {
		const r = ok(parseCsv(`front,back\nshort,fine\n${longText},back\nfront,${longText}\n`));
		expect(r.bank.questions.map((q) => q.prompt)).toEqual(['short']);
		expect(r.unsupported).toEqual([
			{ line: 3, kind: 'too long', message: refusal },
			{ line: 4, kind: 'too long', message: refusal }
		]);
	});

	it('a field of exactly the cap is kept', () => {
		const r = ok(parseCsv(`front,back\n${'y'.repeat(MAX_FIELD_CHARS)},back\n`));
		expect(r.bank.questions).toHaveLength(1);
	});

	it('GIFT and Aiken go through the same cap', () => {
		expect(ok(parseGift(`::t:: ${longText} {=yes ~no}\n\nShort? {=yes ~no}\n`)).unsupported?.[0].message).toBe(refusal);
		expect(ok(parseAiken(`Q?\nA. ${longText}\nB. no\nANSWER: A\n\nOk?\nA. yes\nB. no\nANSWER: A\n`)).unsupported?.[0].message).toBe(refusal);
	});

	it('JSON leaves out the question with its number', () => {
		const bank = everyTypeBank();
		bank.questions[1] = { ...bank.questions[1], explanation: longText };
		const r = ok(parseJson(emitJson(bank)));
		expect(r.bank.questions).toHaveLength(everyTypeBank().questions.length - 1);
		expect(r.unsupported).toEqual([{ record: 2, kind: 'too long', message: refusal }]);
	});
});
