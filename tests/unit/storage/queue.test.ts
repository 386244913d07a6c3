import { answerCard } from '$lib/core/srs/scheduler';
import { saveAnswer, undoAnswer } from '$lib/storage/answers';
import { saveBank } from '$lib/storage/banks';
import type { FactdeckDB } from '$lib/storage/db';
import { questionsForFact } from '$lib/storage/queue';
import { gatherQueue } from '$lib/storage/queue-lists';
import { getCard } from '$lib/storage/card-reads';
import { bank, bankOfFacts, closeAll, freshDb, local, question, setCard, settings } from './helpers';

afterEach(closeAll);

const T0 = local(2024, 3, 1, 12);
const NOW = local(2024, 3, 5, 10);

async function introduce(d: FactdeckDB, bankId: string, fact: string, at: Date): Promise<number> {
	const card = (await getCard(`${bankId}\u0000${fact}`, d))!;
	const { card: next, log } = answerCard(card, 3, at, { retention: 0.9, fuzz: false }, 'q', 100);
	return saveAnswer(next, log, d);
}

const ids = (cards: { id: string }[]) => cards.map((c) => c.id.replace('\u0000', ':'));

describe('gatherQueue: new cards', () => {
	it('limits new cards per bank per day, in introduction order, across banks for "Study all"', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 5), T0, {}, d);
		await saveBank(bankOfFacts('b', 3), T0, {}, d);
		const s = settings({ newPerDay: 2 });
		expect(ids((await gatherQueue({}, NOW, s, d)).fresh)).toEqual(['a:f0', 'a:f1', 'b:f0', 'b:f1']);

		await introduce(d, 'a', 'f0', local(2024, 3, 5, 9));
		const all = await gatherQueue({}, NOW, s, d);
		expect(ids(all.fresh)).toEqual(['a:f1', 'b:f0', 'b:f1']);
		expect(ids((await gatherQueue({ bankId: 'a' }, NOW, s, d)).fresh)).toEqual(['a:f1']);
		expect(ids((await gatherQueue({ bankId: 'b' }, NOW, s, d)).fresh)).toEqual(['b:f0', 'b:f1']);
	});

	it('counts only cards introduced since the study day began (day start hour)', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 6), T0, {}, d);
		const s = settings({ newPerDay: 3, dayStartHour: 4 });
		await introduce(d, 'a', 'f0', local(2024, 3, 5, 3, 59)); // yesterday's study day
		expect((await gatherQueue({}, NOW, s, d)).fresh).toHaveLength(3);
		await introduce(d, 'a', 'f1', local(2024, 3, 5, 4, 0)); // today's
		expect(ids((await gatherQueue({}, NOW, s, d)).fresh)).toEqual(['a:f2', 'a:f3']);
		// At 02:00 the next morning it is still the same study day; at 04:00 a new one.
		expect((await gatherQueue({}, local(2024, 3, 6, 2), s, d)).fresh).toHaveLength(2);
		expect((await gatherQueue({}, local(2024, 3, 6, 4), s, d)).fresh).toHaveLength(3);
	});

	it('gives the allowance back when an introduction is undone, and none when the limit is 0', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 4), T0, {}, d);
		const s = settings({ newPerDay: 1 });
		const logId = await introduce(d, 'a', 'f0', local(2024, 3, 5, 9));
		expect((await gatherQueue({}, NOW, s, d)).fresh).toEqual([]);
		await undoAnswer(logId, d);
		expect(ids((await gatherQueue({}, NOW, s, d)).fresh)).toEqual(['a:f0']);
		expect((await gatherQueue({}, NOW, settings({ newPerDay: 0 }), d)).fresh).toEqual([]);
	});

	it('introduces facts in the order of their first question', async () => {
		const d = freshDb();
		await saveBank(bank('a', [question('1', 'z'), question('2', 'm'), question('3', 'z'), question('4', 'b')]), T0, {}, d);
		expect(ids((await gatherQueue({}, NOW, settings(), d)).fresh)).toEqual(['a:z', 'a:m', 'a:b']);
	});
});

describe('gatherQueue: due cards', () => {
	it('takes learning cards due within learn-ahead and reviews due before the day ends', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 8), T0, {}, d);
		await saveBank(bankOfFacts('b', 2), T0, {}, d);
		const s = settings({ learnAheadMinutes: 20, dayStartHour: 4, newPerDay: 0 });
		await setCard(d, 'a', 'f0', 1, local(2024, 3, 5, 9)); // learning, overdue
		await setCard(d, 'a', 'f1', 3, local(2024, 3, 5, 10, 20)); // relearning, exactly at the edge
		await setCard(d, 'a', 'f2', 1, local(2024, 3, 5, 10, 21)); // learning, too far ahead
		await setCard(d, 'a', 'f3', 2, local(2024, 3, 6, 3, 59)); // review, due before the day ends
		await setCard(d, 'a', 'f4', 2, local(2024, 3, 6, 4)); // review, tomorrow
		await setCard(d, 'a', 'f5', 2, local(2024, 2, 1)); // review, long overdue
		await setCard(d, 'b', 'f0', 2, local(2024, 3, 5, 8)); // other bank
		await setCard(d, 'b', 'f1', 1, local(2024, 3, 5, 8)); // other bank

		const a = await gatherQueue({ bankId: 'a' }, NOW, s, d);
		expect(a.now).toBe(NOW);
		expect(ids(a.learning).sort()).toEqual(['a:f0', 'a:f1']);
		expect(ids(a.reviews).sort()).toEqual(['a:f3', 'a:f5']);
		expect(a.fresh).toEqual([]);

		const all = await gatherQueue({}, NOW, s, d);
		expect(ids(all.learning).sort()).toEqual(['a:f0', 'a:f1', 'b:f1']);
		expect(ids(all.reviews).sort()).toEqual(['a:f3', 'a:f5', 'b:f0']);
		expect(all.learning.every((c) => c.due instanceof Date)).toBe(true);
	});

	it('returns nothing for a bank that does not exist', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 2), T0, {}, d);
		expect(await gatherQueue({ bankId: 'zz' }, NOW, settings(), d)).toEqual({ now: NOW, learning: [], reviews: [], fresh: [] });
	});
});

describe('questionsForFact / getCard', () => {
	it('returns the questions of one fact in bank order, exactly as saved', async () => {
		const d = freshDb();
		const q1 = question('1', 'x', { type: 'cloze', prompt: 'The ____ is here.', answer: 'cat' });
		const q3 = question('3', 'x', { type: 'truefalse', answer: false });
		await saveBank(bank('a', [q1, question('2', 'y'), q3]), T0, {}, d);
		await saveBank(bank('b', [question('9', 'x')]), T0, {}, d);
		expect(await questionsForFact('a', 'x', d)).toStrictEqual([q1, q3]);
		expect(await questionsForFact('a', 'nope', d)).toEqual([]);
	});

	it('reads one card by id', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 2), T0, {}, d);
		expect(await getCard('a\u0000f1', d)).toMatchObject({ bankId: 'a', fact: 'f1', order: 1, state: 0 });
		expect(await getCard('a\u0000f7', d)).toBeUndefined();
	});
});
