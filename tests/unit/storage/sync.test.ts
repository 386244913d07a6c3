/**
 * Two databases as two devices, exchanging their changes through a relay that
 * follows the server's rules (sync-relay.ts): reviews, undo, the outbox.
 */
import { answerCard } from '$lib/core/srs/scheduler';
import { MAX_BODY_BYTES } from '$lib/core/sync/protocol';
import type { Rating } from '$lib/core/srs/types';
import { saveAnswer, undoAnswer } from '$lib/storage/answers';
import { exportAll } from '$lib/storage/backup';
import { deleteBank, saveBank, syncShippedBanks } from '$lib/storage/banks';
import { deleteQuestions, setSuspended } from '$lib/storage/browse';
import { importBank } from '$lib/storage/imports';
import type { FactdeckDB } from '$lib/storage/db';
import { getSettings } from '$lib/storage/settings';
import { saveSettings } from '$lib/storage/settings-save';
import { confirmPush, getSyncMeta, nextPush, outboxSize, startSyncing, stopSyncing } from '$lib/storage/sync';
import { bankOfFacts, closeAll, freshDb, local } from './helpers';
import { caughtUp, Relay, syncDevice, twoDevices } from './sync-relay';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const T0 = local(2024, 3, 5, 10);
const APP = { retention: 0.9, fuzz: true };
const CARD = 'own\u0000f1';

/** Answers the stored card at `now` as the study screen does (fuzz on) and saves it; returns the log id. */
async function answer(d: FactdeckDB, id: string, rating: Rating, now: Date, questionId = 'q1') {
	const card = (await getCard(id, d))!;
	const { card: next, log } = answerCard(card, rating, now, APP, questionId, 1500);
	return saveAnswer(next, log, d);
}

/**
 * The cards and the reviews of a device, to compare two devices. A review's
 * `before` is left out: a card's first one starts from the New card as each
 * device made it (due when its bank was saved there), which no schedule reads.
 */
async function state(d: FactdeckDB) {
	const cards = await d.cards.toArray();
	const reviews = await d.reviews.toArray();
	return { cards, reviews: reviews.map((r) => [r.uid, r.cardId, r.rating, r.reviewedAt.getTime(), r.questionId, r.after]).sort() };
}

describe('the outbox', () => {
	it('waits nothing, and stores nothing, while syncing is off', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('own', 3), T0, {}, d);
		const logId = await answer(d, CARD, 3, T0);
		await undoAnswer(logId, d);
		await answer(d, CARD, 3, T0);
		await saveSettings({ retention: 0.8 }, d);
		await setSuspended([CARD], true, d);
		await deleteBank('own', d);
		expect(await outboxSize(d)).toBe(0);
		expect(await d.meta.get('sync')).toBeUndefined();
		expect(await d.syncRevs.count()).toBe(0);
	});

	it('holds an edited question once however often it is saved, and a shipped bank saved as shipped not at all', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('shipped', 2), T0, { shipped: true }, d);
		await startSyncing(d);
		expect(await outboxSize(d)).toBe(0);
		const own = bankOfFacts('own', 2);
		await saveBank(own, T0, {}, d);
		const edit = (prompt: string) => ({ ...own, questions: [{ ...own.questions[0], prompt }, own.questions[1]] });
		await saveBank(edit('one'), T0, {}, d);
		await saveBank(edit('two'), T0, {}, d);
		expect((await d.outbox.toArray()).map((r) => r.key)).toEqual(['doc|bank|own|', 'doc|question|own|q0', 'doc|question|own|q1']);
		// A first sign-in sends no document before it has pulled the account's.
		expect(await nextPush(d)).toBeNull();
		await caughtUp(d, T0);
		const batch = (await nextPush(d))!;
		expect(batch.docs.find((doc) => doc.key === 'q0')).toMatchObject({ kind: 'question', bankId: 'own', baseRev: null, body: { prompt: 'two' } });
	});

	it('stores a review pushed twice once, and waits nothing after it was confirmed', async () => {
		const { relay, a } = await twoDevices(T0);
		await answer(a, CARD, 3, T0);
		const batch = (await nextPush(a))!;
		expect(batch.reviews).toHaveLength(1);
		const { deviceId } = await getSyncMeta(a);
		expect(relay.push(deviceId, batch)).toMatchObject({ stored: 1, duplicates: 0 });
		expect(relay.push(deviceId, batch)).toMatchObject({ stored: 0, duplicates: 1 });
		await syncDevice(relay, a, T0);
		expect(await outboxSize(a)).toBe(0);
		expect(await nextPush(a)).toBeNull();
		expect(relay.reviews.size).toBe(1);
	});

	it('forgets an answer undone before it was pushed, and sends an undo for one undone after', async () => {
		const { relay, a, b } = await twoDevices(T0);
		const first = await answer(a, CARD, 3, T0);
		await undoAnswer(first, a);
		expect(await outboxSize(a)).toBe(0);
		const second = await answer(a, CARD, 3, T0);
		await syncDevice(relay, a, T0);
		await syncDevice(relay, b, T0);
		expect((await getCard(CARD, b))!.reps).toBe(1);
		await undoAnswer(second, a);
		expect((await a.outbox.toArray()).map((r) => r.key)).toEqual([`undo|${[...relay.reviews.keys()][0]}`]);
		await syncDevice(relay, a, T0);
		const applied = await syncDevice(relay, b, T0);
		expect(applied).toMatchObject({ reviews: 1, cards: 1 });
		expect(await b.reviews.count()).toBe(0);
		expect(await getCard(CARD, b)).toMatchObject({ reps: 0, state: 0 });
	});

	it('sends an undo after all when the answer was undone while its push was on its way', async () => {
		const { relay, a } = await twoDevices(T0);
		const logId = await answer(a, CARD, 3, T0);
		const batch = (await nextPush(a))!;
		await undoAnswer(logId, a);
		await confirmPush(batch, relay.push((await getSyncMeta(a)).deviceId, batch), a);
		const waiting = await a.outbox.toArray();
		expect(waiting.map((r) => r.key)).toEqual([`undo|${batch.reviews[0].id}`]);
		expect(waiting[0].undo).toMatchObject({ id: batch.reviews[0].id, undone: true });
	});

	it('is cleared by signing out, which keeps the learner data and the device id', async () => {
		const { a } = await twoDevices(T0);
		const { deviceId } = await getSyncMeta(a);
		await answer(a, CARD, 3, T0);
		await stopSyncing(a);
		expect(await outboxSize(a)).toBe(0);
		expect(await a.syncRevs.count()).toBe(0);
		expect(await getSyncMeta(a)).toMatchObject({ deviceId, enabled: false, cursor: 0 });
		expect(await a.reviews.count()).toBe(1);
		await answer(a, CARD, 3, local(2024, 3, 5, 11));
		expect(await outboxSize(a)).toBe(0);
	});
});

describe('reviews between two devices', () => {
	it('converge to the same cards after both studied the same card offline', async () => {
		const { relay, a, b } = await twoDevices(T0);
		await answer(a, CARD, 3, local(2024, 3, 5, 11));
		await answer(b, CARD, 1, local(2024, 3, 5, 12));
		await answer(a, CARD, 3, local(2024, 3, 5, 13));
		await answer(b, 'own\u0000f2', 4, local(2024, 3, 5, 14));
		await answer(b, CARD, 3, local(2024, 3, 8, 9));
		await syncDevice(relay, a, T0);
		await syncDevice(relay, b, T0);
		await syncDevice(relay, a, T0);
		const [sa, sb] = [await state(a), await state(b)];
		expect(sa).toStrictEqual(sb);
		expect(sa.reviews).toHaveLength(5);
		expect((await getCard(CARD, a))!.reps).toBe(4);
		// Nothing waits, and syncing again changes nothing.
		expect([await outboxSize(a), await outboxSize(b)]).toEqual([0, 0]);
		await syncDevice(relay, b, T0);
		expect(await state(b)).toStrictEqual(sb);
	});

	it('keeps the reviews of a bank not on the device yet, and replays them when it arrives', async () => {
		const relay = new Relay();
		const [a, b] = [freshDb(), freshDb()];
		await saveBank(bankOfFacts('own', 3), T0, {}, a);
		await answer(a, CARD, 3, local(2024, 3, 5, 11));
		await answer(a, CARD, 3, local(2024, 3, 6, 11));
		// A shipped bank as shipped and settings left at their defaults are not sent.
		await saveBank(bankOfFacts('shipped', 4), T0, { shipped: true }, a);
		await saveSettings({ retention: 0.85, newPerDay: 20 }, a);
		const counts = await startSyncing(a);
		expect(counts).toEqual({ banks: 1, questions: 3, reviews: 2, settings: 1 });
		await syncDevice(relay, a, T0);
		expect(relay.docs.size).toBe(0);
		await syncDevice(relay, a, T0);
		await startSyncing(b);
		// The relay numbers a push's reviews before its documents: a page of 2 holds the reviews alone.
		const first = relay.pull(0, 2);
		expect([first.reviews.length, first.docs.length]).toEqual([2, 0]);
		await syncDevice(relay, b, T0, 2);
		const { cards: _shipped, ...onA } = await state(a);
		const { cards, ...onB } = await state(b);
		expect(onB).toStrictEqual(onA);
		expect(cards).toStrictEqual((await a.cards.toArray()).filter((c) => c.bankId === 'own'));
		expect((await getSettings(b)).retention).toBe(0.85);
	});
});

describe('push batches', () => {
	it('hold at most what fits in a request body, the rest waiting for the next', async () => {
		const d = freshDb();
		await startSyncing(d);
		const long = 'x'.repeat(100_000);
		const questions = Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, fact: `f${i}`, type: 'flashcard' as const, prompt: long, answer: 'a' }));
		await saveBank({ format: 'factdeck.bank', version: 1, id: 'big', title: 'Big', questions }, T0, {}, d);
		await caughtUp(d, T0);
		const first = (await nextPush(d))!;
		expect(first.docs.length).toBeLessThan(31);
		expect(first.entries).toHaveLength(first.docs.length);
		expect(JSON.stringify(first).length).toBeLessThan(MAX_BODY_BYTES);
		await confirmPush(
			first,
			{ stored: 0, duplicates: 0, docs: first.docs.map((doc, i) => ({ kind: doc.kind, bankId: doc.bankId, key: doc.key, rev: i + 1 })) },
			d
		);
		expect(await outboxSize(d)).toBe(31 - first.docs.length);
		expect(await d.syncRevs.get(['bank', 'big', ''])).toMatchObject({ rev: 1 });
	});

	it('leave the sync state out of a backup', async () => {
		const d = freshDb();
		await startSyncing(d);
		expect((await exportAll(d)).settings.meta).toEqual({});
	});
});

describe('bank saves', () => {
	it('queue the bank document only when it is new, was shipped, or its metadata changed', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('shipped', 2), T0, { shipped: true }, d);
		await saveBank(bankOfFacts('own', 2), T0, {}, d);
		await startSyncing(d);
		const keys = async () => (await d.outbox.toArray()).map((r) => r.key);
		await d.outbox.clear();
		const own = bankOfFacts('own', 2);
		await saveBank({ ...own, questions: [{ ...own.questions[0], prompt: 'new' }, own.questions[1]] }, T0, {}, d);
		expect(await keys()).toEqual(['doc|question|own|q0']);
		await saveBank({ ...own, title: 'Renamed' }, T0, {}, d);
		expect(await keys()).toEqual(['doc|bank|own|', 'doc|question|own|q0']);
		await d.outbox.clear();
		const shipped = bankOfFacts('shipped', 2);
		await saveBank({ ...shipped, questions: [shipped.questions[0]] }, T0, {}, d);
		expect(await keys()).toEqual(['doc|bank|shipped|', 'doc|question|shipped|q1']);
		await d.outbox.clear();
		await saveBank(bankOfFacts('shipped', 3), T0, { shipped: true }, d);
		expect(await keys()).toEqual([]);
	});
});

describe('every way a bank changes', () => {
	it('queues an import (as a copy or a replace), question deletion, and a shipped update not at all', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('own', 2), T0, {}, d);
		await saveBank(bankOfFacts('shipped', 2), T0, { shipped: true }, d);
		await startSyncing(d);
		await d.outbox.clear();
		const keys = async () => (await d.outbox.toArray()).map((r) => r.key);
		await importBank(bankOfFacts('own', 1), T0, { onConflict: 'copy' }, d);
		expect(await keys()).toEqual(['doc|bank|own-2|', 'doc|question|own-2|q0']);
		await d.outbox.clear();
		await answer(d, 'own\u0000f1', 3, T0);
		// A replace of a bank with progress snapshots first, in the same transaction.
		await importBank(bankOfFacts('own', 1), T0, { onConflict: 'replace' }, d);
		expect((await keys()).filter((k) => k.startsWith('doc|'))).toEqual(['doc|bank|own|', 'doc|question|own|q1']);
		await d.outbox.clear();
		await deleteQuestions([{ bankId: 'own-2', questionId: 'q0' }], T0, d);
		expect(await keys()).toEqual(['doc|bank|own-2|', 'doc|question|own-2|q0']);
		await d.outbox.clear();
		await syncShippedBanks([bankOfFacts('shipped', 1)], T0, d);
		expect(await keys()).toEqual([]);
	});
});
