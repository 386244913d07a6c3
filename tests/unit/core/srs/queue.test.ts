import { againHead, dueAhead } from '$lib/core/srs/go-on';
import { newCardNext, nextCard, nextFromHead, queueCounts } from '$lib/core/srs/queue';
import { seededRng } from '$lib/core/srs/rng';
import { CardStateKind, type Card, type QueueInput } from '$lib/core/srs/types';
import { T0, at, cardAt, days, minutes } from './helpers';

const NOW = T0;
const input = (parts: Partial<QueueInput>): QueueInput => ({ now: NOW, learning: [], reviews: [], fresh: [], ...parts });
const learning = (fact: string, dueInMinutes: number) => cardAt(fact, CardStateKind.Learning, at(NOW, minutes(dueInMinutes)));
const review = (fact: string, dueInDays: number) => cardAt(fact, CardStateKind.Review, at(NOW, days(dueInDays)));
const fresh = (fact: string, order: number) => cardAt(fact, CardStateKind.New, NOW, { order });

/** Studies everything, removing each card as if answered for good; returns 'n' / 'r' / 'l' per card. */
function drain(q: QueueInput): { kinds: string; facts: string[] } {
	const state = { ...q, learning: [...q.learning], reviews: [...q.reviews], fresh: [...q.fresh] };
	let kinds = '';
	const facts: string[] = [];
	for (let card = nextCard(state); card; card = nextCard(state)) {
		const c: Card = card;
		for (const [key, letter] of [
			['learning', 'l'],
			['reviews', 'r'],
			['fresh', 'n']
		] as const) {
			const i = state[key].indexOf(c);
			if (i >= 0) {
				state[key].splice(i, 1);
				kinds += letter;
			}
		}
		facts.push(c.fact);
		expect(facts.length).toBeLessThanOrEqual(q.learning.length + q.reviews.length + q.fresh.length);
	}
	return { kinds, facts };
}

const runsOfReviews = (kinds: string) => kinds.split('n').map((run) => run.length);

describe('nextCard', () => {
	it('returns null when nothing is left', () => {
		expect(nextCard(input({}))).toBeNull();
	});

	it('shows due learning cards before reviews and new cards, earliest first', () => {
		const q = input({
			learning: [learning('l-late', 0), learning('l-early', -5)],
			reviews: [review('r', -3)],
			fresh: [fresh('n', 0)]
		});
		expect(nextCard(q)?.fact).toBe('l-early');
		expect(drain(q).kinds.slice(0, 2)).toBe('ll');
	});

	it('shows the most overdue review first', () => {
		const q = input({ reviews: [review('r-1', -1), review('r-10', -10), review('r-later-today', 0.3), review('r-3', -3)] });
		expect(drain(q).facts).toEqual(['r-10', 'r-3', 'r-1', 'r-later-today']);
	});

	it('introduces new cards in the given order', () => {
		const q = input({ fresh: [fresh('c', 2), fresh('a', 0), fresh('b', 1)] });
		expect(drain(q).facts).toEqual(['c', 'a', 'b']);
	});

	it('shows only reviews when there are no new cards, and only new cards when there are no reviews', () => {
		expect(drain(input({ reviews: [review('a', -1), review('b', -2)] })).kinds).toBe('rr');
		expect(drain(input({ fresh: [fresh('a', 0), fresh('b', 1), fresh('c', 2)] })).kinds).toBe('nnn');
	});

	it('keeps learning cards due later for when nothing else is left', () => {
		const q = input({
			learning: [learning('ahead-8', 8), learning('ahead-3', 3)],
			reviews: [review('r', -1)],
			fresh: [fresh('n', 0)]
		});
		const { kinds, facts } = drain(q);
		expect(kinds).toMatch(/^[rn]{2}ll$/);
		expect(facts.slice(2)).toEqual(['ahead-3', 'ahead-8']);
		expect(nextCard(input({ learning: [learning('ahead', 15)] }))?.fact).toBe('ahead');
	});

	it('treats a learning card due exactly now as due', () => {
		const q = input({ learning: [learning('now', 0)], reviews: [review('r', -1)] });
		expect(nextCard(q)?.fact).toBe('now');
	});

	it('does not reorder or change its input', () => {
		const reviews = [review('b', -1), review('a', -2)];
		nextCard(input({ reviews }));
		expect(reviews.map((c) => c.fact)).toEqual(['b', 'a']);
	});

	it('breaks ties in due time by bank order, or randomly with an rng', () => {
		const due = at(NOW, -days(1));
		const tied = [2, 0, 1].map((order) => cardAt(`o${order}`, CardStateKind.Review, due, { order, id: `bank\u0000o${order}` }));
		expect(nextCard(input({ reviews: tied }))?.fact).toBe('o0');
		const rng = seededRng(3);
		const seen = new Set(Array.from({ length: 30 }, () => nextCard(input({ reviews: tied }), rng)?.fact));
		expect(seen).toEqual(new Set(['o0', 'o1', 'o2']));
		const earlier = cardAt('early', CardStateKind.Review, at(due, -1));
		expect(nextCard(input({ reviews: [...tied, earlier] }), rng)?.fact).toBe('early');
	});
});

describe('spreading new cards among reviews', () => {
	const session = (r: number, n: number) =>
		drain(
			input({
				reviews: Array.from({ length: r }, (_, i) => review(`r${i}`, -1 - i / 100)),
				fresh: Array.from({ length: n }, (_, i) => fresh(`n${i}`, i))
			})
		).kinds;

	it('mixes 5 new cards among 10 reviews, never two in a row', () => {
		const kinds = session(10, 5);
		expect(kinds).toHaveLength(15);
		expect(kinds).not.toContain('nn');
		expect(Math.max(...runsOfReviews(kinds))).toBeLessThanOrEqual(4);
		const firstHalf = kinds
			.slice(0, 7)
			.split('')
			.filter((k) => k === 'n').length;
		expect(firstHalf).toBeGreaterThanOrEqual(2);
		expect(firstHalf).toBeLessThanOrEqual(3);
	});

	it('keeps every gap near the average in a large session', () => {
		for (const [r, n] of [
			[100, 20],
			[200, 20],
			[60, 7],
			[45, 30]
		]) {
			const kinds = session(r, n);
			expect(kinds).not.toContain('nn');
			expect(Math.max(...runsOfReviews(kinds))).toBeLessThanOrEqual(Math.ceil((2 * r) / n));
			// Each quarter of the session holds about a quarter of the new cards.
			const quarter = Math.floor(kinds.length / 4);
			for (let k = 0; k < 4; k++) {
				const share =
					kinds
						.slice(k * quarter, (k + 1) * quarter)
						.split('')
						.filter((x) => x === 'n').length / n;
				expect(share).toBeGreaterThan(0.1);
				expect(share).toBeLessThan(0.4);
			}
		}
	});

	it('alternates evenly when there are more new cards than reviews', () => {
		const kinds = session(3, 9);
		expect(kinds).not.toContain('rr');
		expect(kinds.indexOf('r')).toBeLessThan(6);
	});

	it('decides from the counts alone, evenly for every mix of counts', () => {
		expect(newCardNext(0, 3)).toBe(true);
		expect(newCardNext(3, 0)).toBe(false);
		expect(newCardNext(0, 0)).toBe(false);
		for (let r0 = 1; r0 <= 120; r0++) {
			for (let n0 = 1; n0 <= Math.min(r0, 30); n0++) {
				let kinds = '';
				for (let r = r0, n = n0; r + n > 0;) {
					const isNew = newCardNext(r, n);
					kinds += isNew ? 'n' : 'r';
					if (isNew) n--;
					else r--;
				}
				expect(kinds).not.toContain('nn');
				expect(Math.max(...runsOfReviews(kinds))).toBeLessThanOrEqual(Math.ceil((2 * r0) / n0));
				const half = Math.floor(kinds.length / 2);
				const early = kinds
					.slice(0, half)
					.split('')
					.filter((k) => k === 'n').length;
				expect(Math.abs(early - (n0 * half) / kinds.length)).toBeLessThanOrEqual(Math.max(2, 0.2 * n0));
			}
		}
	});
});

describe('queueCounts', () => {
	it('counts what is left, learn-ahead cards included', () => {
		const q = input({
			learning: [learning('due', -1), learning('ahead', 12)],
			reviews: [review('a', -1), review('b', 0.2), review('c', -4)],
			fresh: [fresh('n', 0)]
		});
		expect(queueCounts(q)).toEqual({ new: 1, learning: 2, review: 3 });
		expect(queueCounts(input({}))).toEqual({ new: 0, learning: 0, review: 0 });
	});
});

/** A review due in `dueInDays`, last studied three days ago. */
const studiedBefore = (fact: string, dueInDays: number) => cardAt(fact, CardStateKind.Review, at(NOW, days(dueInDays)), { last_review: at(NOW, -days(3)) });

describe('dueAhead', () => {
	const dayStart = at(NOW, -minutes(8 * 60));
	const dayEnd = at(dayStart, days(1));
	const until = at(dayEnd, days(3));

	it('takes reviews due before the end of the window, and not the ones after', () => {
		expect(dueAhead(studiedBefore('soon', 2), dayStart, dayEnd, until)).toBe(true);
		expect(dueAhead(studiedBefore('late', 5), dayStart, dayEnd, until)).toBe(false);
	});

	it('leaves out a card already studied today unless it is due today anyway', () => {
		const studiedToday = { last_review: at(NOW, -minutes(5)) };
		expect(dueAhead(studiedBefore('answered ahead', 2), dayStart, dayEnd, until)).toBe(true);
		expect(dueAhead(cardAt('answered ahead', CardStateKind.Review, at(NOW, days(2)), studiedToday), dayStart, dayEnd, until)).toBe(false);
		expect(dueAhead(cardAt('due today', CardStateKind.Review, at(NOW, minutes(60)), studiedToday), dayStart, dayEnd, until)).toBe(true);
	});
});

describe('againHead', () => {
	const since = at(NOW, -minutes(1));
	const learnUntil = at(NOW, minutes(20));

	it('shows each chosen card not answered since the start, earliest due first, whatever its due date', () => {
		const cards = [studiedBefore('later', 30), studiedBefore('sooner', 3), learning('stepping', 60)];
		const head = againHead(cards, NOW, since, learnUntil);
		expect(head.counts).toEqual({ new: 0, learning: 0, review: 3 });
		expect(nextFromHead(head)?.fact).toBe('stepping');
		expect(nextFromHead(againHead(cards.slice(0, 2), NOW, since, learnUntil))?.fact).toBe('sooner');
	});

	it('lets an answered card go, and brings one missed again back by its learning steps', () => {
		const answered = { last_review: NOW };
		const cards = [
			cardAt('known now', CardStateKind.Review, at(NOW, days(4)), answered),
			cardAt('missed again', CardStateKind.Relearning, at(NOW, minutes(10)), answered),
			cardAt('missed, later step', CardStateKind.Relearning, at(NOW, minutes(60)), answered)
		];
		const head = againHead(cards, NOW, since, learnUntil);
		expect(head.counts).toEqual({ new: 0, learning: 1, review: 0 });
		expect(nextFromHead(head)?.fact).toBe('missed again');
		expect(nextFromHead(againHead(cards.slice(0, 1), NOW, since, learnUntil))).toBeNull();
	});
});
