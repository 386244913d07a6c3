import type { Bank } from '$lib/core/bank/schema';
import { answerCard } from '$lib/core/srs/scheduler';
import { saveAnswer } from '$lib/storage/answers';
import { getBank, getBankMeta, saveBank } from '$lib/storage/banks';
import { freeBankId, importBank } from '$lib/storage/imports';
import { getMedia, listMediaNames } from '$lib/storage/media';
import { listSnapshots, restoreSnapshot } from '$lib/storage/snapshots';
import { allCards, bank, bankOfFacts, closeAll, dump, freshDb, question, questionCount } from './helpers';
import { facts, library, study } from './progress';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const T0 = new Date('2024-03-05T10:00:00Z');
const T1 = new Date('2024-03-06T10:00:00Z');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 4, 5]);

/** A bank with `n` questions on n/2 facts, so cards and questions differ in number. */
const big = (id: string, n: number): Bank =>
	bank(
		id,
		Array.from({ length: n }, (_, i) => question(`q${i}`, `f${Math.floor(i / 2)}`))
	);

describe('importBank', () => {
	it('stores a new bank with its questions, one New card per fact, and its images', async () => {
		const d = freshDb();
		const deck = bank('deck', [question('a', 'x', { html: { prompt: '<img src="a.png">' } }), question('b', 'y')]);
		const out = await importBank(
			deck,
			T0,
			{
				onConflict: 'replace',
				media: new Map([
					['a.png', PNG],
					['b.jpg', JPEG]
				])
			},
			d
		);
		expect(out).toEqual({ id: 'deck' });
		expect(await getBank('deck', d)).toStrictEqual(deck);
		expect((await getBankMeta('deck', d))!.shipped).toBe(false);
		expect((await allCards(d)).map((c) => [c.fact, c.state])).toEqual([
			['x', 0],
			['y', 0]
		]);
		const a = await getMedia('deck', 'a.png', d);
		expect(a!.type).toBe('image/png');
		expect([...new Uint8Array(await a!.arrayBuffer())]).toEqual([...PNG]);
		expect((await getMedia('deck', 'b.jpg', d))!.type).toBe('image/jpeg');
	});

	it('replaces a stored bank, keeping card progress by fact and replacing its images', async () => {
		const d = freshDb();
		await importBank(bankOfFacts('deck', 3), T0, { onConflict: 'replace', media: new Map([['old.png', PNG]]) }, d);
		const card = (await getCard('deck\u0000f1', d))!;
		const { card: learnt, log } = answerCard(card, 3, T0, { retention: 0.9, fuzz: false }, 'q1', 100);
		await saveAnswer(learnt, log, d);
		const next = bankOfFacts('deck', 4, { title: 'Deck v2' });
		expect(await importBank(next, T1, { onConflict: 'replace', media: new Map([['new.png', PNG]]) }, d)).toEqual({
			id: 'deck',
			snapshotId: expect.any(Number)
		});
		expect(await getBank('deck', d)).toStrictEqual(next);
		expect(await getCard('deck\u0000f1', d)).toStrictEqual(learnt);
		expect((await allCards(d)).length).toBe(4);
		expect(await listMediaNames('deck', d)).toEqual(['new.png']);
		expect(await d.banks.count()).toBe(1);
	});

	it('keeps both on "copy": the new bank under id-2, then id-3, each with its own cards and images', async () => {
		const d = freshDb();
		const deck = bankOfFacts('deck', 2);
		await importBank(deck, T0, { onConflict: 'copy' }, d);
		expect(await importBank(deck, T0, { onConflict: 'copy', media: new Map([['a.png', PNG]]) }, d)).toEqual({ id: 'deck-2' });
		expect(await importBank(deck, T0, { onConflict: 'copy' }, d)).toEqual({ id: 'deck-3' });
		expect(await getBank('deck-2', d)).toStrictEqual({ ...deck, id: 'deck-2' });
		expect(await getCard('deck-3\u0000f1', d)).toMatchObject({ bankId: 'deck-3', fact: 'f1' });
		expect(await listMediaNames('deck-2', d)).toEqual(['a.png']);
		expect(await listMediaNames('deck', d)).toEqual([]);
		expect((await allCards(d)).length).toBe(6);
	});

	it('writes nothing when a question write fails in the middle', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('keep', 3), T0, {}, d);
		await importBank(bankOfFacts('deck', 2), T0, { onConflict: 'replace', media: new Map([['a.png', PNG]]) }, d);
		const before = await dump(d);
		let n = 0;
		// Pages of 500 questions: the fifth page is the 2,500th question.
		d.questionPages.hook('creating', () => {
			if (++n === 5) throw new Error('quota exceeded');
		});
		await expect(importBank(big('deck', 5000), T1, { onConflict: 'replace', media: new Map([['b.png', PNG]]) }, d)).rejects.toThrow('quota exceeded');
		expect(n).toBe(5);
		expect(await dump(d)).toStrictEqual(before);
	});

	it('writes nothing when an image write fails after the questions and cards', async () => {
		const d = freshDb();
		const before = await dump(d);
		d.media.hook('creating', (_key, row) => {
			if (row.name === 'bad.png') throw new Error('no space for images');
		});
		const media = new Map([
			['ok.png', PNG],
			['bad.png', PNG]
		]);
		await expect(importBank(bankOfFacts('deck', 4), T0, { onConflict: 'copy', media }, d)).rejects.toThrow('no space for images');
		expect(await dump(d)).toStrictEqual(before);
	});

	it('reports progress after each chunk, synchronously, up to the total', async () => {
		const d = freshDb();
		const calls: [number, number][] = [];
		const media = new Map([['a.png', PNG]]);
		await importBank(big('deck', 4500), T0, { onConflict: 'replace', media, onProgress: (done, total) => calls.push([done, total]) }, d);
		// 4500 questions in pages of 500, four pages a write, then the 2250 New cards (no row to write), then 1 image.
		expect(calls).toEqual([
			[2000, 6751],
			[4000, 6751],
			[4500, 6751],
			[6750, 6751],
			[6751, 6751]
		]);
		expect(await questionCount(d)).toBe(4500);
		expect((await allCards(d)).length).toBe(2250);
		expect(await d.cards.count()).toBe(0);
	});

	it('counts unchanged questions and cards in the progress of a replace, so it still reaches the total', async () => {
		const d = freshDb();
		await importBank(big('deck', 4500), T0, { onConflict: 'replace' }, d);
		const calls: [number, number][] = [];
		// Two questions more at the end: one new page of two and one new card; the 4,500 stored questions
		// are unchanged, so they are not written again, and no card has a row to write, but all still count.
		const grown = big('deck', 4502);
		await importBank(grown, T1, { onConflict: 'replace', onProgress: (done, total) => calls.push([done, total]) }, d);
		expect(calls).toEqual([
			[2, 6753],
			[4502, 6753],
			[6753, 6753]
		]);
		expect(await questionCount(d)).toBe(4502);
		expect((await allCards(d)).length).toBe(2251);
	});

	it('imports a 10,000-question bank in a few bulk writes, never row by row', async () => {
		const d = freshDb();
		const bulk = vi.spyOn(d.questionPages, 'bulkPut');
		const single = [vi.spyOn(d.questionPages, 'add'), vi.spyOn(d.questionPages, 'put'), vi.spyOn(d.cards, 'add'), vi.spyOn(d.cards, 'put')];
		const started = performance.now();
		await importBank(big('huge', 10_000), T0, { onConflict: 'replace' }, d);
		const ms = performance.now() - started;
		expect(await questionCount(d)).toBe(10_000);
		expect((await allCards(d)).length).toBe(5_000);
		expect(await d.cards.count()).toBe(0);
		expect(bulk).toHaveBeenCalledTimes(5);
		for (const spy of single) expect(spy).not.toHaveBeenCalled();
		// fake-indexeddb is no measure of Chromium; this only catches a per-row-transaction regression.
		expect(ms).toBeLessThan(30_000);
	}, 60_000);
});

describe('importBank replacing a bank with progress', () => {
	it('snapshots everything first; restoring that snapshot brings back every card, review and image exactly', async () => {
		const d = freshDb();
		await importBank(bankOfFacts('deck', 15), T0, { onConflict: 'replace', media: new Map([['old.png', PNG]]) }, d);
		await saveBank(bankOfFacts('other', 2), T0, {}, d);
		await study(d, 'deck', facts(12), 2);
		const before = await library(d);
		// A bank under the same id whose facts are all different: a replace deletes the 12 studied cards.
		const theirs = bankOfFacts('deck', 5, { title: 'Not yours' });
		const renamed = { ...theirs, questions: theirs.questions.map((q) => ({ ...q, fact: `g${q.fact}` })) };
		const out = await importBank(renamed, T1, { onConflict: 'replace', media: new Map([['new.png', PNG]]) }, d);
		expect(out.snapshotId).toEqual(expect.any(Number));
		expect((await d.cards.toArray()).filter((c) => c.bankId === 'deck' && c.state !== 0)).toEqual([]);
		expect(await listSnapshots(d)).toEqual([{ id: out.snapshotId, takenAt: T1, reason: 'Before replacing “Bank deck”', banks: 2, cards: 17, reviews: 24 }]);

		await restoreSnapshot(out.snapshotId!, T1, d);
		expect(await library(d)).toStrictEqual(before);
	});

	it('takes no snapshot for a bank never studied, nor for a copy', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('deck', 3), T0, {}, d);
		expect(await importBank(bankOfFacts('deck', 2), T1, { onConflict: 'replace' }, d)).toEqual({ id: 'deck' });
		await study(d, 'deck', facts(1));
		expect(await importBank(bankOfFacts('deck', 2), T1, { onConflict: 'copy' }, d)).toEqual({ id: 'deck-2' });
		expect(await d.snapshots.count()).toBe(0);
	});

	it('writes neither the snapshot nor the bank when the replace fails midway', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('deck', 4), T0, {}, d);
		await study(d, 'deck', facts(4));
		const before = await dump(d);
		// Any question write fails: a replace writes only the questions that differ, so this one may only delete.
		const fail = () => {
			throw new Error('quota exceeded');
		};
		d.questionPages.hook('creating', fail);
		d.questionPages.hook('updating', fail);
		d.questionPages.hook('deleting', fail);
		await expect(importBank(bankOfFacts('deck', 3, { title: 'Theirs' }), T1, { onConflict: 'replace' }, d)).rejects.toThrow('quota exceeded');
		expect(await dump(d)).toStrictEqual(before);
	});
});

describe('freeBankId', () => {
	it('gives the id itself when free, else the first free -n suffix', async () => {
		const d = freshDb();
		expect(await freeBankId('deck', d)).toBe('deck');
		await saveBank(bankOfFacts('deck', 1), T0, {}, d);
		expect(await freeBankId('deck', d)).toBe('deck-2');
		await saveBank(bankOfFacts('deck-2', 1), T0, {}, d);
		await saveBank(bankOfFacts('deck-4', 1), T0, {}, d);
		await saveBank(bankOfFacts('deck-extra', 1), T0, {}, d);
		expect(await freeBankId('deck', d)).toBe('deck-3');
	});
});
