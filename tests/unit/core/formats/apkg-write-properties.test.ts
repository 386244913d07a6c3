// @vitest-environment node
/**
 * Round trip bank → .apkg → bank for the types Anki has notes for
 * (flashcards, typed answers, fill in the blanks): whatever their text,
 * markup-like characters and cloze-like markers included, the importer gets
 * back the same prompt, answer, explanation and tags.
 */
import fc from 'fast-check';
import type { SqlJsStatic } from 'sql.js';
import { BANK_FORMAT, BANK_VERSION, type Bank, type Question } from '$lib/core/bank/schema';
import { parseApkg } from '$lib/core/formats/apkg';
import { writeApkg } from '$lib/core/formats/apkg-write';
import { loadSql } from './anki-builder';
import { ok } from './helpers';

let sql: SqlJsStatic;
beforeAll(async () => {
	sql = await loadSql();
});

const word = fc.stringMatching(/^[A-Za-z0-9&<>'"{}:;é-]{1,8}$/);
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const question = fc.record({
	type: fc.constantFrom('flashcard', 'short', 'cloze'),
	before: words,
	after: maybe(words),
	answer: words,
	explanation: maybe(words),
	tags: maybe(fc.array(fc.stringMatching(/^[a-z]{1,6}( [a-z]{1,6})?$/), { minLength: 1, maxLength: 3 }))
});

type Draft = typeof question extends fc.Arbitrary<infer T> ? T : never;

function toBank(drafts: Draft[]): Bank {
	const questions: Question[] = drafts.map((d, i) => {
		const prompt = d.type === 'cloze' ? `${d.before} ___${d.after ? ` ${d.after}` : ''}` : d.before;
		const q: Question = { id: `q${i}`, fact: `q${i}`, type: d.type, prompt, answer: d.answer };
		if (d.explanation) q.explanation = d.explanation;
		if (d.tags) q.tags = d.tags;
		return q;
	});
	return { format: BANK_FORMAT, version: BANK_VERSION, id: 'round-trip', title: 'Round trip', questions };
}

/** What the importer gives back for a question: Basic notes carry the explanation after the answer, a blank reads as four underscores. */
function expected(q: Question) {
	const tags = [...new Map((q.tags ?? []).map((t) => [t.replace(/ /g, '_').toLowerCase(), t.replace(/ /g, '_')])).values()];
	if (q.type === 'cloze') return { type: 'cloze', prompt: q.prompt.replace('___', '____'), answer: q.answer, explanation: q.explanation ?? '', tags };
	return { type: 'flashcard', prompt: q.prompt, answer: [q.answer, q.explanation].filter(Boolean).join('\n'), explanation: '', tags };
}

describe('bank → apkg → bank', () => {
	it('keeps the text, explanation and tags of flashcards, typed answers and fill in the blanks', () => {
		fc.assert(
			fc.property(fc.array(question, { minLength: 1, maxLength: 6 }), (drafts) => {
				const bank = toBank(drafts);
				const back = ok(parseApkg(writeApkg(bank, { sql, now: new Date(Date.UTC(2026, 0, 1)) }), { sql }));
				const got = back.bank.questions.map((q) => ({
					type: q.type,
					prompt: q.prompt,
					answer: q.answer,
					explanation: q.explanation ?? '',
					tags: q.tags ?? []
				}));
				expect(got).toEqual(bank.questions.map(expected));
			}),
			{ numRuns: 60 }
		);
	});
});
