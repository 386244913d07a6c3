import { answerCard } from '$lib/core/srs/scheduler';
import { saveAnswer, undoAnswer } from '$lib/storage/answers';
import { exportAll, restoreAll } from '$lib/storage/backup';
import { saveBank } from '$lib/storage/banks';
import { loadBrowseRows, setSuspended } from '$lib/storage/browse';
import { checkDatabase } from '$lib/storage/check';
import type { FactdeckDB } from '$lib/storage/db';
import { gatherQueueHead } from '$lib/storage/queue';
import { gatherQueue } from '$lib/storage/queue-lists';
import { getCard } from '$lib/storage/card-reads';
import { listSnapshots, restoreSnapshot, takeSnapshotIfDue } from '$lib/storage/snapshots';
import { listBankSummaries } from '$lib/storage/summaries';
import { allCards, bank, closeAll, dump, freshDb, local, question, settings } from './helpers';

afterEach(closeAll);

const T0 = local(2024, 3, 4, 10);
const AT = local(2024, 3, 5, 10);
const opts = { retention: 0.9, fuzz: false };

/** A bank of 1,203 questions over 401 facts (three questions each): more than two question pages. */
const big = bank(
	'big',
	Array.from({ length: 1203 }, (_, i) => question(`q${i}`, `f${Math.floor(i / 3)}`))
);

async function answerFirst(d: FactdeckDB, rating: 1 | 2 | 3 | 4 = 3): Promise<{ logId: number; id: string }> {
	const head = await gatherQueueHead({ bankId: 'big' }, AT, settings(), d);
	const { card, log } = answerCard(head.fresh!, rating, AT, opts, `q${head.fresh!.order}`, 1000);
	return { logId: await saveAnswer(card, log, d), id: card.id };
}

describe('New cards without a row', () => {
	it('are in the queue, its counts and the library, in order, though no card row is stored', async () => {
		const d = freshDb();
		await saveBank(big, T0, {}, d);
		expect(await d.cards.count()).toBe(0);
		const head = await gatherQueueHead({ bankId: 'big' }, AT, settings(), d);
		expect(head.counts).toEqual({ new: 20, learning: 0, review: 0 });
		expect(head.fresh).toStrictEqual(await getCard('big\u0000f0', d));
		expect(head.fresh).toMatchObject({ id: 'big\u0000f0', bankId: 'big', fact: 'f0', order: 0, state: 0 });
		expect(head.fresh!.due).toEqual(T0);
		const whole = await gatherQueue({ bankId: 'big' }, AT, settings({ newPerDay: 500 }), d);
		expect(whole.fresh.map((c) => c.order)).toEqual(Array.from({ length: 401 }, (_, i) => i * 3));
		const [summary] = await listBankSummaries(AT, settings(), d);
		expect(summary).toMatchObject({ new: 20, cardCount: 401 });
	});

	it('get a row when first answered, and lose it again when that answer is undone', async () => {
		const d = freshDb();
		await saveBank(big, T0, {}, d);
		const before = await dump(d);
		const { logId, id } = await answerFirst(d);
		expect(id).toBe('big\u0000f0');
		expect((await d.cards.toArray()).map((c) => [c.id, c.state])).toEqual([['big\u0000f0', 1]]);
		// The next New card follows, and the day's allowance went down by one.
		const next = await gatherQueueHead({ bankId: 'big' }, AT, settings(), d);
		expect([next.fresh!.id, next.counts.new, next.counts.learning]).toEqual(['big\u0000f1', 19, 1]);
		const restored = await undoAnswer(logId, d);
		expect(restored).toStrictEqual(await getCard(id, d));
		expect(await d.cards.count()).toBe(0);
		expect(await dump(d)).toStrictEqual(before);
		const again = await gatherQueueHead({ bankId: 'big' }, AT, settings(), d);
		expect([again.fresh!.id, again.counts.new]).toEqual(['big\u0000f0', 20]);
	});

	it('are introduced across question pages in order, whatever was studied out of order', async () => {
		const d = freshDb();
		await saveBank(big, T0, {}, d);
		// Fact f170 (page 1) suspended from the browser: a row of its own, skipped by the queue.
		await setSuspended(['big\u0000f170'], true, d);
		const s = settings({ newPerDay: 400 });
		const seen: string[] = [];
		for (let i = 0; i < 200; i++) {
			const head = await gatherQueueHead({ bankId: 'big' }, AT, s, d);
			seen.push(head.fresh!.fact);
			const { card, log } = answerCard(head.fresh!, 4, AT, opts, 'q', 10);
			await saveAnswer(card, log, d);
		}
		expect(seen).toEqual(Array.from({ length: 201 }, (_, i) => `f${i}`).filter((f) => f !== 'f170'));
		const head = await gatherQueueHead({ bankId: 'big' }, AT, s, d);
		expect(head.fresh!.fact).toBe('f201');
		expect(head.counts.new).toBe(200);
	});

	it('are listed and filtered by the card browser as New', async () => {
		const d = freshDb();
		await saveBank(big, T0, {}, d);
		await answerFirst(d);
		const rows = await loadBrowseRows(undefined, d);
		expect(rows).toHaveLength(1203);
		expect(rows.filter((r) => r.state === 0)).toHaveLength(1200);
		expect(rows.find((r) => r.questionId === 'q3')).toMatchObject({ state: 0, due: T0.getTime(), suspended: false });
		expect(rows.find((r) => r.questionId === 'q0')).toMatchObject({ state: 1 });
	});

	it('are nothing for Check database to repair', async () => {
		const d = freshDb();
		await saveBank(big, T0, {}, d);
		await answerFirst(d);
		expect(await checkDatabase(true, AT, d)).toEqual({ problems: [], repaired: 0 });
	});

	it('travel in a backup as cards, and a restore brings back exactly the rows there were', async () => {
		const d = freshDb();
		await saveBank(big, T0, {}, d);
		await answerFirst(d, 1);
		await setSuspended(['big\u0000f5'], true, d);
		const data = await exportAll(d);
		expect(data.cards).toHaveLength(401);
		expect(data.cards).toStrictEqual(await allCards(d));
		const before = await dump(d);
		const other = freshDb();
		await restoreAll(data, AT, other);
		expect(await dump(other)).toStrictEqual(before);
		expect(await other.cards.count()).toBe(2);
		expect(await exportAll(other)).toStrictEqual(data);
	});

	it('come back exactly from a snapshot taken before they were studied', async () => {
		const d = freshDb();
		await saveBank(big, T0, {}, d);
		await takeSnapshotIfDue(T0, d);
		const before = await dump(d);
		await answerFirst(d);
		const [snapshot] = await listSnapshots(d);
		expect(snapshot).toMatchObject({ cards: 401 });
		await restoreSnapshot(snapshot.id, AT, d);
		const after = await dump(d);
		expect({ ...after, snapshots: [] }).toStrictEqual({ ...before, snapshots: [] });
		expect((await gatherQueueHead({ bankId: 'big' }, AT, settings(), d)).fresh!.id).toBe('big\u0000f0');
	});
});
