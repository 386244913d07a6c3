/**
 * Stores pushed reviews. A review is a fact made on a device, so its id decides:
 * one row per id however often it is pushed. The one change a review can see
 * is Undo after it was pushed: the row stays, marked undone, with a new change
 * number so every device hears of it.
 */
import { and, eq, sql } from 'drizzle-orm';
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
		.where(and(eq(reviews.accountId, accountId), sql`${reviews.id} in (select jsonb_array_elements_text(${JSON.stringify([...byId.keys()])}::jsonb))`));
	const undoneBefore = new Map(known.map((r) => [r.id, r.undone]));
	const fresh = [...byId.values()].filter((r) => !undoneBefore.has(r.id));
	const undo = [...byId.values()].filter((r) => r.undone && undoneBefore.get(r.id) === false);

	if (fresh.length) {
		const first = counter.takeMany(fresh.length);
		const rows = fresh.map((r, i) => ({
			id: r.id,
			bank_id: r.bankId,
			fact: r.fact,
			question_id: r.questionId,
			rating: r.rating,
			reviewed_at: r.reviewedAt,
			duration_ms: r.durationMs,
			undone: r.undone ?? false,
			seq: first + i
		}));
		// One insert per push, its rows as one JSON parameter: a statement per review, or ten parameters per row
		// through the query builder, would spend the server's time on round trips and query building.
		await tx.execute(sql`
			insert into ${reviews} (account_id, device_id, id, bank_id, fact, question_id, rating, reviewed_at, duration_ms, undone, seq)
			select ${accountId}::uuid, ${deviceId}, r.* from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
				as r(id text, bank_id text, fact text, question_id text, rating smallint, reviewed_at bigint, duration_ms integer, undone boolean, seq bigint)
			on conflict do nothing`);
	}
	if (undo.length) {
		const first = counter.takeMany(undo.length);
		const marks = JSON.stringify(undo.map((r, i) => ({ id: r.id, seq: first + i })));
		await tx.execute(sql`
			update ${reviews} set undone = true, seq = v.seq from jsonb_to_recordset(${marks}::jsonb) as v(id text, seq bigint)
			where reviews.account_id = ${accountId} and reviews.id = v.id`);
	}
	const stored = fresh.length + undo.length;
	return { stored, duplicates: list.length - stored };
}
