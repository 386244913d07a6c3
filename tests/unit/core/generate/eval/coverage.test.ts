import type { Question } from '$lib/core/bank/schema';
import { coverage, withinBudget } from '$lib/core/generate/eval/coverage';
import { naiveQuestions } from '$lib/core/generate/eval/naive';

const q = (fact: string, answer: string, source: string): Question => ({
	id: `q-${fact}-${answer}`,
	fact,
	type: 'cloze',
	prompt: '____',
	answer,
	source: { text: source, start: 0, end: source.length }
});

describe('coverage', () => {
	const facts = [
		{ id: 'call', cue: 'spoke over the phone', answers: ['Xi Jinping', 'January 26'] },
		{ id: 'wit', cue: 'senior fellow', answers: ['Joel Wit'] }
	];

	it('covers a fact when a question’s source holds the cue and its answer matches either way round', () => {
		const result = coverage([q('a', 'Xi', 'Xi Jinping spoke over the phone with Moon.')], facts);
		expect(result.covered).toEqual(['call']);
		expect(result.missed).toEqual(['wit']);
	});

	it('walks only until 1.5 × the number of gold facts distinct fact keys', () => {
		const many = ['a', 'b', 'c', 'd'].map((f) => q(f, 'x', 'unrelated'));
		expect(withinBudget([...many, q('e', 'Joel Wit', 'Joel Wit, a senior fellow')], 3).map((x) => x.fact)).toEqual(['a', 'b', 'c']);
		expect(coverage([...many, q('e', 'Joel Wit', 'Joel Wit, a senior fellow')], facts).covered).toEqual([]);
		expect(withinBudget([q('a', 'x', 's'), q('a', 'y', 's'), q('b', 'z', 's')], 1)).toHaveLength(2);
	});

	it('does not count a true/false answer as matching', () => {
		const tf: Question = { ...q('a', 'x', 'Xi Jinping spoke over the phone'), type: 'truefalse', answer: true };
		expect(coverage([tf], facts).covered).toEqual([]);
	});
});

describe('naive peer', () => {
	it('blanks the first name or number after the first word of each sentence, one fact per sentence', () => {
		const text = 'The talks began when Xi Jinping called Moon. They lasted 40 minutes.';
		expect(naiveQuestions(text).map((x) => [x.prompt, x.answer])).toEqual([
			['The talks began when ____ called Moon.', 'Xi Jinping'],
			['They lasted ____ minutes.', '40']
		]);
	});
});
