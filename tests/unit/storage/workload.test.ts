import { saveBank } from '$lib/storage/banks';
import { setSuspended } from '$lib/storage/browse';
import { saveSettings } from '$lib/storage/settings-save';
import { studiedCollection } from '$lib/storage/workload';
import { bankOfFacts, closeAll, freshDb, setCard } from './helpers';

afterEach(closeAll);

const T0 = new Date('2024-03-05T10:00:00Z');
const DAY = 86_400_000;

describe('studiedCollection', () => {
	it('gives the studied cards as days from now, leaves out suspended ones, and counts New cards only in banks being studied', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 5), T0, {}, d);
		await saveBank(bankOfFacts('b', 3), T0, {}, d);
		await saveBank(bankOfFacts('c', 4), T0, {}, d);
		await saveSettings({ newPerDay: 7, retention: 0.85 }, d);
		const review = await setCard(d, 'a', 'f0', 2, new Date(T0.getTime() + 3 * DAY));
		await d.cards.put({ ...review, last_review: new Date(T0.getTime() - 2 * DAY) });
		await setCard(d, 'a', 'f1', 1, new Date(T0.getTime() - DAY / 2));
		await setCard(d, 'b', 'f0', 3, T0);
		await setSuspended(['b\u0000f0', 'a\u0000f4'], true, d);

		const got = await studiedCollection(T0, d);
		expect(got.settings.newPerDay).toBe(7);
		expect(got.settings.retention).toBe(0.85);
		expect(got.cards).toHaveLength(2);
		expect(got.cardCount).toBe(2);
		expect(got.cards).toContainEqual({ stability: 2.5, difficulty: review.difficulty, due: 3, since: 2 });
		expect(got.cards).toContainEqual(expect.objectContaining({ due: -0.5, since: 0 }));
		// Bank a: f2, f3 (f4 suspended); bank b: f1, f2 (its studied card suspended); bank c: never studied.
		expect(got.newCards.sort()).toEqual([2, 2]);
	});

	it('is empty with nothing studied', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 3), T0, {}, d);
		expect(await studiedCollection(T0, d)).toMatchObject({ cards: [], cardCount: 0, newCards: [] });
	});

	it('reads an even sample, in due order, of more studied cards than it runs, with the count they stand for', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 10), T0, {}, d);
		await saveBank(bankOfFacts('b', 3), T0, {}, d);
		for (let i = 0; i < 9; i++) await setCard(d, 'a', `f${i}`, 2, new Date(T0.getTime() + (i + 1) * DAY));
		await setSuspended(['a\u0000f8'], true, d);
		const got = await studiedCollection(T0, d, 3);
		// Due in 1..9 days: the 2nd, 5th and 8th of nine.
		expect(got.cards.map((c) => c.due)).toEqual([2, 5, 8]);
		expect(got.cardCount).toBe(8);
		expect(got.newCards).toEqual([1]);
	});
});
