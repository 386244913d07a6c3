import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { QUESTION_TYPES } from '$lib/core/bank/schema';
import type { Bank } from '$lib/core/bank/schema';
import { parseBankJson } from '$lib/core/bank/validate';
import { questionId, slugify } from '$lib/core/bank/ids';

// A plain path: under jsdom the global URL is not the one node:url expects.
const QUESTIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../questions');
const bankFiles = readdirSync(QUESTIONS_DIR).filter((name) => name.endsWith('.json'));
const read = (name: string) => readFileSync(join(QUESTIONS_DIR, name), 'utf8');

function loadBank(name: string): Bank {
	const result = parseBankJson(read(name));
	if (!result.ok) throw new Error(`${name}:\n${result.problems.join('\n')}`);
	return result.bank;
}

describe('shipped banks', () => {
	it('includes the seed bank', () => {
		expect(bankFiles).toContain('korea-diplomacy-2021.json');
	});

	it.each(bankFiles)('%s validates', (name) => {
		expect(() => loadBank(name)).not.toThrow();
	});

	it.each(bankFiles)('%s is pretty-printed with 2 spaces and a final newline, so it diffs cleanly', (name) => {
		const text = read(name);
		expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
	});

	it.each(bankFiles)('%s gives every question the id derived from its content', (name) => {
		for (const q of loadBank(name).questions) expect(q.id).toBe(questionId(q));
	});
});

describe('the seed bank', () => {
	const bank = loadBank('korea-diplomacy-2021.json');
	const article = read('article-korea-diplomacy-2021.txt');
	const factsOf = (qs: Bank['questions']) => new Set(qs.map((q) => q.fact));

	it('carries the article byte for byte, with its publication details', () => {
		expect(bank.source?.text).toBe(article);
		expect(bank.source?.publisher).toBe('The Diplomat');
		expect(bank.source?.published).toBe('2021-02-03');
		expect(bank.id).toBe('korea-diplomacy-2021');
	});

	it('has at least 40 questions over at least 25 facts', () => {
		expect(bank.questions.length).toBeGreaterThanOrEqual(40);
		expect(factsOf(bank.questions).size).toBeGreaterThanOrEqual(25);
	});

	// The types an article's facts are asked in; choose all that apply, matching and numbers come from quiz files.
	it('uses the five question types made from an article', () => {
		expect(new Set(bank.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES.slice(0, 5)));
	});

	it('asks several facts in more than one format', () => {
		const typesPerFact = new Map<string, Set<string>>();
		for (const q of bank.questions) typesPerFact.set(q.fact, (typesPerFact.get(q.fact) ?? new Set()).add(q.type));
		const multi = [...typesPerFact.values()].filter((types) => types.size >= 2);
		expect(multi.length).toBeGreaterThanOrEqual(10);
		expect([...typesPerFact.values()].some((types) => types.size >= 3)).toBe(true);
	});

	it('has readable slug fact keys', () => {
		for (const fact of factsOf(bank.questions)) expect(slugify(fact)).toBe(fact);
	});

	it('points every question at its exact sentence in the article', () => {
		for (const q of bank.questions) {
			expect(q.source, q.id).toBeDefined();
			const { text, start, end } = q.source!;
			expect(article.slice(start, end), q.id).toBe(text);
			expect(text, q.id).not.toMatch(/\n/);
		}
	});

	it('gives every mcq four distinct choices including the answer', () => {
		const mcqs = bank.questions.filter((q) => q.type === 'mcq');
		expect(mcqs.length).toBeGreaterThan(0);
		for (const q of mcqs) {
			expect(q.choices, q.id).toHaveLength(4);
			expect(q.choices, q.id).toContain(q.answer);
			expect(new Set(q.choices!.map((c) => c.toLowerCase())).size, q.id).toBe(4);
		}
	});

	it('has true and false statements, none made false by inserting "not"', () => {
		const tf = bank.questions.filter((q) => q.type === 'truefalse');
		expect(tf.some((q) => q.answer === true)).toBe(true);
		expect(tf.some((q) => q.answer === false)).toBe(true);
		for (const q of tf.filter((q) => q.answer === false)) expect(q.prompt, q.id).not.toMatch(/\bnot\b|n't\b/);
	});

	it('gives every cloze a blank and every short answer some alternatives or a one-word answer', () => {
		for (const q of bank.questions.filter((q) => q.type === 'cloze')) expect(q.prompt, q.id).toMatch(/_{3,}/);
		for (const q of bank.questions.filter((q) => q.type === 'short')) {
			expect((q.accept?.length ?? 0) > 0 || !/\s/.test(String(q.answer)), q.id).toBe(true);
		}
	});
});
