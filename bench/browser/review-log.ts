/**
 * A long review log for the statistics page's bench: `reviews` answers spread
 * over the last `days` days, in time order (as a real log's ids are), over the
 * collection's studied cards, written with bulkAdd in chunks. The mix of
 * ratings, card states and durations is fixed and seeded. A snapshot dated
 * `now` is stored too, so the app's daily snapshot (which would copy the
 * whole log while the page is measured) is not due.
 */
import { seededRng } from '$lib/core/srs/rng';
import { CardStateKind, type Rating } from '$lib/core/srs/types';
import type { FactdeckDB } from '$lib/storage/db';
import type { ReviewRow } from '$lib/storage/rows';

const DAY = 86_400_000;
const CHUNK = 10_000;
/** Before-states of the answers: mostly Review, as in a mature collection. */
const STATES = [
	CardStateKind.Review,
	CardStateKind.Review,
	CardStateKind.Review,
	CardStateKind.Review,
	CardStateKind.Review,
	CardStateKind.Review,
	CardStateKind.Review,
	CardStateKind.New,
	CardStateKind.Learning,
	CardStateKind.Relearning
];
/** Ratings: 10 % Again, 10 % Hard, 70 % Good, 10 % Easy. */
const RATINGS: Rating[] = [1, 2, 3, 3, 3, 3, 3, 3, 3, 4];

export interface ReviewLogSpec {
	reviews: number;
	days: number;
	now: number;
	seed: number;
}

export interface ReviewLogInfo {
	reviews: number;
	cards: number;
	ms: number;
}

/** Adds the log to the cards already in `database`. */
export async function seedReviewLog(database: FactdeckDB, spec: ReviewLogSpec): Promise<ReviewLogInfo> {
	const t0 = performance.now();
	const rng = seededRng(spec.seed);
	const { Learning, Relearning } = CardStateKind;
	const ids = (await database.cards
		.where('[state+due]')
		.between([Learning, new Date(0)], [Relearning, new Date(8.64e15)])
		.primaryKeys()) as string[];
	const from = spec.now - spec.days * DAY;
	const step = (spec.days * DAY) / spec.reviews;
	for (let start = 0; start < spec.reviews; start += CHUNK) {
		const rows: ReviewRow[] = [];
		for (let i = start; i < Math.min(spec.reviews, start + CHUNK); i++) {
			const cardId = ids[Math.floor(rng() * ids.length)];
			const at = new Date(from + i * step);
			const state = STATES[Math.floor(rng() * STATES.length)];
			const schedule = {
				due: at,
				stability: 1 + rng() * 100,
				difficulty: 1 + rng() * 9,
				elapsed_days: 3,
				scheduled_days: 5,
				learning_steps: 0,
				reps: 5,
				lapses: 0,
				state,
				last_review: new Date(at.getTime() - 3 * DAY)
			};
			rows.push({
				cardId,
				bankId: cardId.slice(0, cardId.indexOf('\u0000')),
				questionId: 'q0',
				rating: RATINGS[Math.floor(rng() * RATINGS.length)],
				before: schedule,
				after: { ...schedule, state: CardStateKind.Review },
				durationMs: Math.round(2_000 + rng() * 13_000),
				reviewedAt: at,
				uid: crypto.randomUUID()
			});
		}
		await database.reviews.bulkAdd(rows);
	}
	await database.snapshots.add({
		takenAt: new Date(spec.now),
		summary: { banks: 0, cards: 0, reviews: 0 },
		data: { banks: [], cards: [], reviews: [], attempts: [], results: [], settings: { settings: {}, meta: {}, library: {} } }
	});
	return { reviews: spec.reviews, cards: ids.length, ms: performance.now() - t0 };
}
