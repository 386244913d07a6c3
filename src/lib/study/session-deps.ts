/**
 * What a study session reads, writes, and takes the time and chance from,
 * gathered in one object so that tests can hand it fakes and a fixed clock.
 */
import type { Question } from '$lib/core/bank/schema';
import { readFirstCard, type FirstCard } from '$lib/storage/first-card';
import { gatherQueueHead, questionsForFact, type Scope } from '$lib/storage/queue';
import { ensureShippedBanks, SHIPPED_FLAG } from '$lib/library/shipped';
import { lazy, type Lazy } from '$lib/ui/lazy';

/** What answering a card needs: grading, the scheduler and the answer writes (see answering.ts). */
export type Answering = typeof import('./answering');

/** The answering module, fetched when the browser is idle after a card shows, or at the first answer. */
export const answeringModule = lazy(() => import('./answering'));

/** The storage a session reads before any answer; the writes come with the answering module. */
export interface SessionStorage {
	/** The bank, the settings, the queue's head and the first card with its questions (`rng` picks among ties). */
	firstCard(scope: Scope, now: Date, rng: () => number): Promise<FirstCard>;
	gatherQueueHead: typeof gatherQueueHead;
	questionsForFact(bankId: string, fact: string): Promise<Question[]>;
}

/**
 * The first card, read in one transaction with the shipped banks' flag. On a
 * first run, or when the app brought changed banks, those are written first
 * and the card is read again.
 */
async function firstCard(scope: Scope, now: Date, rng: () => number): Promise<FirstCard> {
	const current = await readFirstCard(scope, now, rng, SHIPPED_FLAG);
	if (current) return current;
	await ensureShippedBanks();
	// Without a flag to check, the read always returns.
	return (await readFirstCard(scope, now, rng)) as FirstCard;
}

/** What a session depends on besides its scope; each defaults to the real one. */
export interface SessionDeps {
	storage: SessionStorage;
	answering: Lazy<Answering>;
	now: () => Date;
	rng: () => number;
}

/** The real storage, the answering module fetched on first use, the wall clock and Math.random. */
export const realDeps: SessionDeps = {
	storage: { firstCard, gatherQueueHead, questionsForFact },
	answering: answeringModule,
	now: () => new Date(),
	rng: Math.random
};
