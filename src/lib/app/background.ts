/**
 * What every page starts once it is up, and none needs to show its content:
 * the service worker and its updates, and the safety of the learner's data
 * (storage probe, schema watch, daily snapshot, backup reminder), and a
 * recompute of due dates left pending. The root
 * layout imports this module when the browser is idle after mounting, so its
 * code is not part of the JavaScript a page waits for.
 */
import { appUpdate } from './app-update.svelte';
import { backupReminder } from '$lib/settings/backup-reminder.svelte';
import { startDataSafety } from '$lib/settings/data-safety';

// The reminder's banner too: it can show only once the reminder has run.
export { default as BackupReminder } from '$lib/settings/BackupReminder.svelte';
export { appUpdate, backupReminder };

/** Starts it all; returns the cleanup. */
export function startBackground(): () => void {
	const stopUpdates = appUpdate.start();
	const stopSafety = startDataSafety();
	import('$lib/scheduler/pending')
		.then((pending) => pending.finishPendingReschedule())
		.catch((err) => console.warn('Factdeck could not finish recomputing due dates; it will try again next time:', err));
	return () => {
		stopUpdates();
		stopSafety();
	};
}
