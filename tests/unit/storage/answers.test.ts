import { answerCard } from '$lib/core/srs/scheduler';
import type { Card, Rating } from '$lib/core/srs/types';
import { countDueTomorrow, reviewsSince, saveAnswer, undoAnswer } from '$lib/storage/answers';
import { saveBank, deleteBank } from '$lib/storage/banks';
import type { FactdeckDB } from '$lib/storage/db';
import { NotFoundError, StaleCardError } from '$lib/storage/errors';
import { bankOfFacts, closeAll, dump, freshDb, local, setCard, settings } from './helpers';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const T0 = local(2024, 3, 5, 10);
const opts = { retention: 0.9, fuzz: false };

async function setup(): Promise<FactdeckDB> {
	const d = freshDb();
	await saveBank(bankOfFacts('a', 3), T0, {}, d);
	await saveBank(bankOfFacts('b', 2), T0, {}, d);
	return d;
}

/** Answers the stored card at `now` and saves it; returns the log id and the stored card. */
async function answer(d: FactdeckDB, id: string, rating: Rating, now: Date, questionId = 'q0') {
	const card = (await getCard(id, d))!;
	const { card: next, log } = answerCard(card, rating, now, opts, questionId, 1234);
	return { logId: await saveAnswer(next, log, d), before: card, after: next, log };
}

describe('saveAnswer', () => {
	it('writes the card and its log row together and returns the row id', async () => {
		const d = await setup();
		const { logId, after, log } = await answer(d, 'a\u0000f1', 3, T0, 'q1');
		expect(await getCard('a\u0000f1', d)).toStrictEqual(after);
		expect(await d.reviews.get(logId)).toStrictEqual({ ...log, id: logId, uid: expect.any(String) });
		const second = await answer(d, 'a\u0000f1', 3, local(2024, 3, 5, 10, 15), 'q9');
		expect((await d.reviews.get(second.logId))!.beforeQuestionId).toBe('q1');
		expect(second.logId).not.toBe(logId);
	});

	it('leaves the database exactly as it was when the log insert fails midway', async () => {
		const d = await setup();
		await answer(d, 'a\u0000f0', 3, T0);
		const before = await dump(d);
		const card = (await getCard('a\u0000f1', d))!;
		const { card: next, log } = answerCard(card, 4, T0, opts, 'q1', 10);
		d.reviews.hook('creating', () => {
			throw new Error('disk full');
		});
		await expect(saveAnswer(next, log, d)).rejects.toThrow('disk full');
		expect(await dump(d)).toStrictEqual(before);
	});

	it('throws StaleCardError when another tab answered the card first, and keeps that answer', async () => {
		const d = await setup();
		const card = (await getCard('a\u0000f0', d))!;
		const tab1 = answerCard(card, 3, T0, opts, 'q0', 10);
		const tab2 = answerCard(card, 1, T0, opts, 'q0', 10);
		await saveAnswer(tab1.card, tab1.log, d);
		const before = await dump(d);
		const error = await saveAnswer(tab2.card, tab2.log, d).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StaleCardError);
		expect((error as StaleCardError).name).toBe('StaleCardError');
		expect(await dump(d)).toStrictEqual(before);
	});

	it('throws NotFoundError for a card that is no longer stored', async () => {
		const d = await setup();
		const card = (await getCard('a\u0000f0', d))!;
		// A New card has no row to delete (implicit-cards.ts): it is gone with its bank.
		await deleteBank('a', d);
		const { card: next, log } = answerCard(card, 3, T0, opts, 'q0', 10);
		await expect(saveAnswer(next, log, d)).rejects.toBeInstanceOf(NotFoundError);
		expect(await d.reviews.count()).toBe(0);
	});
});

describe('undoAnswer', () => {
	it('restores the card exactly and removes exactly that log row', async () => {
		const d = await setup();
		const other = await answer(d, 'b\u0000f0', 3, T0);
		const first = await answer(d, 'a\u0000f0', 3, T0, 'q0');
		const second = await answer(d, 'a\u0000f0', 3, local(2024, 3, 5, 10, 12), 'q7');

		const restored = await undoAnswer(second.logId, d);
		expect(restored).toStrictEqual(second.before);
		expect(await getCard('a\u0000f0', d)).toStrictEqual(second.before);
		expect((await d.reviews.toArray()).map((r) => r.id)).toEqual([other.logId, first.logId]);

		const fresh: Card = await undoAnswer(first.logId, d);
		expect(fresh).toStrictEqual(first.before);
		expect('lastQuestionId' in fresh).toBe(false);
		expect(await getCard('a\u0000f0', d)).toStrictEqual(first.before);
		expect((await d.reviews.toArray()).map((r) => r.id)).toEqual([other.logId]);
	});

	it('refuses to undo an answer that a later one built on, changing nothing', async () => {
		const d = await setup();
		const first = await answer(d, 'a\u0000f0', 3, T0);
		await answer(d, 'a\u0000f0', 3, local(2024, 3, 5, 10, 12));
		const before = await dump(d);
		await expect(undoAnswer(first.logId, d)).rejects.toBeInstanceOf(StaleCardError);
		expect(await dump(d)).toStrictEqual(before);
	});

	it('throws NotFoundError for an unknown log row', async () => {
		const d = await setup();
		await expect(undoAnswer(999, d)).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('reviewsSince', () => {
	it('returns the log from a time on, per bank or for all banks, oldest first', async () => {
		const d = await setup();
		await answer(d, 'a\u0000f0', 3, local(2024, 3, 4, 9));
		await answer(d, 'b\u0000f0', 3, local(2024, 3, 5, 9));
		await answer(d, 'a\u0000f1', 3, local(2024, 3, 5, 11));
		await answer(d, 'a\u0000f2', 3, local(2024, 3, 5, 8));
		const since = local(2024, 3, 5, 0);
		const a = await reviewsSince('a', since, d);
		expect(a.map((r) => r.cardId)).toEqual(['a\u0000f2', 'a\u0000f1']);
		expect(a[0].reviewedAt).toBeInstanceOf(Date);
		const all = await reviewsSince(undefined, since, d);
		expect(all.map((r) => r.cardId)).toEqual(['a\u0000f2', 'b\u0000f0', 'a\u0000f1']);
	});
});

describe('countDueTomorrow', () => {
	it('counts learning and review cards due by the end of the next study day', async () => {
		const d = await setup();
		const now = local(2024, 3, 5, 22);
		const s = settings({ dayStartHour: 4 });
		await setCard(d, 'a', 'f0', 2, local(2024, 3, 6, 12)); // review tomorrow
		await setCard(d, 'a', 'f1', 1, local(2024, 3, 5, 23)); // learning later today
		await setCard(d, 'a', 'f2', 2, local(2024, 3, 7, 3, 59)); // still tomorrow's study day
		await setCard(d, 'b', 'f0', 3, local(2024, 3, 7, 4)); // the day after: not counted
		await setCard(d, 'b', 'f1', 2, local(2024, 3, 6, 5)); // other bank, tomorrow
		expect(await countDueTomorrow({ bankId: 'a' }, now, s, d)).toBe(3);
		expect(await countDueTomorrow({ bankId: 'b' }, now, s, d)).toBe(1);
		expect(await countDueTomorrow({}, now, s, d)).toBe(4);
	});
});
