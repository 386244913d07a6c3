/**
 * Stores pushed reviews. A review is a fact made on a device, so its id decides:
 * one row per id however often it is pushed. The one change a review can see
 * is Undo after it was pushed: the row stays, marked undone, with a new change
 * number so every device hears of it.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ReviewChange } from '../../lib/core/sync/protocol';
import { reviews } from '../db/schema';
import type { ChangeCounter, Tx } from './sync-order';

export interface ReviewCounts {
	stored: number;
	duplicates: number;
}

/** Stores the reviews the account does not have yet and marks the newly undone ones; counts what was new. */
export async function storeReviews(tx: Tx, accountId: string, deviceId: string, list: readonly ReviewChange[], counter: ChangeCounter): Promise<ReviewCounts> {
	if (!list.length) return { stored: 0, duplicates: 0 };
	// One entry per id: an outbox may hold a review and its undo in the same push.
	const byId = new Map<string, ReviewChange>();
	for (const review of list) {
		const seen = byId.get(review.id);
		byId.set(review.id, seen ? { ...seen, undone: Boolean(seen.undone || review.undone) } : review);
	}
	// The account row is locked by this push, so no other push of the account can add these ids meanwhile.
	const known = await tx
		.select({ id: reviews.id, undone: reviews.undone })
		.from(reviews)
		.where(and(eq(reviews.accountId, accountId), inArray(reviews.id, [...byId.keys()])));
	const undoneBefore = new Map(known.map((r) => [r.id, r.undone]));
	const fresh = [...byId.values()].filter((r) => !undoneBefore.has(r.id));
	const undo = [...byId.values()].filter((r) => r.undone && undoneBefore.get(r.id) === false);

	if (fresh.length) {
		const first = counter.takeMany(fresh.length);
		const rows = fresh.map((r, i) => ({
			accountId,
			id: r.id,
			bankId: r.bankId,
			fact: r.fact,
			questionId: r.questionId,
			rating: r.rating,
			reviewedAt: r.reviewedAt,
			durationMs: r.durationMs,
			deviceId,
			undone: r.undone ?? false,
			seq: first + i
		}));
		// One multi-row insert per push: a round trip per review would cap the throughput.
		await tx.insert(reviews).values(rows).onConflictDoNothing();
	}
	if (undo.length) {
		const first = counter.takeMany(undo.length);
		const values = sql.join(
			undo.map((r, i) => sql`(${r.id}::text, ${first + i}::bigint)`),
			sql`, `
		);
		await tx.execute(sql`update reviews set undone = true, seq = v.seq from (values ${values}) as v(id, seq) where reviews.account_id = ${accountId} and reviews.id = v.id`);
	}
	const stored = fresh.length + undo.length;
	return { stored, duplicates: list.length - stored };
}
