import { cardStates, knownShare } from '$lib/core/stats/cards';
import { hardestCards } from '$lib/core/stats/hardest';
import { createCard } from '$lib/core/srs/card';
import { retrievability } from '$lib/core/srs/scheduler';
import { CardStateKind, type Card } from '$lib/core/srs/types';

const T0 = new Date('2024-03-01T12:00:00Z');
const DAY = 86_400_000;

/** A studied card last reviewed `daysAgo` days before T0 with the given stability and lapses. */
function studied(fact: string, daysAgo: number, stability: number, lapses: number, extra: Partial<Card> = {}): Card {
	return {
		...createCard('bank', fact, 0, T0),
		state: CardStateKind.Review,
		stability,
		difficulty: 5,
		reps: 4,
		lapses,
		last_review: new Date(T0.getTime() - daysAgo * DAY),
		due: new Date(T0.getTime() + DAY),
		...extra
	};
}

describe('cards by state', () => {
	it('takes suspended cards out of their state and counts them apart', () => {
		expect(cardStates([10, 2, 30, 1], [1, 0, 4, 0])).toEqual({ new: 9, learning: 2, review: 26, relearning: 1, suspended: 5 });
	});
});

describe('hardest cards', () => {
	it('puts the most lapses first, then the lowest retrievability, and leaves out cards neither forgotten nor fading', () => {
		const cards = [
			studied('easy', 1, 100, 0),
			studied('fading', 30, 2, 0),
			studied('twice', 1, 10, 2),
			studied('once-fresh', 1, 10, 1),
			studied('once-old', 20, 10, 1),
			createCard('bank', 'new', 1, T0)
		];
		const hard = hardestCards(cards, T0, 0.9, null, 10);
		expect(hard.map((h) => h.fact)).toEqual(['twice', 'once-old', 'once-fresh', 'fading']);
		expect(hard[0]).toMatchObject({ cardId: 'bank\u0000twice', bankId: 'bank', lapses: 2 });
		expect(hardestCards(cards, T0, 0.9, null, 2)).toHaveLength(2);
	});

	it('names the question last shown for the card when there is one', () => {
		const [hard] = hardestCards([studied('x', 1, 10, 1, { lastQuestionId: 'q7' })], T0, 0.9, null, 1);
		expect(hard.questionId).toBe('q7');
	});
});

describe('retrievability (FSRS-6 forgetting curve)', () => {
	it('is 0.9 after as many days as the stability, 1 right after a review, and falls with time', () => {
		expect(retrievability(studied('x', 10, 10, 0), T0)).toBeCloseTo(0.9, 6);
		expect(retrievability(studied('x', 0, 10, 0), T0)).toBe(1);
		expect(retrievability(studied('x', 40, 10, 0), T0)!).toBeLessThan(retrievability(studied('x', 20, 10, 0), T0)!);
	});

	it('follows the decay of the parameters given', () => {
		const params = [
			0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912,
			0.0658, 0.5
		];
		const card = studied('x', 30, 10, 0);
		// Any decay keeps R = 0.9 at t = S; a steeper one forgets faster beyond it.
		expect(retrievability(studied('x', 10, 10, 0), T0, params)).toBeCloseTo(0.9, 6);
		expect(retrievability(card, T0, params)!).toBeLessThan(retrievability(card, T0)!);
	});

	it('is unknown for a card never reviewed', () => {
		expect(retrievability(createCard('bank', 'f', 0, T0), T0)).toBeNull();
	});
});

describe('known share', () => {
	it('is known cards over all cards, 0 for an empty bank', () => {
		expect(knownShare(25, 100)).toBe(0.25);
		expect(knownShare(0, 0)).toBe(0);
	});
});
