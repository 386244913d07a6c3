/**
 * Index ranges that only the pages and work after the first card read: a
 * bank's review log, tests and media, and the suspended cards. Apart from
 * ranges.ts, so that the study page does not load them before its first card.
 */
import { Dexie } from 'dexie';
import type { FactdeckDB } from './db';
import { max } from './ranges';

const MIN = Dexie.minKey;

/** Every suspended card, of one bank or of all. */
export function suspendedCards(database: FactdeckDB, bankId?: string) {
	return bankId === undefined
		? database.cards.where('[suspended+state+due]').between([1, MIN, MIN], [1, max(), max()], true, true)
		: database.cards.where('[suspended+bankId+state+due]').between([1, bankId, MIN, MIN], [1, bankId, max(), max()], true, true);
}

/** A bank's review log, oldest first, from `from` on. */
export function bankReviews(database: FactdeckDB, bankId: string, from: Date | number = MIN) {
	return database.reviews.where('[bankId+reviewedAt]').between([bankId, from], [bankId, max()], true, true);
}

/** A bank's attempts, oldest first (reverse for newest first). */
export function bankAttempts(database: FactdeckDB, bankId: string) {
	return database.attempts.where('[bankId+finishedAt]').between([bankId, MIN], [bankId, max()], true, true);
}

/** A bank's media files, by name. */
export function bankMedia(database: FactdeckDB, bankId: string) {
	return database.media.where('[bankId+name]').between([bankId, MIN], [bankId, max()], true, true);
}
