import { factGroups, sameSource } from '$lib/core/bank/fact-groups';
import type { Question, SourceRef } from '$lib/core/bank/schema';

const sentence = (start: number): SourceRef => ({ text: `Sentence at ${start}.`, start, end: start + 10 });
const q = (id: string, fact: string, source?: SourceRef): Question => ({ id, fact, type: 'short', prompt: `Prompt ${id}?`, answer: id, source });
const ids = (questions: readonly Question[]) => questions.map((x) => x.id);

describe('factGroups', () => {
	it("gathers a fact's formats that are not adjacent, facts in the order of their first question", () => {
		// The generator's order: each fact's best question, then each fact's second.
		const bank = [q('a1', 'A'), q('b1', 'B'), q('c1', 'C'), q('a2', 'A'), q('c2', 'C'), q('a3', 'A')];
		const groups = factGroups(bank);
		expect(groups.map((g) => g.fact)).toEqual(['A', 'B', 'C']);
		expect(groups.map((g) => ids(g.members))).toEqual([['a1', 'a2', 'a3'], ['b1'], ['c1', 'c2']]);
	});

	it('keeps every question exactly once', () => {
		const bank = Array.from({ length: 300 }, (_, i) => q(`q${i}`, `f${(i * 7) % 41}`));
		const groups = factGroups(bank);
		expect(groups).toHaveLength(41);
		expect(groups.flatMap((g) => ids(g.members)).sort()).toEqual(ids(bank).sort());
	});

	it('heads a group with the first source sentence among its questions', () => {
		const groups = factGroups([q('a1', 'A'), q('a2', 'A', sentence(40)), q('a3', 'A', sentence(90)), q('b1', 'B')]);
		expect(groups[0].source).toEqual(sentence(40));
		expect(groups[1].source).toBeUndefined();
	});

	it('gives no groups for no questions', () => {
		expect(factGroups([])).toEqual([]);
	});
});

describe('sameSource', () => {
	it('compares the span of the article, not the object', () => {
		expect(sameSource(sentence(4), sentence(4))).toBe(true);
		expect(sameSource(sentence(4), sentence(5))).toBe(false);
		expect(sameSource(sentence(4), undefined)).toBe(false);
		expect(sameSource(undefined, undefined)).toBe(true);
	});
});
