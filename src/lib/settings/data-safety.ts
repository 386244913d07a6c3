/**
 * What the root layout starts for the safety of the learner's data: find out
 * whether the browser lets the app store anything at all, watch for another
 * tab upgrading the database, and, once the page is idle, take the day's
 * snapshot and decide on the backup reminder. The idle work stays off the
 * path to the first card: the snapshot reads every table.
 */
import { probeStorage } from '$lib/storage/trouble';
import { watchVersion } from '$lib/storage/version-watch';
import { backupReminder } from './backup-reminder.svelte';
import { whenIdle } from '$lib/app/idle';
import { storageTrouble } from '$lib/app/storage-trouble.svelte';

/** How long after start the idle work waits at least, so the first card is shown first. */
const IDLE_DELAY_MS = 3000;

/** Today's snapshot, if due; a failure is logged and left until the next visit, never retried in a loop. */
export async function snapshotQuietly(now = new Date()): Promise<void> {
	try {
		// Loaded here, on idle, so that no page waits for the snapshot code.
		const { takeSnapshotIfDue } = await import('$lib/storage/snapshots');
		await takeSnapshotIfDue(now);
	} catch (err) {
		console.warn('Factdeck could not take its daily snapshot:', err);
	}
}

/** Starts it all; returns the cleanup for onMount. `delay` is for tests. */
export function startDataSafety(delay = IDLE_DELAY_MS): () => void {
	let stopped = false;
	let cancelIdle = () => {};
	const unwatch = watchVersion(() => storageTrouble.markUpdated());
	void probeStorage().then((error) => {
		if (stopped) return;
		if (error) {
			// An open that fails for a reason of its own (not space, not a closed tab) still means nothing can be stored.
			if (!storageTrouble.report(error)) storageTrouble.markUnavailable(error);
			return;
		}
		cancelIdle = whenIdle(() => {
			void backupReminder.check().then(() => snapshotQuietly());
		}, delay);
	});
	return () => {
		stopped = true;
		cancelIdle();
		unwatch();
	};
}
