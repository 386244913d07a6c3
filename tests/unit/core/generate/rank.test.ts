import { analyze } from '$lib/core/generate/extract/index';
import { rankQuestions } from '$lib/core/generate/rank';
import { scoreSentences } from '$lib/core/generate/score';
import type { Draft } from '$lib/core/generate/templates/index';
import { draftQuestions } from '$lib/core/generate/templates/index';
import { article, SEED } from './fixtures';

const a = analyze(article(SEED), '2021-02-03');
const drafts = draftQuestions(a, scoreSentences(a));

describe('rankQuestions', () => {
	const ranked = rankQuestions(drafts, a);

	it('lists every fact’s first question before any fact’s second, at most four a fact, never one type twice on one answer', () => {
		const seen = new Set<string>();
		let repeated = false;
		for (const q of ranked) {
			if (seen.has(q.fact)) repeated = true;
			else expect(repeated, `fact ${q.fact} is new after a second question`).toBe(false);
			seen.add(q.fact);
		}
		const perFact = new Map<string, string[]>();
		for (const q of ranked) perFact.set(q.fact, [...(perFact.get(q.fact) ?? []), `${q.type}:${String(q.answer)}`]);
		for (const list of perFact.values()) {
			expect(list.length).toBeLessThanOrEqual(4);
			expect(new Set(list).size).toBe(list.length);
		}
	});

	it('asks the top of the bank from distinct sentences, and not mostly “who said”', () => {
		const top = ranked.slice(0, 12);
		expect(new Set(top.map((q) => q.source?.start)).size).toBe(12);
		expect(top.filter((q) => /^Who said\b/.test(q.prompt)).length).toBeLessThanOrEqual(3);
	});

	it('varies the answers at the top: no answer twice, few bare years', () => {
		const top = ranked.slice(0, 12).map((q) => String(q.answer).toLowerCase());
		expect(new Set(top).size).toBe(top.length);
		expect(top.filter((a) => /^\d{4}$/.test(a)).length).toBeLessThanOrEqual(3);
	});

	it('puts a strong fact first', () => {
		const best = Math.max(...drafts.map((d) => d.score));
		const top = drafts.filter((d) => d.fact === ranked[0].fact);
		expect(Math.max(...top.map((d) => d.score))).toBeGreaterThanOrEqual(best * 0.6);
	});

	it('caps true/false at a fifth of the bank, and stops at max', () => {
		expect(ranked.filter((q) => q.type === 'truefalse').length).toBeLessThanOrEqual(Math.ceil(ranked.length * 0.2));
		const ten = rankQuestions(drafts, a, 10);
		expect(ten).toHaveLength(10);
		// A short bank keeps the full bank's order, passing over only a template beyond its share of the ten.
		const places = ten.map((q) => ranked.findIndex((r) => r.id === q.id));
		expect(places.every((p, i) => p >= 0 && (i === 0 || p > places[i - 1]))).toBe(true);
		expect(ten.filter((q) => /^Who said\b/.test(q.prompt)).length).toBeLessThanOrEqual(2);
	});

	it('drops a draft that fails a gate', () => {
		const dangling: Draft = { ...drafts[0], prompt: 'It was the second call after ____ took office.', answer: 'Biden', fact: 'x', score: 99 };
		expect(rankQuestions([dangling, ...drafts], a)[0].prompt).not.toBe(dangling.prompt);
	});
});
