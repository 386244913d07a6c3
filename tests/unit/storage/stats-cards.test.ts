import { cardStates } from '$lib/core/stats/cards';
import { dueForecast } from '$lib/core/stats/forecast';
import { CardStateKind } from '$lib/core/srs/types';
import { saveBank } from '$lib/storage/banks';
import { setSuspended } from '$lib/storage/browse';
import { recountBanks } from '$lib/storage/counting';
import type { FactdeckDB } from '$lib/storage/db';
import { anyReview, cardQuestions, cardsStudied } from '$lib/storage/stats-cards';
import { cardCounts } from '$lib/storage/stats-counts';
import { bankOfFacts, closeAll, freshDb, local, question, bank, setCard } from './helpers';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const NOW = local(2024, 3, 5, 10);
const UNTIL = local(2024, 3, 8, 4);
const { New, Learning, Review, Relearning } = CardStateKind;

/** Two banks: "a" with 6 cards in every state, "b" with 2 New cards (one fact asked twice). */
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

/** Cards by state over the banks read. */
const states = (c: Awaited<ReturnType<typeof cardCounts>>) =>
	cardStates(
		[0, 1, 2, 3].map((s) => c.banks.reduce((n, b) => n + b.byState[s], 0)),
		c.suspended
	);

describe('card reads for the statistics', () => {
	it('tell whether anything was studied, in one bank or in any', async () => {
		const d = await setup();
		expect([await anyReview(undefined, d), await anyReview('a', d)]).toEqual([false, false]);
		await d.reviews.add({
			cardId: 'a\u0000f1',
			bankId: 'a',
			questionId: 'q1',
			rating: 3,
			before: (await getCard('a\u0000f1', d))!,
			after: (await getCard('a\u0000f1', d))!,
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

describe('card counts for the statistics', () => {
	it('count cards by state, suspended ones apart, and the known cards of each bank, whether the per-bank counts are kept or were emptied', async () => {
		const d = await setup();
		await setSuspended(['a\u0000f2', 'a\u0000f5'], true, d);
		for (const kept of [false, true]) {
			await (kept ? recountBanks(d, ['a', 'b']) : d.bankCounts.clear());
			expect(await d.bankCounts.count()).toBe(kept ? 2 : 0);
			const all = await cardCounts(undefined, NOW, UNTIL, d);
			expect(states(all)).toEqual({ new: 2, learning: 1, review: 2, relearning: 1, suspended: 2 });
			expect(all.banks.map((b) => [b.id, b.title, b.cards, b.known, b.byState])).toEqual([
				['a', 'Bank a', 6, 2, [1, 1, 3, 1]],
				['b', 'Bank b', 2, 0, [2, 0, 0, 0]]
			]);
			const b = await cardCounts('b', NOW, UNTIL, d);
			expect(states(b)).toEqual({ new: 2, learning: 0, review: 0, relearning: 0, suspended: 0 });
			expect(b.banks.map((x) => x.id)).toEqual(['b']);
		}
	});

	it('give the due times of studied cards for the forecast, suspended ones to leave out', async () => {
		const d = await setup();
		await setSuspended(['a\u0000f0'], true, d);
		const { due, suspendedDue } = await cardCounts(undefined, NOW, UNTIL, d);
		expect(due).toHaveLength(4);
		expect(suspendedDue).toEqual([local(2024, 3, 5, 10, 10)]);
		expect(dueForecast(NOW, 4, 3, due, suspendedDue).map((f) => f.count)).toEqual([2, 1, 0]);
		expect((await cardCounts('b', NOW, UNTIL, d)).due).toEqual([]);
	});

	it('find no bank that is not stored', async () => {
		const d = await setup();
		expect((await cardCounts('gone', NOW, UNTIL, d)).banks).toEqual([]);
	});
});
