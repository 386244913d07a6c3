/**
 * What a study session reads, writes, and takes the time and chance from,
 * gathered in one object so that tests can hand it fakes and a fixed clock.
 */
import type { Question } from '$lib/core/bank/schema';
import type { Settings } from '$lib/core/settings';
import { gatherQueueHead, questionsForFact } from '$lib/storage/queue';
import { getBankMeta } from '$lib/storage/bank-read';
import { getSettings } from '$lib/storage/settings';
import { ensureShippedBanks } from '$lib/library/shipped';
import { lazy, type Lazy } from '$lib/ui/lazy';

/** What answering a card needs: grading, the scheduler and the answer writes (see answering.ts). */
export type Answering = typeof import('./answering');

/** The answering module, fetched when the browser is idle after a card shows, or at the first answer. */
export const answeringModule = lazy(() => import('./answering'));

/** The storage a session reads before any answer; the writes come with the answering module. */
export interface SessionStorage {
	ensureShippedBanks(): Promise<void>;
	getBankMeta(id: string): Promise<{ title: string } | undefined>;
	getSettings(): Promise<Settings>;
	gatherQueueHead: typeof gatherQueueHead;
	questionsForFact(bankId: string, fact: string): Promise<Question[]>;
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
	storage: { ensureShippedBanks, getBankMeta, getSettings, gatherQueueHead, questionsForFact },
	answering: answeringModule,
	now: () => new Date(),
	rng: Math.random
};
