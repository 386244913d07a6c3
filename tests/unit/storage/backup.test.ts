import { emitBackup, parseBackup } from '$lib/core/formats/backup';
import { exportAll, restoreAll } from '$lib/storage/backup';
import { getBank, saveBank } from '$lib/storage/banks';
import type { FactdeckDB } from '$lib/storage/db';
import { RestoreError } from '$lib/storage/errors';
import { bankOfFacts, closeAll, dump, freshDb } from './helpers';
import { fill, mine, shipped, T0 } from './fill';

afterEach(closeAll);

const LATER = new Date('2024-04-01T12:00:00Z');

/** Deletes every row of every table but media (which no backup carries). */
async function wipe(d: FactdeckDB): Promise<void> {
	const tables = d.tables.filter((t) => t.name !== 'media');
	await d.transaction('rw', tables, () => Promise.all(tables.map((t) => t.clear())));
	expect(await d.banks.count()).toBe(0);
}

/** The dump without media and snapshots, which a backup does not carry. */
async function dumpData(d: FactdeckDB) {
	const { media: _m, snapshots: _s, ...rest } = await dump(d);
	return rest;
}

describe('exportAll', () => {
	it('reads every bank as saved, cards, the log with ids in order, attempts, results and settings', async () => {
		const d = freshDb();
		await fill(d);
		const data = await exportAll(d);
		expect(data.banks).toStrictEqual([await getBank('mine', d), await getBank('shipped', d)]);
		expect(data.banks[1]).toStrictEqual(shipped);
		expect(data.cards).toHaveLength(6);
		expect(data.reviews.map((r) => r.id)).toEqual([1, 2, 3, 4]);
		expect(data.reviews[2]).toMatchObject({ cardId: 'mine\u0000f0', beforeQuestionId: 'q0' });
		expect(data.attempts.map((a) => a.student)).toEqual(['Me']);
		expect(data.results.map((r) => r.result.student)).toEqual(['Ana']);
		expect(data.settings.settings.learner).toMatchObject({ newPerDay: 7 });
		expect(data.settings.meta).toEqual({ persistRequested: true, lastSeen: new Date('2024-03-01T00:00:00Z') });
		expect(data.settings.library).toEqual({
			mine: { shipped: false, addedAt: new Date(T0.getTime() + 1000), updatedAt: new Date(T0.getTime() + 1000) },
			shipped: { shipped: true, addedAt: T0, updatedAt: T0 }
		});
	});
});

describe('restoreAll', () => {
	it('export → wipe → restore gives deep-equal data, Dates as Dates, and leaves media alone', async () => {
		const d = freshDb();
		await fill(d);
		const before = await dump(d);
		const data = await exportAll(d);
		await wipe(d);
		await restoreAll(data, LATER, d);
		expect(await exportAll(d)).toStrictEqual(data);
		const after = await dump(d);
		expect(after).toStrictEqual(before);
		expect(after.media).toHaveLength(1);
		expect(after.reviews[0].reviewedAt).toBeInstanceOf(Date);
		expect(after.attempts[0].finishedAt).toBeInstanceOf(Date);
	});

	it('restores into another database exactly, keeping review ids so new answers follow the log', async () => {
		const from = freshDb();
		await fill(from);
		const to = freshDb();
		await saveBank(bankOfFacts('stale', 2), T0, {}, to);
		await restoreAll(await exportAll(from), LATER, to);
		expect(await dumpData(to)).toStrictEqual(await dumpData(from));
		const next = await to.reviews.add({ ...(await to.reviews.get(4))!, id: undefined, uid: crypto.randomUUID() });
		expect(next).toBeGreaterThan(4);
	});

	it('restoring the same backup twice creates no duplicates', async () => {
		const d = freshDb();
		await fill(d);
		const data = await exportAll(d);
		await restoreAll(data, LATER, d);
		const once = await dump(d);
		await restoreAll(data, LATER, d);
		expect(await dump(d)).toStrictEqual(once);
		expect(once.reviews).toHaveLength(4);
	});

	it('round-trips through the backup file format', async () => {
		const d = freshDb();
		await fill(d);
		const data = await exportAll(d);
		const text = emitBackup({ format: 'factdeck.backup', version: 1, exportedAt: LATER, ...data });
		const parsed = parseBackup(text);
		if (!parsed.ok) throw new Error(parsed.error.message);
		const other = freshDb();
		await restoreAll(parsed.backup, LATER, other);
		expect(await exportAll(other)).toStrictEqual(data);
	});

	it('gives banks without library facts the restore time, not shipped', async () => {
		const d = freshDb();
		await restoreAll({ banks: [mine], cards: [], reviews: [], attempts: [], settings: {} }, LATER, d);
		expect(await d.banks.get('mine')).toMatchObject({ shipped: false, addedAt: LATER, updatedAt: LATER, questionCount: 4, factCount: 4 });
		expect(await d.results.count()).toBe(0);
	});

	it('writes nothing when a write fails midway', async () => {
		const d = freshDb();
		await fill(d);
		const data = await exportAll(d);
		await saveBank(bankOfFacts('extra', 2), LATER, {}, d);
		const before = await dump(d);
		d.reviews.hook('creating', () => {
			throw new Error('quota exceeded');
		});
		await expect(restoreAll(data, LATER, d)).rejects.toThrow('quota exceeded');
		expect(await dump(d)).toStrictEqual(before);
	});

	it('refuses attempts, results or settings that are not as stored, before writing anything', async () => {
		const d = freshDb();
		await fill(d);
		const data = await exportAll(d);
		const before = await dump(d);
		const bad = { ...data, attempts: [{ ...data.attempts[0], finishedAt: 'yesterday' }], results: [{ key: 'k' }], settings: { meta: [] } };
		const error = await restoreAll(bad, LATER, d).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RestoreError);
		expect((error as RestoreError).problems).toEqual([
			'attempts[0].finishedAt: must be a date',
			'results[0].bankId: must be text',
			'results[0].result: must be an object',
			'results[0].importedAt: must be a date',
			'settings.meta: must be an object'
		]);
		expect(await dump(d)).toStrictEqual(before);
	});
});
