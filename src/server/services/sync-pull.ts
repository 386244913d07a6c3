/**
 * A pull: the account's changes after a cursor, reviews and documents merged
 * in change order, one page at a time. Both reads see one snapshot, so a push
 * committing between them cannot slip a change behind the cursor.
 */
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/open';
import { docs, reviews } from '../db/schema';
import { MAX_PULL_PAGE, type DocKind, type PullResponse } from '../../lib/core/sync/protocol';

/** The changes in (since, cursor], at most `limit` of them, in the account's change order. */
export async function pull(db: Db, accountId: string, since: number, limit: number = MAX_PULL_PAGE): Promise<PullResponse> {
	const { reviewRows, docRows } = await db.transaction(
		async (tx) => ({
			// limit + 1 of each: the smallest `limit` changes overall are among them, and one more tells whether more remain.
			reviewRows: await tx
				.select()
				.from(reviews)
				.where(and(eq(reviews.accountId, accountId), gt(reviews.seq, since)))
				.orderBy(asc(reviews.seq))
				.limit(limit + 1),
			docRows: await tx
				.select()
				.from(docs)
				.where(and(eq(docs.accountId, accountId), gt(docs.rev, since)))
				.orderBy(asc(docs.rev))
				.limit(limit + 1)
		}),
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);
	const page: PullResponse = { reviews: [], docs: [], cursor: since, more: false };
	let r = 0;
	let d = 0;
	while (r + d < limit && (r < reviewRows.length || d < docRows.length)) {
		const review = reviewRows[r];
		const doc = docRows[d];
		if (review && (!doc || review.seq < doc.rev)) {
			page.reviews.push({
				id: review.id,
				bankId: review.bankId,
				fact: review.fact,
				questionId: review.questionId,
				rating: review.rating,
				reviewedAt: review.reviewedAt,
				durationMs: review.durationMs,
				undone: review.undone,
				seq: review.seq,
				deviceId: review.deviceId
			});
			page.cursor = review.seq;
			r++;
		} else {
			page.docs.push({
				kind: doc.kind as DocKind,
				bankId: doc.bankId,
				key: doc.key,
				rev: doc.rev,
				baseRev: doc.baseRev,
				body: doc.body,
				deviceId: doc.deviceId
			});
			page.cursor = doc.rev;
			d++;
		}
	}
	page.more = r < reviewRows.length || d < docRows.length;
	return page;
}
