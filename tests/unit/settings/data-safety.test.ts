import { snapshotQuietly, startDataSafety } from '$lib/settings/data-safety';
import { whenIdle } from '$lib/app/idle';
import { backupReminder } from '$lib/settings/backup-reminder.svelte';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';
import { listSnapshots } from '$lib/storage/snapshots';
import { db, filledAppDb, resetAppDb } from '../storage/app-db';

afterEach(resetAppDb);

describe('whenIdle', () => {
	afterEach(() => vi.useRealTimers());

	it('waits the delay, then for an idle moment; a cancel stops it', () => {
		vi.useFakeTimers();
		const idle = vi.fn((cb: () => void) => {
			cb();
			return 1;
		});
		vi.stubGlobal('requestIdleCallback', idle);
		vi.stubGlobal('cancelIdleCallback', vi.fn());
		const work = vi.fn();
		whenIdle(work, 3000);
		vi.advanceTimersByTime(2999);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(idle).toHaveBeenCalledOnce();
		expect(work).toHaveBeenCalledOnce();

		const never = vi.fn();
		whenIdle(never, 3000)();
		vi.advanceTimersByTime(5000);
		expect(never).not.toHaveBeenCalled();
		vi.unstubAllGlobals();
	});
});

describe('snapshotQuietly', () => {
	it('logs a failure once and throws nothing', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const fail = () => {
			throw new Error('disk on fire');
		};
		await filledAppDb();
		db.snapshots.hook('creating', fail);
		try {
			await expect(snapshotQuietly(new Date(2024, 2, 5, 10))).resolves.toBeUndefined();
		} finally {
			db.snapshots.hook('creating').unsubscribe(fail);
		}
		expect(warn).toHaveBeenCalledOnce();
		warn.mockRestore();
	});
});

describe('startDataSafety', () => {
	it("once idle, takes the day's snapshot and checks the reminder; storage works, so no banner", async () => {
		await filledAppDb();
		const check = vi.spyOn(backupReminder, 'check');
		const stop = startDataSafety(0);
		await vi.waitFor(async () => expect(await listSnapshots()).toHaveLength(1), { timeout: 10_000 });
		expect(check).toHaveBeenCalledOnce();
		expect(backupReminder.shown).toBe(true);
		expect(storageTrouble.unavailable).toBeNull();
		stop();
		check.mockRestore();
	});
});
