import { analyze } from '../../../../src/lib/core/generate/extract/index';
import { rankQuestions } from '../../../../src/lib/core/generate/rank';
import { scoreSentences } from '../../../../src/lib/core/generate/score';
import type { Draft } from '../../../../src/lib/core/generate/templates/index';
import { draftQuestions } from '../../../../src/lib/core/generate/templates/index';
import { article, SEED } from './fixtures';

const a = analyze(article(SEED), '2021-02-03');
const drafts = draftQuestions(a, scoreSentences(a));

describe('rankQuestions', () => {
	const ranked = rankQuestions(drafts, a);

	it('keeps each fact’s questions together, at most three, never one type twice on one answer', () => {
		const order = ranked.map((q) => q.fact);
		const seen = new Set<string>();
		order.forEach((fact, i) => {
			if (i > 0 && fact !== order[i - 1]) {
				expect(seen.has(fact), `fact ${fact} comes back later`).toBe(false);
				seen.add(order[i - 1]);
			}
		});
		const perFact = new Map<string, string[]>();
		for (const q of ranked) perFact.set(q.fact, [...(perFact.get(q.fact) ?? []), `${q.type}:${String(q.answer)}`]);
		for (const list of perFact.values()) {
			expect(list.length).toBeLessThanOrEqual(3);
			expect(new Set(list).size).toBe(list.length);
		}
	});

	it('puts the best fact first', () => {
		const best = Math.max(...drafts.map((d) => d.score));
		const top = drafts.filter((d) => d.fact === ranked[0].fact);
		expect(Math.max(...top.map((d) => d.score))).toBeGreaterThanOrEqual(best * 0.9);
	});

	it('caps true/false at a fifth of the bank, and stops at max', () => {
		expect(ranked.filter((q) => q.type === 'truefalse').length).toBeLessThanOrEqual(Math.ceil(ranked.length * 0.2));
		expect(rankQuestions(drafts, a, 10)).toEqual(ranked.slice(0, 10));
	});

	it('drops a draft that fails a gate', () => {
		const dangling: Draft = { ...drafts[0], prompt: 'It was the second call after ____ took office.', answer: 'Biden', fact: 'x', score: 99 };
		expect(rankQuestions([dangling, ...drafts], a)[0].prompt).not.toBe(dangling.prompt);
	});
});
