/**
 * The ways to go on after a session, in storage: the queue head of a
 * session that studies ahead, takes more New cards today or goes over the
 * missed cards again, and how many cards each would study. Kept apart from
 * queue.ts, which the first card waits for: only a session started from the
 * summary (fetched when a session ends) reads this.
 */
import type { Settings } from '../core/settings';
import { againHead, dueAhead } from '../core/srs/go-on';
import { earliestGroup, type QueueHead } from '../core/srs/queue';
import { CardStateKind, type Card } from '../core/srs/types';
import { db, type FactdeckDB } from './db';
import { gatherQueueHead, type Scope } from './queue';
import { countTables } from './counts';
import { countsOf } from './counting';
import { cardsById } from './card-reads';
import { dueCards, dueWindow, suspendedNew, type DueWindow } from './ranges';

/** A session's scope with the way it goes on from the one before, if any. */
export interface GoOnScope extends Scope {
	/** Study ahead: reviews due within this many days count as due (see `dueAhead`). */
	aheadDays?: number;
	/** New cards each bank may introduce today on top of the daily limit. */
	extraNew?: number;
	/** Go over these cards again, once each, whatever their due dates (see `againHead`). */
	again?: { cardIds: readonly string[]; since: Date };
}

/** The review cards of a study-ahead session: a whole list, as a card answered ahead must be filtered out. */
async function aheadReviews(database: FactdeckDB, bankId: string | undefined, window: DueWindow, days: number): Promise<Card[]> {
	const until = new Date(window.dayEnd.getTime() + days * 86_400_000);
	const cards = await dueCards(database, bankId, CardStateKind.Review, until, false).toArray();
	return cards.filter((card) => dueAhead(card, window.dayStart, window.dayEnd, until));
}

/** The chosen cards of an `again` scope that are still stored (and in the scope's bank). */
async function chosenCards(database: FactdeckDB, scope: GoOnScope): Promise<Card[]> {
	const ids = [...(scope.again?.cardIds ?? [])];
	// A card whose answer was undone may be New again, without a row (new-cards.ts).
	const cards = await database.transaction('r', [database.banks, database.questionPages, database.cards], () => cardsById(database, ids));
	return cards.filter((card): card is Card => card !== undefined && (scope.bankId === undefined || card.bankId === scope.bankId));
}

/**
 * The head of the queue at `now` for a scope that goes on from a session: the
 * day's queue with the New-card limit raised by `extraNew`, its reviews those
 * of the days ahead with `aheadDays`, or the chosen cards alone with `again`.
 */
export async function gatherGoOnHead(scope: GoOnScope, now: Date, base: Settings, database: FactdeckDB = db): Promise<QueueHead> {
	const settings = scope.extraNew ? { ...base, newPerDay: base.newPerDay + scope.extraNew } : base;
	const window = dueWindow(now, settings);
	const { again, aheadDays, bankId } = scope;
	if (again) return againHead(await chosenCards(database, scope), now, again.since, window.learnUntil);
	const [head, ahead] = await Promise.all([
		gatherQueueHead(scope, now, settings, database),
		aheadDays ? aheadReviews(database, bankId, window, aheadDays) : null
	]);
	return ahead ? { ...head, counts: { ...head.counts, review: ahead.length }, reviews: earliestGroup(ahead) } : head;
}

/** What a learner may go on with once a session is over, counted for the buttons that offer it. */
export interface GoOnCounts {
	/** Review cards a study-ahead session of `aheadDays` would show. */
	ahead: number;
	/** New cards in scope not yet introduced: what more New cards today could draw from. */
	moreNew: number;
	/** When the next learning or review card in scope falls due, or null when none is scheduled. */
	nextDue: Date | null;
}

/** Counts what each way to go on after a session would study (see GoOnCounts). */
export async function countGoOn(scope: GoOnScope, now: Date, settings: Settings, aheadDays: number, database: FactdeckDB = db): Promise<GoOnCounts> {
	const window = dueWindow(now, settings);
	const { bankId } = scope;
	const { Learning, Review, Relearning } = CardStateKind;
	return database.transaction('r', countTables(database), async () => {
		const bankIds = bankId === undefined ? ((await database.banks.toCollection().primaryKeys()) as string[]) : [bankId];
		const never = new Date(8.64e15);
		const [ahead, fresh, firsts] = await Promise.all([
			aheadReviews(database, bankId, window, aheadDays),
			// Every New card, suspended ones too: the counts keep those the queue may introduce, the sparse index the others.
			Promise.all(bankIds.map(async (id) => (await countsOf(database, id)).fresh + (await suspendedNew(database, id).count()))),
			Promise.all([Learning, Review, Relearning].map((state) => dueCards(database, bankId, state, never, true).first()))
		]);
		const dues = firsts.flatMap((card) => (card ? [card.due.getTime()] : []));
		return { ahead: ahead.length, moreNew: fresh.reduce((a, b) => a + b, 0), nextDue: dues.length > 0 ? new Date(Math.min(...dues)) : null };
	});
}
