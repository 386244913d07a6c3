import { nextFromHead } from '$lib/core/srs/queue';
import { answerCard } from '$lib/core/srs/scheduler';
import { CardStateKind, type Card, type Rating } from '$lib/core/srs/types';
import { saveAnswer } from '$lib/storage/answers';
import { saveBank } from '$lib/storage/banks';
import type { FactdeckDB } from '$lib/storage/db';
import { countGoOn, gatherGoOnHead, type GoOnScope } from '$lib/storage/go-on';
import { gatherQueueHead } from '$lib/storage/queue';
import { bankOfFacts, closeAll, freshDb, local, setCard, settings } from './helpers';

afterEach(closeAll);

const T0 = local(2024, 3, 1, 12);
const NOW = local(2024, 3, 5, 10);
const DAY = 86_400_000;
const ids = (cards: Card[]) => cards.map((c) => c.fact).sort();

/** Studies `scope` from `now` to its end, answering every card with `rating` a minute apart; returns the facts in order. */
async function studyAll(d: FactdeckDB, scope: GoOnScope, now: Date, rating: (card: Card) => Rating = () => 3, s = settings()): Promise<string[]> {
	const seen: string[] = [];
	let at = now;
	for (let card = nextFromHead(await gatherGoOnHead(scope, at, s, d)); card; card = nextFromHead(await gatherGoOnHead(scope, at, s, d))) {
		const { card: next, log } = answerCard(card, rating(card), at, { retention: 0.9, fuzz: false }, 'q', 1000);
		await saveAnswer(next, log, d);
		seen.push(card.fact);
		expect(seen.length, 'the session ends').toBeLessThan(100);
		at = new Date(at.getTime() + 60_000);
	}
	return seen;
}

/** Makes a bank's card for `fact` a review due at `due`, last studied at `last`, with a valid memory state. */
async function review(d: FactdeckDB, bankId: string, fact: string, due: Date, last = new Date(NOW.getTime() - 2 * DAY)) {
	const card = await setCard(d, bankId, fact, CardStateKind.Review, due);
	await d.cards.put({ ...card, difficulty: 5, last_review: last });
}

/** A bank whose cards f0..f4 are reviews last studied two days before NOW, due 1 to 5 days after NOW. */
async function reviewsAhead(d: FactdeckDB) {
	await saveBank(bankOfFacts('a', 8), T0, {}, d);
	for (let i = 0; i < 5; i++) await review(d, 'a', `f${i}`, new Date(NOW.getTime() + (i + 1) * DAY));
}

describe('study ahead', () => {
	it('counts reviews due within the days ahead as due, and lets each go once answered', async () => {
		const d = freshDb();
		await reviewsAhead(d);
		const s = settings({ newPerDay: 0 });
		expect((await gatherQueueHead({ bankId: 'a' }, NOW, s, d)).counts.review).toBe(0);
		const head = await gatherGoOnHead({ bankId: 'a', aheadDays: 3 }, NOW, s, d);
		// Today's study day ends at 4:00 on 6 March; three days on is 4:00 on 9 March: f0, f1 and f2 (f3 is due at 10:00).
		expect(head.counts.review).toBe(3);
		expect(ids(head.reviews)).toEqual(['f0']);
		// Each once, earliest due first: a card answered ahead does not come back with its new, still close, due date.
		expect(await studyAll(d, { bankId: 'a', aheadDays: 3 }, NOW, () => 3, s)).toEqual(['f0', 'f1', 'f2']);
		expect((await countGoOn({ bankId: 'a' }, NOW, s, 3, d)).ahead).toBe(0);
	});

	it('is offered with the number of cards it would show and the next due time', async () => {
		const d = freshDb();
		await reviewsAhead(d);
		const counts = await countGoOn({ bankId: 'a' }, NOW, settings(), 2, d);
		// f0 and f1: due before 4:00 on 8 March, the end of the second day ahead.
		expect(counts.ahead).toBe((await gatherGoOnHead({ bankId: 'a', aheadDays: 2 }, NOW, settings(), d)).counts.review);
		expect(counts.ahead).toBe(2);
		expect(counts.nextDue).toEqual(new Date(NOW.getTime() + DAY));
		expect(counts.moreNew).toBe(3);
		expect(await countGoOn({}, NOW, settings(), 2, d)).toEqual(counts);
	});
});

describe('more new cards today', () => {
	it('raises the day limit by the extra cards, and only for the session that asks', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 30), T0, {}, d);
		const s = settings({ newPerDay: 5 });
		const easy = () => 4 as Rating;
		expect(await studyAll(d, { bankId: 'a' }, NOW, easy, s)).toHaveLength(5);
		expect((await gatherQueueHead({ bankId: 'a' }, NOW, s, d)).counts.new).toBe(0);
		expect((await gatherGoOnHead({ bankId: 'a', extraNew: 10 }, NOW, s, d)).counts.new).toBe(10);
		// The day's own queue is unchanged.
		expect((await gatherQueueHead({ bankId: 'a' }, NOW, s, d)).counts.new).toBe(0);
		const more = await studyAll(d, { bankId: 'a', extraNew: 10 }, new Date(NOW.getTime() + 3_600_000), easy, s);
		expect(more).toEqual(['f5', 'f6', 'f7', 'f8', 'f9', 'f10', 'f11', 'f12', 'f13', 'f14']);
		// Granted again, the same 10 are spent: a second round needs 20 in all.
		expect((await gatherGoOnHead({ bankId: 'a', extraNew: 10 }, NOW, s, d)).counts.new).toBe(0);
		expect((await gatherGoOnHead({ bankId: 'a', extraNew: 20 }, NOW, s, d)).counts.new).toBe(10);
		expect((await countGoOn({ bankId: 'a' }, NOW, s, 7, d)).moreNew).toBe(15);
	});
});

describe('going over the missed cards again', () => {
	it('shows each chosen card once, whatever its due date, and a card missed again by its steps', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 6), T0, {}, d);
		await saveBank(bankOfFacts('b', 2), T0, {}, d);
		for (const fact of ['f0', 'f1', 'f2']) await review(d, 'a', fact, new Date(NOW.getTime() + 5 * DAY));
		const since = NOW;
		const scope: GoOnScope = { bankId: 'a', again: { cardIds: ['a\u0000f0', 'a\u0000f2', 'b\u0000f0', 'a\u0000gone'], since } };
		const head = await gatherGoOnHead(scope, NOW, settings(), d);
		expect(head.counts).toEqual({ new: 0, learning: 0, review: 2 });
		let missedOnce = false;
		const studied = await studyAll(d, scope, NOW, (card) => (card.fact === 'f2' && !missedOnce ? ((missedOnce = true), 1) : 3));
		// f2 missed again returns after its first learning step, within the learn-ahead window.
		expect(studied.sort()).toEqual(['f0', 'f2', 'f2']);
	});
});
