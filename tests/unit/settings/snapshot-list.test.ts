import { SnapshotList } from '$lib/settings/snapshot-list.svelte';
import { exportAll } from '$lib/storage/backup';
import { deleteBank } from '$lib/storage/banks';
import { takeSnapshotIfDue } from '$lib/storage/snapshots';
import { db, filledAppDb, resetAppDb } from '../storage/app-db';

afterEach(resetAppDb);

const DAY1 = new Date(2024, 2, 5, 10);
const DAY2 = new Date(2024, 2, 6, 10);

describe('SnapshotList', () => {
	it('is empty on a new device', async () => {
		await resetAppDb();
		const list = new SnapshotList();
		expect(list.items).toBeNull();
		await list.load();
		expect(list.items).toEqual([]);
	});

	it('restores a snapshot only once confirmed, and lists the one that undoes it', async () => {
		await filledAppDb();
		const id = (await takeSnapshotIfDue(DAY1))!;
		const kept = await exportAll(db);
		await deleteBank('shipped', db);
		const onrestored = vi.fn();
		const list = new SnapshotList(onrestored);
		await list.load();
		expect(list.items).toEqual([{ id, takenAt: DAY1, banks: 2, cards: 6, reviews: 4 }]);

		await list.restore(DAY2);
		expect(await db.banks.get('shipped')).toBeUndefined();
		list.ask(id);
		expect(list.confirming).toBe(id);
		list.cancel();
		await list.restore(DAY2);
		expect(onrestored).not.toHaveBeenCalled();

		list.ask(id);
		await list.restore(DAY2);
		expect(await exportAll(db)).toStrictEqual(kept);
		expect(list.restored?.takenAt).toEqual(DAY1);
		expect(list.confirming).toBeNull();
		expect(list.items?.map((s) => [s.takenAt, s.banks])).toEqual([
			[DAY2, 1],
			[DAY1, 2]
		]);
		expect(onrestored).toHaveBeenCalledOnce();
	});
});
