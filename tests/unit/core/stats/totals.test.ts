import { bankDays, mergeBankDays, totalsBetween, totalsByDay } from '$lib/core/stats/totals';
import { CardStateKind, Rating } from '$lib/core/srs/types';
import { day, local, review } from './helpers';

const { New, Learning, Review } = CardStateKind;

// A fixed log: two banks over two study days (4 am boundary), in no time order.
const LOG = [
	review('a', local(2024, 3, 4, 9), Rating.Good, New, 4_000),
	review('a', local(2024, 3, 4, 9, 1), Rating.Again, Learning, 6_000),
	review('a', local(2024, 3, 5, 2), Rating.Good, Review, 3_000),
	review('a', local(2024, 3, 5, 10), Rating.Again, Review, 8_000),
	review('b', local(2024, 3, 4, 20), Rating.Easy, Review, 2_000),
	review('a', local(2024, 3, 4, 23), Rating.Hard, Review, 1_000)
];

describe('review totals', () => {
	it('counts answers, introductions, Again, Review answers, recalls and time per bank and study day', () => {
		const entries = bankDays(LOG, 4).sort((x, y) => x.day - y.day || x.bankId.localeCompare(y.bankId));
		expect(entries).toEqual([
			// 02:00 on the 5th belongs to the study day of the 4th.
			{ bankId: 'a', day: day(2024, 3, 4), reviews: 4, fresh: 1, again: 1, inReview: 2, passed: 2, ms: 14_000 },
			{ bankId: 'b', day: day(2024, 3, 4), reviews: 1, fresh: 0, again: 0, inReview: 1, passed: 1, ms: 2_000 },
			{ bankId: 'a', day: day(2024, 3, 5), reviews: 1, fresh: 0, again: 1, inReview: 1, passed: 0, ms: 8_000 }
		]);
	});

	it('gives the same totals whatever the order or the split of the log', () => {
		const whole = totalsByDay(bankDays(LOG, 4));
		const parts = totalsByDay(mergeBankDays([bankDays(LOG.slice(0, 2), 4), bankDays(LOG.slice(2), 4), []]));
		const reversed = totalsByDay(bankDays([...LOG].reverse(), 4));
		expect(parts).toEqual(whole);
		expect(reversed).toEqual(whole);
	});

	it('sums the days of one bank, or of all, over a range', () => {
		const entries = bankDays(LOG, 4);
		const onlyB = totalsByDay(entries, (id) => id === 'b');
		expect([...onlyB.keys()]).toEqual([day(2024, 3, 4)]);
		const all = totalsBetween(totalsByDay(entries), day(2024, 3, 4), day(2024, 3, 5));
		expect(all).toEqual({ reviews: 6, fresh: 1, again: 2, inReview: 4, passed: 3, ms: 24_000 });
		expect(totalsBetween(totalsByDay(entries), day(2024, 3, 5), day(2024, 3, 9)).reviews).toBe(1);
	});

	it('moves answers between days when the day starts at another hour', () => {
		const midnight = totalsByDay(bankDays(LOG, 0));
		expect(midnight.get(day(2024, 3, 4))?.reviews).toBe(4);
		expect(midnight.get(day(2024, 3, 5))?.reviews).toBe(2);
	});

	it('counts a stored duration that is not a number as no time', () => {
		const [entry] = bankDays([review('a', local(2024, 3, 4, 9), Rating.Good, Review, Number.NaN)], 4);
		expect(entry.ms).toBe(0);
	});
});
