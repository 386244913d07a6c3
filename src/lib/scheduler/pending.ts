/**
 * A recompute of due dates left unfinished (a tab closed midway, or a pull
 * brought a new retention or new parameters) is finished once the app is up.
 * The scheduler is loaded only when one is pending.
 */
import { pendingReschedule } from '$lib/storage/reschedule-flag';

/** Finishes a pending recompute of due dates, if there is one. */
export async function finishPendingReschedule(): Promise<void> {
	if (!(await pendingReschedule())) return;
	const { finishReschedule } = await import('$lib/storage/reschedule');
	await finishReschedule();
}
