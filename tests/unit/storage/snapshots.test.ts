import { exportAll } from '$lib/storage/backup';
import { deleteBank, saveBank } from '$lib/storage/banks';
import { NotFoundError } from '$lib/storage/errors';
import { listSnapshots, restoreSnapshot, snapshotNow, snapshotTables, SNAPSHOTS_KEPT, takeSnapshotIfDue } from '$lib/storage/snapshots';
import { saveSettings } from '$lib/storage/settings-save';
import { bankOfFacts, closeAll, dump, freshDb, local } from './helpers';
import { fill } from './fill';
import { library } from './progress';

afterEach(closeAll);

describe('takeSnapshotIfDue', () => {
	it('takes one snapshot per study day (the day starts at the set hour), holding the export', async () => {
		const d = freshDb();
		await fill(d);
		await saveSettings({ dayStartHour: 4 }, d);
		const first = await takeSnapshotIfDue(local(2024, 3, 5, 10), d);
		expect(first).not.toBeNull();
		expect((await d.snapshots.get(first!))!.data).toStrictEqual(await exportAll(d));
		expect(await takeSnapshotIfDue(local(2024, 3, 5, 23), d)).toBeNull();
		expect(await takeSnapshotIfDue(local(2024, 3, 6, 3, 59), d)).toBeNull(); // still the 5th's study day
		const next = await takeSnapshotIfDue(local(2024, 3, 6, 4), d);
		expect(next).toBeGreaterThan(first!);
		const list = await listSnapshots(d);
		expect(list.map((s) => s.takenAt)).toEqual([local(2024, 3, 6, 4), local(2024, 3, 5, 10)]);
		expect(list[0]).toEqual({ id: next, takenAt: local(2024, 3, 6, 4), banks: 2, cards: 6, reviews: 4 });
	});

	it('keeps only the last 7', async () => {
		const d = freshDb();
		await fill(d);
		for (let day = 1; day <= 9; day++) expect(await takeSnapshotIfDue(local(2024, 3, day, 12), d)).not.toBeNull();
		const list = await listSnapshots(d);
		expect(list).toHaveLength(SNAPSHOTS_KEPT);
		expect(list.map((s) => s.takenAt.getDate())).toEqual([9, 8, 7, 6, 5, 4, 3]);
	});

	it('does not snapshot an empty database, so a wipe cannot push out the good copies', async () => {
		const d = freshDb();
		expect(await takeSnapshotIfDue(local(2024, 3, 5, 10), d)).toBeNull();
		expect(await d.snapshots.count()).toBe(0);
	});

	it('takes a new one when the last was taken "in the future" (the clock was set back), then waits a day', async () => {
		const d = freshDb();
		await fill(d);
		await takeSnapshotIfDue(local(2030, 1, 1, 12), d);
		expect(await takeSnapshotIfDue(local(2024, 3, 5, 10), d)).not.toBeNull();
		expect(await takeSnapshotIfDue(local(2024, 3, 5, 11), d)).toBeNull();
	});
});

describe('snapshotNow', () => {
	it('takes one whatever the day, beside the daily one; with media, restoring it brings the images back', async () => {
		const d = freshDb();
		await fill(d);
		const daily = (await takeSnapshotIfDue(local(2024, 3, 5, 10), d))!;
		const before = await library(d);
		const id = await d.transaction('rw', snapshotTables(d), () => snapshotNow(d, local(2024, 3, 5, 11), true, 'Before a test'));
		expect(id).toBeGreaterThan(daily);
		expect((await listSnapshots(d)).map((s) => s.reason)).toEqual(['Before a test', undefined]);
		await d.media.clear();
		await deleteBank('mine', d);

		await restoreSnapshot(id, local(2024, 3, 5, 12), d);
		expect(await library(d)).toStrictEqual(before);
	});

	it('without media leaves the images out, as the daily ones do', async () => {
		const d = freshDb();
		await fill(d);
		const id = await d.transaction('rw', snapshotTables(d), () => snapshotNow(d, local(2024, 3, 5, 11), false, 'Before a test'));
		expect((await d.snapshots.get(id))!.data).toStrictEqual(await exportAll(d));
	});
});

describe('restoreSnapshot', () => {
	it('restores a snapshot, after taking one of the current state that undoes it', async () => {
		const d = freshDb();
		await fill(d);
		const id = (await takeSnapshotIfDue(local(2024, 3, 5, 10), d))!;
		const snapshot = (await d.snapshots.get(id))!.data;
		await deleteBank('shipped', d);
		await saveBank(bankOfFacts('later', 2), local(2024, 3, 6, 9), {}, d);
		const changed = await exportAll(d);

		const undo = await restoreSnapshot(id, local(2024, 3, 6, 10), d);
		expect(await exportAll(d)).toStrictEqual(snapshot);
		expect((await d.snapshots.get(undo))!.data).toStrictEqual(changed);

		await restoreSnapshot(undo, local(2024, 3, 6, 11), d);
		expect(await exportAll(d)).toStrictEqual(changed);
		expect((await listSnapshots(d)).map((s) => s.takenAt)).toEqual([local(2024, 3, 6, 11), local(2024, 3, 6, 10), local(2024, 3, 5, 10)]);
	});

	it('throws NotFoundError for an unknown snapshot and changes nothing', async () => {
		const d = freshDb();
		await fill(d);
		const before = await dump(d);
		await expect(restoreSnapshot(42, local(2024, 3, 6, 10), d)).rejects.toBeInstanceOf(NotFoundError);
		expect(await dump(d)).toStrictEqual(before);
	});
});
