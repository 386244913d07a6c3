/**
 * What the end of a session offers: how many cards each way to go on would
 * study, and when the next card falls due. Kept apart from queue.ts, which
 * the first card waits for, as only the session summary (fetched when a
 * session ends) reads it.
 */
import type { Settings } from '../core/settings';
import { CardStateKind } from '../core/srs/types';
import { db, type FactdeckDB } from './db';
import { aheadReviews, type Scope } from './queue';
import { dueCards, dueWindow, newCards } from './ranges';

/** What a learner may go on with once a session is over, counted for the buttons that offer it. */
export interface GoOnCounts {
	/** Review cards a study-ahead session of `aheadDays` would show. */
	ahead: number;
	/** New cards in scope not yet introduced: what more New cards today could draw from. */
	moreNew: number;
	/** When the next learning or review card in scope falls due, or null when none is scheduled. */
	nextDue: Date | null;
}

/** Counts what each way to go on after a session would study (see GoOnCounts). */
export async function countGoOn(scope: Scope, now: Date, settings: Settings, aheadDays: number, database: FactdeckDB = db): Promise<GoOnCounts> {
	const window = dueWindow(now, settings);
	const { bankId } = scope;
	const { Learning, Review, Relearning } = CardStateKind;
	return database.transaction('r', [database.banks, database.cards], async () => {
		const bankIds = bankId === undefined ? ((await database.banks.toCollection().primaryKeys()) as string[]) : [bankId];
		const never = new Date(8.64e15);
		const [ahead, fresh, firsts] = await Promise.all([
			aheadReviews(database, bankId, window, aheadDays),
			Promise.all(bankIds.map((id) => newCards(database, id).count())),
			Promise.all([Learning, Review, Relearning].map((state) => dueCards(database, bankId, state, never, true).first()))
		]);
		const dues = firsts.flatMap((card) => (card ? [card.due.getTime()] : []));
		return { ahead: ahead.length, moreNew: fresh.reduce((a, b) => a + b, 0), nextDue: dues.length > 0 ? new Date(Math.min(...dues)) : null };
	});
}
