/**
 * What the optimizer reads and keeps: the review log as it needs it (each
 * review's card, rating and moment, nothing else), and the record of its
 * last run. The log is read in pages by review id, so that the stored rows
 * (each with the card's schedule before and after) are dropped page by page
 * and only the three fields of every review are held at once.
 */
import type { OptimizeReview } from '../core/srs/optimize/items';
import type { LastOptimization } from '../core/srs/optimize/offer';
import { db, type FactdeckDB } from './db';
import { getFlag, setFlag } from './settings';

/** The meta row holding the last run. */
export const LAST_OPTIMIZATION = 'lastOptimization';

/** Rows read at a time. */
const PAGE = 5_000;

/** Every review in the log, in the order they were saved. */
export async function optimizeReviews(database: FactdeckDB = db, page = PAGE): Promise<OptimizeReview[]> {
	const out: OptimizeReview[] = [];
	let after = 0;
	for (;;) {
		const rows = await database.reviews.where(':id').above(after).limit(page).toArray();
		for (const row of rows) out.push({ cardId: row.cardId, rating: row.rating, reviewedAt: row.reviewedAt });
		if (rows.length < page) return out;
		after = rows[rows.length - 1].id!;
	}
}

/** How many reviews the log holds. */
export function reviewCount(database: FactdeckDB = db): Promise<number> {
	return database.reviews.count();
}

/** The last optimizer run on this device, if any. */
export function lastOptimization(database: FactdeckDB = db): Promise<LastOptimization | undefined> {
	return getFlag<LastOptimization>(LAST_OPTIMIZATION, database);
}

/** Keeps the record of a run (the one before is replaced). */
export function recordOptimization(record: LastOptimization, database: FactdeckDB = db): Promise<void> {
	return setFlag(LAST_OPTIMIZATION, record, database);
}
