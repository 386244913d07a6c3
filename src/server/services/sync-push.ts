/**
 * A push: a device's reviews and documents stored in one transaction, under
 * the account's change order (sync-order.ts), so a push is all stored or none
 * of it, and a retried push stores nothing twice.
 */
import type { Db } from '../db/open';
import type { PushRequest, PushResponse } from '../../lib/core/sync/protocol';
import { storeDocs } from './sync-docs';
import { lockChangeOrder, saveChangeOrder } from './sync-order';
import { storeReviews } from './sync-reviews';

/** Stores a validated push for the account; throws when the account does not exist. */
export async function push(db: Db, accountId: string, request: PushRequest, now: Date): Promise<PushResponse> {
	if (!request.reviews.length && !request.docs.length) return { stored: 0, duplicates: 0, docs: [] };
	return db.transaction(async (tx) => {
		const counter = await lockChangeOrder(tx, accountId);
		if (!counter) throw new Error('push for an account that does not exist');
		const start = counter.last();
		const counts = await storeReviews(tx, accountId, request.deviceId, request.reviews, counter);
		const receipts = await storeDocs(tx, accountId, request.deviceId, request.docs, counter, now);
		if (counter.last() !== start) await saveChangeOrder(tx, accountId, counter.last());
		return { ...counts, docs: receipts };
	});
}
