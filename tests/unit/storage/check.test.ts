import { createCard } from '$lib/core/srs/scheduler';
import { checkDatabase } from '$lib/storage/check';
import type { FactdeckDB } from '$lib/storage/db';
import { allCards, closeAll, dump, freshDb } from './helpers';
import { fill, T0 } from './fill';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const NOW = new Date('2024-04-01T12:00:00Z');

/** Puts raw fields on a stored card, as a bug or an old version might have written them. */
async function damage(d: FactdeckDB, id: string, fields: Record<string, unknown>): Promise<void> {
	const card = await getCard(id, d);
	await d.cards.put({ ...card!, ...fields } as never);
}

/** Breaks `d` in every way Check database knows. */
async function corrupt(d: FactdeckDB): Promise<void> {
	const review = (await d.reviews.get(1))!;
	const attempt = (await d.attempts.toArray())[0];
	const result = (await d.results.toArray())[0];
	await d.questionPages.add({
		bankId: 'gone',
		page: 0,
		questions: [{ id: 'q', fact: 'x', type: 'flashcard', prompt: 'P', answer: 'A' }],
		cardIds: ['gone\u0000x'],
		firsts: [0]
	});
	await d.cards.put(createCard('gone', 'x', 0, T0));
	await d.reviews.add({ ...review, id: undefined, uid: crypto.randomUUID(), bankId: 'gone' });
	await d.attempts.put({ ...attempt, id: 'gone\u00001', bankId: 'gone' });
	await d.results.put({ ...result, key: 'gone\u0000Ana', bankId: 'gone' });
	await d.media.put({ bankId: 'gone', name: 'x.png', type: 'image/png', blob: new Blob([new Uint8Array([1])]) });
	await d.cards.put(createCard('mine', 'nofact', 9, T0));
	await damage(d, 'mine\u0000f1', { stability: NaN, state: 2 });
	await damage(d, 'mine\u0000f2', { due: '2024-03-09T10:00:00.000Z', last_review: 1709632800000 });
	await damage(d, 'mine\u0000f3', { due: 'soon', difficulty: -Infinity });
	await damage(d, 'shipped\u0000b', { state: 7, order: -1 });
	await damage(d, 'shipped\u0000a', { order: 1.5 });
	await d.cards.delete('mine\u0000f0');
}

describe('checkDatabase', () => {
	it('finds nothing in a sound database', async () => {
		const d = freshDb();
		await fill(d);
		expect(await checkDatabase(true, NOW, d)).toEqual({ problems: [], repaired: 0 });
	});

	it('reports every kind of damage without writing when not asked to fix', async () => {
		const d = freshDb();
		await fill(d);
		await corrupt(d);
		const before = await dump(d);
		const report = await checkDatabase(false, NOW, d);
		expect(report.repaired).toBe(0);
		expect(report.problems.map((p) => `${p.kind} ${p.id}`)).toEqual([
			'orphan-question gone / q',
			'orphan-review 5',
			'orphan-attempt gone / 1',
			'orphan-result gone / Ana',
			'orphan-media-file gone / x.png',
			'orphan-card gone / x',
			'card-bad-number mine / f1',
			'card-date-converted mine / f2',
			'card-date-converted mine / f2',
			'card-bad-number mine / f3',
			'card-bad-date mine / f3',
			'card-without-question mine / nofact',
			'card-bad-order shipped / a',
			'card-bad-state shipped / b'
		]);
		expect(report.problems.find((p) => p.kind === 'card-bad-date')!.detail).toBe('The card\'s due "soon" is not a date; the card was reset to New.');
		expect(await dump(d)).toStrictEqual(before);
	});

	it('repairs everything it reports, and a second run finds nothing', async () => {
		const d = freshDb();
		await fill(d);
		const sound = await dump(d);
		const soundCards = (await allCards(d)).map((c) => c.id);
		await corrupt(d);
		const report = await checkDatabase(true, NOW, d);
		expect(report.repaired).toBe(report.problems.length);
		expect(report.repaired).toBe(14);
		expect(await checkDatabase(true, NOW, d)).toEqual({ problems: [], repaired: 0 });

		const after = await dump(d);
		// Everything of the gone bank is deleted; the rest is as it was.
		for (const table of ['questions', 'reviews', 'attempts', 'results', 'media', 'banks'] as const) {
			expect(after[table]).toStrictEqual(sound[table]);
		}
		const card = (id: string) => after.cards.find((c) => c.id === id)!;
		expect(card('mine\u0000f2').due).toEqual(new Date('2024-03-09T10:00:00.000Z'));
		expect(card('mine\u0000f2').last_review).toEqual(new Date(1709632800000));
		for (const id of ['mine\u0000f1', 'mine\u0000f3', 'shipped\u0000b']) {
			expect(card(id)).toMatchObject({ state: 0, stability: 0, difficulty: 0, reps: 0, due: NOW });
		}
		// A fact whose card row is gone has its New card without a row (implicit-cards.ts): nothing to repair.
		expect(after.cards.find((c) => c.id === 'mine\u0000f0')).toBeUndefined();
		expect(await getCard('mine\u0000f0', d)).toMatchObject({ state: 0, reps: 0 });
		expect(card('shipped\u0000b').order).toBe(1);
		expect(card('shipped\u0000a')).toStrictEqual({ ...sound.cards.find((c) => c.id === 'shipped\u0000a')!, order: 0 });
		// Every card is there again, with a row or as its fact's New card.
		expect((await allCards(d)).map((c) => c.id)).toEqual(soundCards);
	});
});
