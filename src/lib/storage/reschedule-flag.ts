/**
 * The record of a reschedule under way (reschedule.ts): one meta row, written
 * with the settings that call for it and deleted by its last chunk. Apart
 * from reschedule.ts so that a pull can mark one, and the app look for one
 * at start, without loading the scheduler.
 */
import { db, type FactdeckDB } from './db';

/** The meta row of a reschedule under way: cards after `after` (in id order) still have their old due dates. */
export const RESCHEDULE_PENDING = 'reschedulePending';

/** Where a reschedule stands; stored under RESCHEDULE_PENDING. */
export interface ReschedulePending {
	/** The last card id done, null before the first chunk. */
	after: string | null;
	/** Review rows replayed so far, out of `total` (counted when it began; 0 until then): the progress. */
	done: number;
	total: number;
	/** Cards written so far. */
	cards: number;
}

/** Records that every card must be replayed with the stored settings; inside a rw transaction over meta. */
export async function markReschedulePending(database: FactdeckDB, total = 0): Promise<void> {
	const start: ReschedulePending = { after: null, done: 0, total, cards: 0 };
	await database.meta.put({ key: RESCHEDULE_PENDING, value: start });
}

/** The reschedule under way, or undefined when none is. */
export async function pendingReschedule(database: FactdeckDB = db): Promise<ReschedulePending | undefined> {
	return (await database.meta.get(RESCHEDULE_PENDING))?.value as ReschedulePending | undefined;
}
