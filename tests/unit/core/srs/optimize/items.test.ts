/**
 * Review logs become fsrs-rs training items: per card in time order, whole
 * days between study days, same-day repeats kept as history but never
 * predicted, items ordered by the review they predict.
 */
import { studyDayNumber, trainingItems, utcDay, type OptimizeReview } from '$lib/core/srs/optimize/items';
import type { Rating } from '$lib/core/srs/types';

const review = (cardId: string, rating: Rating, iso: string): OptimizeReview => ({ cardId, rating, reviewedAt: new Date(iso) });
const shape = (items: ReturnType<typeof trainingItems>) => items.map((item) => item.reviews.map((r) => `${r.rating}@${r.deltaT}`).join(' '));

describe('trainingItems', () => {
	it('makes one item per review on a later day, with the history before it', () => {
		const log = [
			review('a', 1, '2024-03-01T10:00:00Z'),
			review('a', 3, '2024-03-01T10:10:00Z'), // same day: history only
			review('a', 3, '2024-03-02T09:00:00Z'),
			review('a', 1, '2024-03-06T23:59:00Z'),
			review('a', 3, '2024-03-07T00:01:00Z') // two minutes later, but the next UTC day
		];
		expect(shape(trainingItems(log, utcDay))).toEqual(['1@0 3@0 3@1', '1@0 3@0 3@1 1@4', '1@0 3@0 3@1 1@4 3@1']);
	});

	it('orders the items of all cards by the moment of the review they predict, whatever the input order', () => {
		const log = [
			review('b', 3, '2024-03-05T08:00:00Z'),
			review('a', 3, '2024-03-04T08:00:00Z'),
			review('a', 3, '2024-03-01T08:00:00Z'),
			review('b', 3, '2024-03-02T08:00:00Z')
		];
		const items = trainingItems(log, utcDay);
		expect(items.map((i) => new Date(i.at).toISOString())).toEqual(['2024-03-04T08:00:00.000Z', '2024-03-05T08:00:00.000Z']);
		expect(shape(items)).toEqual(['3@0 3@3', '3@0 3@3']);
	});

	it('gives no item to a card studied on one day only', () => {
		expect(trainingItems([review('a', 1, '2024-03-01T08:00:00Z'), review('a', 3, '2024-03-01T08:05:00Z')], utcDay)).toEqual([]);
	});

	it('counts a clock set back as the same day, never as negative days', () => {
		const log = [review('a', 3, '2024-03-05T08:00:00Z'), review('a', 3, '2024-03-03T08:00:00Z'), review('a', 3, '2024-03-06T08:00:00Z')];
		// Sorted by time, the set-back review simply comes first.
		expect(shape(trainingItems(log, utcDay))).toEqual(['3@0 3@2', '3@0 3@2 3@1']);
	});
});

describe('studyDayNumber', () => {
	// Local times: the tests run with whatever time zone the machine has, so they build local dates.
	const local = (d: number, h: number, m = 0) => new Date(2024, 2, d, h, m);

	it('starts the day at the learner hour, so a late-night review counts for the day before', () => {
		const day = studyDayNumber(4);
		expect(day(local(2, 3, 59))).toBe(day(local(1, 12)));
		expect(day(local(2, 4))).toBe(day(local(1, 12)) + 1);
	});

	it('makes the learner days the items count', () => {
		const log: OptimizeReview[] = [
			{ cardId: 'a', rating: 3, reviewedAt: local(1, 22) },
			{ cardId: 'a', rating: 3, reviewedAt: local(2, 2) }, // before 4 am: still 1 March
			{ cardId: 'a', rating: 3, reviewedAt: local(2, 5) }
		];
		expect(shape(trainingItems(log, studyDayNumber(4)))).toEqual(['3@0 3@0 3@1']);
		// With midnight as the boundary the 2 am review is a new day, and the 5 am one its repeat.
		expect(shape(trainingItems(log, studyDayNumber(0)))).toEqual(['3@0 3@1']);
	});

	it('counts one day across a daylight-saving change', () => {
		// Whatever the zone, consecutive local dates at the same hour are one study day apart.
		const day = studyDayNumber(4);
		for (let d = 1; d < 31; d++) expect(day(local(d + 1, 12)) - day(local(d, 12))).toBe(1);
	});
});
