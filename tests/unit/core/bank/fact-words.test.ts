import { describe, expect, it } from 'vitest';
import { factsExplained, questionsOnFacts } from '$lib/core/bank/fact-words';

describe('questionsOnFacts', () => {
	it('counts questions and facts, singular and plural', () => {
		expect(questionsOnFacts(36, 13)).toBe('36 questions on 13 facts');
		expect(questionsOnFacts(1, 1)).toBe('1 question on 1 fact');
		expect(questionsOnFacts(1200, 400)).toBe('1,200 questions on 400 facts');
	});
});

describe('factsExplained', () => {
	it('says each fact is asked in several ways but studied as one card', () => {
		const facts = ['a', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'c'];
		expect(factsExplained(facts)).toBe(
			'A fact is one thing to remember. Each fact here is asked 2–4 ways, but you study it as one card, so there are 3 cards to learn.'
		);
	});

	it('gives one number when every fact is asked the same number of ways', () => {
		expect(factsExplained(['a', 'a', 'b', 'b'])).toMatch(/asked 2 ways, .* 2 cards to learn\.$/);
	});

	it('says one question per fact when there is no variety', () => {
		expect(factsExplained(['a', 'b'])).toBe('A fact is one thing to remember. Each fact here has one question, and you study it as one card.');
	});

	it('says nothing for an empty bank', () => {
		expect(factsExplained([])).toBeNull();
	});
});
