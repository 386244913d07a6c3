import { headOf, nextCard, nextFromHead, type QueueHead } from '$lib/core/srs/queue';
import { seededRng } from '$lib/core/srs/rng';
import { answerCard } from '$lib/core/srs/scheduler';
import { CardStateKind, type Card, type Rating } from '$lib/core/srs/types';
import { saveAnswer, undoAnswer } from '$lib/storage/answers';
import { deleteBank, saveBank } from '$lib/storage/banks';
import { AHEAD_KEPT, newLeft, countTables } from '$lib/storage/counts';
import { countBank } from '$lib/storage/counting';
import type { FactdeckDB } from '$lib/storage/db';
import { gatherQueueHead } from '$lib/storage/queue';
import { gatherQueue } from '$lib/storage/queue-lists';
import { getCard } from '$lib/storage/card-reads';
import { dueWindow } from '$lib/storage/ranges';
import { listBankSummaries } from '$lib/storage/summaries';
import { bankOfFacts, closeAll, freshDb, local, setCard, settings } from './helpers';

afterEach(closeAll);

const T0 = local(2024, 3, 1, 12);
const MIN = 60_000;
const ids = (cards: Card[]) => cards.map((c) => c.id).sort();
const normal = (head: QueueHead) => ({ ...head, learning: ids(head.learning), reviews: ids(head.reviews), fresh: head.fresh?.id ?? null });

/** The head read from storage is the head of the whole lists, and picks the same card with the same rng. */
async function expectSameAsWholeLists(d: FactdeckDB, bankId: string | undefined, now: Date, s = settings()) {
	const [head, input] = await Promise.all([gatherQueueHead({ bankId }, now, s, d), gatherQueue({ bankId }, now, s, d)]);
	expect(normal(head)).toEqual(normal(headOf(input)));
	for (const seed of [1, 2, 3]) expect(nextFromHead(head, seededRng(seed))?.id).toBe(nextCard(input, seededRng(seed))?.id);
	return head;
}

/**
 * Every stored counts row says what the indexes say: the same cards and New
 * cards, and the same introductions on the study day of `now` and the next
 * ones (older introductions may have been dropped: no later day counts them).
 */
async function expectCountsInStep(d: FactdeckDB, now: Date, s = settings()) {
	for (const row of await d.bankCounts.toArray()) {
		const counted = await d.transaction('r', countTables(d), () => countBank(d, row.bankId));
		expect({ ...row, introduced: [], ahead: [] }).toEqual({ ...counted, introduced: [], ahead: [] });
		// The New cards without a row kept ahead are the first ones there are, if fewer than counting finds.
		expect(row.ahead, row.bankId).toEqual(counted.ahead?.slice(0, row.ahead?.length));
		// None kept means none there: the queue then looks no further.
		expect(row.ahead?.length === 0, row.bankId).toBe(counted.ahead?.length === 0);
		for (const day of [0, 1, 2]) {
			const window = dueWindow(new Date(now.getTime() + day * 86_400_000), s);
			expect(newLeft(row, window, s)).toBe(newLeft(counted, window, s));
		}
	}
}

describe('gatherQueueHead', () => {
	it('agrees with the whole lists through a long random session of answers, undos, edits and day changes', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 12), T0, {}, d);
		await saveBank(bankOfFacts('b', 5), T0, {}, d);
		await saveBank(bankOfFacts('c', 30), T0, {}, d);
		const s = settings({ newPerDay: 4, learnAheadMinutes: 20, dayStartHour: 4 });
		const rng = seededRng(42);
		const logs: number[] = [];
		let now = local(2024, 3, 5, 9).getTime();
		for (let step = 0; step < 120; step++) {
			const at = new Date(now);
			const scope = rng() < 0.5 ? undefined : ['a', 'b', 'c'][Math.floor(rng() * 3)];
			const input = await gatherQueue({ bankId: scope }, at, s, d);
			const card = nextCard(input, rng);
			const roll = rng();
			if (card && roll < 0.75) {
				const rating = (1 + Math.floor(rng() * 4)) as Rating;
				const { card: next, log } = answerCard(card, rating, at, { retention: 0.9, fuzz: false }, 'q', 1000);
				logs.push(await saveAnswer(next, log, d));
			} else if (logs.length > 0 && roll < 0.85) {
				await undoAnswer(logs.pop()!, d);
			} else if (roll < 0.9) {
				// A bank edit: facts added and removed, progress kept by fact.
				await saveBank(bankOfFacts('b', 3 + Math.floor(rng() * 6)), at, {}, d);
				logs.length = 0;
			}
			now += Math.floor(rng() * (rng() < 0.1 ? 20 * 60 : 12)) * MIN;
			for (const bankId of [undefined, 'a', 'b', 'c']) await expectSameAsWholeLists(d, bankId, new Date(now), s);
			await expectCountsInStep(d, new Date(now), s);
		}
		expect(await d.bankCounts.count()).toBe(3);
	}, 120_000);

	it('returns every card tied at the head, across learning and relearning, for the random tie-break', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 8), T0, {}, d);
		const due = local(2024, 3, 5, 9);
		for (const fact of ['f0', 'f1', 'f2']) await setCard(d, 'a', fact, CardStateKind.Learning, due);
		await setCard(d, 'a', 'f3', CardStateKind.Relearning, due);
		await setCard(d, 'a', 'f4', CardStateKind.Learning, local(2024, 3, 5, 9, 5));
		for (const fact of ['f5', 'f6']) await setCard(d, 'a', fact, CardStateKind.Review, local(2024, 3, 4));
		const head = await expectSameAsWholeLists(d, undefined, local(2024, 3, 5, 10));
		expect(ids(head.learning)).toEqual(['a\u0000f0', 'a\u0000f1', 'a\u0000f2', 'a\u0000f3']);
		expect(ids(head.reviews)).toEqual(['a\u0000f5', 'a\u0000f6']);
		expect(head.counts).toEqual({ new: 1, learning: 5, review: 2 });
		await expectSameAsWholeLists(d, 'a', local(2024, 3, 5, 10));
	});

	it('is empty for a bank that does not exist, and stores no counts for it', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 2), T0, {}, d);
		const head = await gatherQueueHead({ bankId: 'zz' }, T0, settings(), d);
		expect(head).toEqual({ now: T0, counts: { new: 0, learning: 0, review: 0 }, learning: [], reviews: [], fresh: null });
		expect((await d.bankCounts.toArray()).map((r) => r.bankId)).toEqual(['a']);
	});
});

describe('bank counts', () => {
	it('are kept in step by saving, answering, undoing and deleting banks', async () => {
		const d = freshDb();
		const facts = (...orders: number[]) => orders.map((order) => ({ fact: `f${order}`, order }));
		await saveBank(bankOfFacts('a', 5), T0, {}, d);
		// `next`: every fact before that order has a card row (none yet); `ahead`: the first facts without one.
		expect(await d.bankCounts.get('a')).toEqual({ bankId: 'a', cards: 5, fresh: 5, introduced: [], next: 0, ahead: facts(0, 1, 2, 3, 4) });
		const at = local(2024, 3, 5, 9);
		const card = (await getCard('a\u0000f0', d))!;
		const { card: next, log } = answerCard(card, 3, at, { retention: 0.9, fuzz: false }, 'q0', 10);
		const logId = await saveAnswer(next, log, d);
		expect(await d.bankCounts.get('a')).toEqual({ bankId: 'a', cards: 5, fresh: 4, introduced: [at.getTime()], next: 1, ahead: facts(1, 2, 3, 4) });
		await saveBank(bankOfFacts('a', 3), T0, {}, d);
		expect(await d.bankCounts.get('a')).toEqual({ bankId: 'a', cards: 3, fresh: 2, introduced: [at.getTime()], next: 1, ahead: facts(1, 2) });
		// Undone, the card is its fact's implicit New card again: its row goes, and the search starts before it.
		await undoAnswer(logId, d);
		expect(await d.bankCounts.get('a')).toEqual({ bankId: 'a', cards: 3, fresh: 3, introduced: [], next: 0, ahead: facts(0, 1, 2) });
		expect(await d.cards.count()).toBe(0);
		await deleteBank('a', d);
		expect(await d.bankCounts.count()).toBe(0);
	});

	it('keep the next New cards without a row ahead, and look further once the last kept one is introduced', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', AHEAD_KEPT + 3), T0, {}, d);
		const s = settings({ newPerDay: 100 });
		let now = local(2024, 3, 5, 9).getTime();
		for (let i = 0; i < AHEAD_KEPT; i++) {
			const head = await expectSameAsWholeLists(d, 'a', new Date(now), s);
			expect(head.fresh?.id).toBe(`a\u0000f${i}`);
			const { card, log } = answerCard(head.fresh!, 3, new Date(now), { retention: 0.9, fuzz: false }, `q${i}`, 10);
			await saveAnswer(card, log, d);
			now += MIN;
		}
		// The last one kept was introduced: the next three were looked up in the same answer.
		expect((await d.bankCounts.get('a'))!.ahead?.map((at) => at.order)).toEqual([AHEAD_KEPT, AHEAD_KEPT + 1, AHEAD_KEPT + 2]);
		await expectCountsInStep(d, new Date(now), s);
		// A kept card given a row another way (a write the counts are not told of) is not offered as a New card without one.
		await setCard(d, 'a', `f${AHEAD_KEPT}`, CardStateKind.Review, local(2024, 4, 1));
		expect((await gatherQueueHead({ bankId: 'a' }, new Date(now), s, d)).fresh?.id).toBe(`a\u0000f${AHEAD_KEPT + 1}`);
	});

	it('keep two days of introductions, enough for any study day', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 4), T0, {}, d);
		const times = [local(2024, 3, 1, 9), local(2024, 3, 4, 9), local(2024, 3, 5, 8), local(2024, 3, 5, 9)];
		for (const [i, at] of times.entries()) {
			const { card, log } = answerCard((await getCard(`a\u0000f${i}`, d))!, 3, at, { retention: 0.9, fuzz: false }, 'q', 10);
			await saveAnswer(card, log, d);
		}
		const kept = times.slice(1).map((t) => t.getTime());
		expect((await d.bankCounts.get('a'))!.introduced).toEqual(kept);
		expect((await d.transaction('r', countTables(d), () => countBank(d, 'a'))).introduced).toEqual(kept);
	});

	it('are emptied by any write to cards that does not keep them, and counted again on next use', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 3), T0, {}, d);
		await saveBank(bankOfFacts('b', 3), T0, {}, d);
		expect(await d.bankCounts.count()).toBe(2);
		// A write that knows nothing of the counts: the New card it turns into a review must not stay counted.
		await setCard(d, 'a', 'f0', CardStateKind.Review, local(2024, 3, 9));
		await setCard(d, 'a', 'f1', CardStateKind.Review, local(2024, 3, 9));
		expect(await d.bankCounts.count()).toBe(0);
		const head = await expectSameAsWholeLists(d, undefined, local(2024, 3, 5, 10));
		expect(head.counts.new).toBe(4);
		await expectCountsInStep(d, local(2024, 3, 5, 10));
		expect(await d.bankCounts.count()).toBe(2);
		await d.reviews.add({
			cardId: 'b\u0000f0',
			bankId: 'b',
			questionId: 'q0',
			rating: 3,
			before: (await getCard('b\u0000f0', d))!,
			after: (await getCard('b\u0000f0', d))!,
			durationMs: 1,
			reviewedAt: local(2024, 3, 5, 9)
		});
		expect(await d.bankCounts.count()).toBe(0);
		const summaries = await listBankSummaries(local(2024, 3, 5, 10), settings({ newPerDay: 2 }), d);
		expect(summaries.map((b) => [b.id, b.new, b.cardCount])).toEqual([
			['a', 1, 3],
			['b', 1, 3]
		]);
		await expectCountsInStep(d, local(2024, 3, 5, 10));
	});

	it('are counted again when they promise a New card the bank does not have', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 2), T0, {}, d);
		await saveBank(bankOfFacts('b', 2), T0, {}, d);
		// As if a write had slipped past the guard: bank a claims New cards it no longer has.
		await d.transaction('rw', countTables(d), async () => {
			for (const fact of ['f0', 'f1']) {
				const card = (await getCard(`a\u0000${fact}`, d))!;
				await d.cards.put({ ...card, state: CardStateKind.Review, due: local(2024, 4, 1) });
			}
		});
		expect((await d.bankCounts.get('a'))!.fresh).toBe(2);
		const head = await expectSameAsWholeLists(d, undefined, local(2024, 3, 5, 10));
		expect(head.fresh?.id).toBe('b\u0000f0');
		expect((await d.bankCounts.get('a'))!.fresh).toBe(0);
	});
});
