import { analyze } from '$lib/core/generate/extract/index';
import { propositions } from '$lib/core/generate/clauses';
import { scoreSentences } from '$lib/core/generate/score';
import { reasonDrafts } from '$lib/core/generate/templates/reasons';
import { termDrafts } from '$lib/core/generate/templates/terms';

function context(text: string) {
	const a = analyze(text, '2024-01-01');
	return { a, scores: scoreSentences(a), props: a.sentences.map((s) => propositions(a, s)) };
}

describe('why and result questions', () => {
	it('asks why of a clause that gives its reason, answered by the reason', () => {
		const drafts = reasonDrafts(
			context('Asian governments built up huge reserves of foreign currency so that they would never again have to ask the IMF for help.')
		);
		expect(drafts).toHaveLength(1);
		expect(drafts[0]).toMatchObject({
			type: 'flashcard',
			prompt: 'Why did Asian governments build up huge reserves of foreign currency?',
			answer: 'So that they would never again have to ask the IMF for help'
		});
	});

	it('asks for the result of the sentence before a result opener', () => {
		const drafts = reasonDrafts(
			context('The Thai government ran out of reserves to defend the baht in 1997. As a result, the currency lost half its value within months.')
		);
		expect(drafts.map((d) => [d.prompt, d.answer])).toEqual([
			['The Thai government ran out of reserves to defend the baht in 1997. What was the result?', 'The currency lost half its value within months']
		]);
	});

	it('takes "As a result of X, …" for a cause inside the sentence, not a result of the one before', () => {
		const drafts = reasonDrafts(
			context('The flight made Louis Blériot famous across Europe. As a result of the publicity, orders for his aircraft poured in from several countries.')
		);
		expect(drafts.some((d) => /^Of the publicity/.test(String(d.answer)))).toBe(false);
	});

	it('leaves a reason that belongs to what someone said, not to the saying', () => {
		expect(
			reasonDrafts(
				context('Paul Krugman argued that the crisis began with moral hazard, because lenders assumed that governments would rescue troubled banks.')
			)
		).toEqual([]);
	});
});

describe('term blanks', () => {
	it('blanks a phrase the article uses once, never its topic word', () => {
		const ctx = context('Each satellite orbits the planet. Every satellite carries atomic clocks for timing. The satellite sends a signal.');
		const drafts = termDrafts(ctx, new Map());
		expect(drafts.map((d) => d.answer)).toContain('atomic clocks');
		expect(drafts.map((d) => d.answer)).not.toContain('satellite');
		expect(drafts.find((d) => d.answer === 'atomic clocks')?.prompt).toBe('Every satellite carries ____ for timing.');
	});

	it('leaves a sentence the entity blanks already ask well', () => {
		const ctx = context('Every satellite carries atomic clocks for timing.');
		expect(termDrafts(ctx, new Map([[0, 3]]))).toEqual([]);
	});
});
