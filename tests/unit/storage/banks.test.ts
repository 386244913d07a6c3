import { contentHash } from '$lib/core/bank/hash';
import type { Bank } from '$lib/core/bank/schema';
import { answerCard } from '$lib/core/srs/scheduler';
import { saveAnswer } from '$lib/storage/answers';
import { deleteBank, getBank, getBankMeta, saveBank, syncShippedBanks } from '$lib/storage/banks';
import { checkDatabase } from '$lib/storage/check';
import { saveMedia } from '$lib/storage/media';
import { listSnapshots, restoreSnapshot } from '$lib/storage/snapshots';
import { allCards, bank, bankOfFacts, closeAll, dump, freshDb, question, questionCount } from './helpers';
import { fill } from './fill';
import { facts, library, study } from './progress';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const T0 = new Date('2024-03-05T10:00:00Z');
const T1 = new Date('2024-03-06T10:00:00Z');

const rich: Bank = bank(
	'rich',
	[
		question('a1', 'capital', { type: 'mcq', prompt: 'Capital?', answer: 'Seoul', choices: ['Seoul', 'Busan', 'Incheon'] }),
		question('a2', 'president', { type: 'short', accept: ['Moon'], explanation: 'Elected 2017.', tags: ['people'] }),
		question('a3', 'capital', { type: 'truefalse', prompt: 'Seoul is the capital.', answer: true }),
		question('a4', 'dmz', { source: { text: 'The DMZ divides the peninsula.', start: 0, end: 30 } })
	],
	{
		description: 'A test bank',
		language: 'en',
		tags: ['korea'],
		source: { title: 'Article', publisher: 'Paper', published: '2021-02-03', text: 'The DMZ divides the peninsula.' }
	}
);

describe('saveBank / getBank', () => {
	it('round-trips a bank exactly, questions in order', async () => {
		const d = freshDb();
		await saveBank(rich, T0, {}, d);
		expect(await getBank('rich', d)).toStrictEqual(rich);
	});

	it('writes only the question pages an edit changed, and reads back exactly what was saved', async () => {
		const d = freshDb();
		const before = bankOfFacts('big', 1200);
		await saveBank(before, T0, {}, d);
		const [put, deleted] = [vi.spyOn(d.questionPages, 'bulkPut'), vi.spyOn(d.questionPages, 'bulkDelete')];
		// One prompt edited (page 0), the last question deleted and one new question at the end (page 2).
		const questions = before.questions.slice(0, -1).map((q, i) => (i === 7 ? { ...q, prompt: 'Edited?' } : q));
		const after = { ...before, questions: [...questions, question('new', 'f-new')] };
		await saveBank(after, T1, {}, d);
		expect(put.mock.calls.map(([pages]) => pages.map((p) => p.page))).toEqual([[0, 2]]);
		expect(deleted).not.toHaveBeenCalled();
		expect(await getBank('big', d)).toStrictEqual(after);
		// A move changes positions: only the page it happens in is written, and the order reads back.
		const moved = { ...after, questions: [after.questions[1], after.questions[0], ...after.questions.slice(2)] };
		put.mockClear();
		await saveBank(moved, T1, {}, d);
		expect(put.mock.calls.map(([pages]) => pages.map((p) => p.page))).toEqual([[0]]);
		expect(await getBank('big', d)).toStrictEqual(moved);
		// Shrunk below a page: the page past the end is deleted.
		const shrunk = { ...moved, questions: moved.questions.slice(0, 900) };
		await saveBank(shrunk, T1, {}, d);
		expect(deleted.mock.calls.map(([keys]) => keys)).toEqual([[['big', 2]]]);
		expect(await getBank('big', d)).toStrictEqual(shrunk);
	});

	it('stores the bank row with its hash, counts and dates as Dates', async () => {
		const d = freshDb();
		await saveBank(rich, T0, { shipped: true }, d);
		const meta = (await getBankMeta('rich', d))!;
		expect(meta).toMatchObject({ id: 'rich', title: 'Bank rich', contentHash: contentHash(rich), questionCount: 4, factCount: 3, shipped: true });
		expect(meta.addedAt).toBeInstanceOf(Date);
		expect(meta.addedAt.getTime()).toBe(T0.getTime());
		expect('questions' in meta).toBe(false);
	});

	it("creates one New card per fact, ordered by the fact's first question", async () => {
		const d = freshDb();
		await saveBank(rich, T0, {}, d);
		const cards = (await allCards(d)).sort((a, b) => a.order - b.order);
		expect(cards.map((c) => [c.fact, c.order, c.state])).toEqual([
			['capital', 0, 0],
			['president', 1, 0],
			['dmz', 3, 0]
		]);
		expect(cards[0].id).toBe('rich\u0000capital');
		expect(cards[0].due).toBeInstanceOf(Date);
		expect(cards[0].due.getTime()).toBe(T0.getTime());
		// None of them is written: a New card never given a state of its own has no row.
		expect(await d.cards.count()).toBe(0);
	});

	it('returns undefined for a bank that is not stored', async () => {
		expect(await getBank('nope', freshDb())).toBeUndefined();
	});

	it('keeps progress by fact on re-save and drops cards of vanished facts (their log stays)', async () => {
		const d = freshDb();
		await saveBank(rich, T0, { shipped: true }, d);
		const card = (await getCard('rich\u0000capital', d))!;
		const { card: answered, log } = answerCard(card, 3, T0, { retention: 0.9, fuzz: false }, 'a1', 1000);
		await saveAnswer(answered, log, d);
		const dmz = answerCard((await getCard('rich\u0000dmz', d))!, 1, T0, { retention: 0.9, fuzz: false }, 'a4', 500);
		await saveAnswer(dmz.card, dmz.log, d);

		const edited: Bank = {
			...rich,
			questions: [question('b0', 'newfact'), { ...rich.questions[0], prompt: 'Which city is the capital?' }, rich.questions[1]]
		};
		await saveBank(edited, T1, {}, d);

		expect(await getBank('rich', d)).toStrictEqual(edited);
		const kept = (await getCard('rich\u0000capital', d))!;
		expect(kept).toStrictEqual({ ...answered, order: 1 });
		expect(await getCard('rich\u0000dmz', d)).toBeUndefined();
		const fresh = (await getCard('rich\u0000newfact', d))!;
		expect(fresh).toMatchObject({ state: 0, order: 0, reps: 0 });
		// A New card without a row is due from when its bank was added (implicit-cards.ts).
		expect(fresh.due.getTime()).toBe(T0.getTime());
		expect((await allCards(d)).length).toBe(3);
		expect(await d.cards.count()).toBe(1);
		expect((await d.reviews.toArray()).map((r) => r.cardId).sort()).toEqual(['rich\u0000capital', 'rich\u0000dmz']);
		const meta = (await getBankMeta('rich', d))!;
		expect(meta.addedAt.getTime()).toBe(T0.getTime());
		expect(meta.updatedAt.getTime()).toBe(T1.getTime());
		expect(meta.shipped).toBe(false);
		expect(await questionCount(d)).toBe(3);
	});

	it('writes nothing when a bank cannot be saved (duplicate question ids)', async () => {
		const d = freshDb();
		await saveBank(rich, T0, {}, d);
		const before = await dump(d);
		const broken = bank('rich', [question('x', 'f1'), question('x', 'f2')]);
		await expect(saveBank(broken, T1, {}, d)).rejects.toThrow();
		expect(await dump(d)).toStrictEqual(before);
	});

	it('keeps banks apart: saving one leaves another untouched', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('one', 3), T0, {}, d);
		await saveBank(bankOfFacts('two', 2), T0, {}, d);
		await saveBank(bankOfFacts('one', 1), T1, {}, d);
		expect((await allCards(d)).filter((c) => c.bankId === 'two' && c.state === 0)).toHaveLength(2);
		expect((await getBank('two', d))!.questions).toHaveLength(2);
		expect((await getBank('one', d))!.questions).toHaveLength(1);
	});
});

describe('deleteBank', () => {
	it('removes the bank, its questions, cards and reviews, and nothing else', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('one', 3), T0, {}, d);
		await saveBank(bankOfFacts('two', 2), T0, {}, d);
		for (const id of ['one\u0000f0', 'two\u0000f1']) {
			const card = (await getCard(id, d))!;
			const { card: next, log } = answerCard(card, 3, T0, { retention: 0.9, fuzz: false }, 'q0', 100);
			await saveAnswer(next, log, d);
		}
		await deleteBank('one', d);
		expect(await getBankMeta('one', d)).toBeUndefined();
		expect((await d.questionPages.toArray()).every((p) => p.bankId === 'two')).toBe(true);
		expect((await allCards(d)).map((c) => c.bankId)).toEqual(['two', 'two']);
		expect((await d.reviews.toArray()).map((r) => r.bankId)).toEqual(['two']);
		expect(await questionCount(d)).toBe(2);
	});
});

describe('deleteBank: teacher and import data', () => {
	it("also removes the bank's attempts, imported results and media, and no other bank's", async () => {
		const d = freshDb();
		await fill(d);
		await saveBank(bankOfFacts('other', 1), T0, {}, d);
		await saveMedia('other', [{ name: 'o.png', type: 'image/png', bytes: new Uint8Array([1]) }], d);
		await d.attempts.put({ ...(await d.attempts.toArray())[0], id: 'other\u00001', bankId: 'other' });
		await deleteBank('mine', d);
		expect(await d.attempts.toCollection().primaryKeys()).toEqual(['other\u00001']);
		expect(await d.results.count()).toBe(0);
		expect(await d.media.toCollection().primaryKeys()).toEqual([['other', 'o.png']]);
		expect(await checkDatabase(false, T1, d)).toEqual({ problems: [], repaired: 0 });
	});
});

describe('syncShippedBanks', () => {
	it('adds new banks, updates changed ones, and leaves unchanged ones unwritten', async () => {
		const d = freshDb();
		const a = bankOfFacts('a', 2);
		const b = bankOfFacts('b', 2);
		expect(await syncShippedBanks([a, b], T0, d)).toEqual({ added: ['a', 'b'], updated: [], unchanged: [] });
		expect((await getBankMeta('a', d))!.shipped).toBe(true);

		const card = (await getCard('b\u0000f0', d))!;
		const { card: learnt, log } = answerCard(card, 4, T0, { retention: 0.9, fuzz: false }, 'q0', 100);
		await saveAnswer(learnt, log, d);

		const b2: Bank = { ...b, title: 'B, corrected', questions: [...b.questions, question('q9', 'f9')] };
		const result = await syncShippedBanks([a, b2], T1, d);
		expect(result).toEqual({ added: [], updated: ['b'], unchanged: ['a'] });
		expect((await getBankMeta('a', d))!.updatedAt.getTime()).toBe(T0.getTime());
		const metaB = (await getBankMeta('b', d))!;
		expect(metaB).toMatchObject({ title: 'B, corrected', contentHash: contentHash(b2), shipped: true });
		expect(metaB.updatedAt.getTime()).toBe(T1.getTime());
		expect(await getCard('b\u0000f0', d)).toStrictEqual(learnt);
		expect(await getBank('b', d)).toStrictEqual(b2);
	});

	it('does not overwrite a bank the learner saved themselves', async () => {
		const d = freshDb();
		await syncShippedBanks([bankOfFacts('a', 2)], T0, d);
		const mine = bankOfFacts('a', 5, { title: 'My edit' });
		await saveBank(mine, T1, {}, d);
		expect(await syncShippedBanks([bankOfFacts('a', 3)], T1, d)).toEqual({ added: [], updated: [], unchanged: ['a'] });
		expect(await getBank('a', d)).toStrictEqual(mine);
	});

	it('snapshots everything before an update that drops a studied fact, and only then', async () => {
		const d = freshDb();
		await syncShippedBanks([bankOfFacts('a', 4)], T0, d);
		await study(d, 'a', facts(2));
		// f3 was never studied: dropping it costs nothing, so no snapshot.
		await syncShippedBanks([bankOfFacts('a', 3, { title: 'A, v2' })], T1, d);
		expect(await d.snapshots.count()).toBe(0);
		const before = await library(d);

		await syncShippedBanks([bankOfFacts('a', 1, { title: 'A, v3' })], T1, d);
		expect((await d.cards.toArray()).map((c) => c.fact)).toEqual(['f0']);
		const [snapshot] = await listSnapshots(d);
		expect(snapshot).toMatchObject({ takenAt: T1, reason: 'Before an app update of its banks', cards: 3, reviews: 2 });
		await restoreSnapshot(snapshot.id, T1, d);
		expect(await library(d)).toStrictEqual(before);
	});
});
