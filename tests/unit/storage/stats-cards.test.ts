import { CardStateKind } from '$lib/core/srs/types';
import { saveBank } from '$lib/storage/banks';
import type { FactdeckDB } from '$lib/storage/db';
import { anyReview, cardQuestions, cardsStudied } from '$lib/storage/stats-cards';
import { bankOfFacts, closeAll, freshDb, local, question, bank, setCard } from './helpers';

afterEach(closeAll);

const NOW = local(2024, 3, 5, 10);
const { New, Learning, Review, Relearning } = CardStateKind;

/** Two banks: "a" with 6 cards in every state, "b" with 2 New cards. */
async function setup(): Promise<FactdeckDB> {
	const d = freshDb();
	await saveBank(bankOfFacts('a', 6), NOW, {}, d);
	await saveBank(bank('b', [question('q0', 'x'), question('q1', 'x'), question('q2', 'y')]), NOW, {}, d);
	await setCard(d, 'a', 'f0', Learning, local(2024, 3, 5, 10, 10));
	await setCard(d, 'a', 'f1', Review, local(2024, 3, 4, 9)); // overdue: not known
	await setCard(d, 'a', 'f2', Review, local(2024, 3, 6, 9)); // tomorrow
	await setCard(d, 'a', 'f3', Review, local(2024, 4, 30, 9)); // beyond the forecast
	await setCard(d, 'a', 'f4', Relearning, local(2024, 3, 5, 11));
	return d;
}

describe('card reads for the statistics', () => {
	it('tell whether anything was studied, in one bank or in any', async () => {
		const d = await setup();
		expect([await anyReview(undefined, d), await anyReview('a', d)]).toEqual([false, false]);
		await d.reviews.add({
			cardId: 'a\u0000f1',
			bankId: 'a',
			questionId: 'q1',
			rating: 3,
			before: (await d.cards.get('a\u0000f1'))!,
			after: (await d.cards.get('a\u0000f1'))!,
			durationMs: 1,
			reviewedAt: NOW
		});
		expect([await anyReview(undefined, d), await anyReview('a', d), await anyReview('b', d)]).toEqual([true, true, false]);
	});

	it('read the studied cards, of one bank or of all', async () => {
		const d = await setup();
		await setCard(d, 'b', 'x', Review, local(2024, 3, 9));
		expect((await cardsStudied(undefined, d)).map((c) => c.id).sort()).toEqual(['a\u0000f0', 'a\u0000f1', 'a\u0000f2', 'a\u0000f3', 'a\u0000f4', 'b\u0000x']);
		expect((await cardsStudied('b', d)).map((c) => c.id)).toEqual(['b\u0000x']);
		expect((await cardsStudied('b', d)).every((c) => c.state !== New)).toBe(true);
	});

	it("name each card by the question last shown for it, or its fact's first question", async () => {
		const d = await setup();
		const cards = [
			{ id: 'b\u0000x', bankId: 'b', fact: 'x', lastQuestionId: 'q1' },
			{ id: 'b\u0000y', bankId: 'b', fact: 'y' },
			{ id: 'b\u0000x', bankId: 'b', fact: 'x', lastQuestionId: 'gone' },
			{ id: 'c\u0000z', bankId: 'c', fact: 'z' }
		];
		const named = await cardQuestions(cards.slice(0, 2), d);
		expect(named).toEqual(
			new Map([
				['b\u0000x', { questionId: 'q1', prompt: 'Prompt q1' }],
				['b\u0000y', { questionId: 'q2', prompt: 'Prompt q2' }]
			])
		);
		expect((await cardQuestions(cards.slice(2), d)).get('b\u0000x')).toEqual({ questionId: 'q0', prompt: 'Prompt q0' });
		expect((await cardQuestions(cards.slice(3), d)).size).toBe(0);
	});
});
