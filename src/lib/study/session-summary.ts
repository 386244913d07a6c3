/**
 * The end of a session: what was studied (read back from the review log, so
 * an undone answer is never counted) and the ways to go on, each of which
 * starts a new session with a scope the queue understands (storage/queue.ts).
 */
import type { ReviewLog } from '$lib/core/srs/types';
import { formatInterval } from '$lib/core/srs/interval';
import { nextFromHead } from '$lib/core/srs/queue';
import { reviewsSince } from '$lib/storage/answers';
import { getBankMeta } from '$lib/storage/bank-read';
import type { FirstCard } from '$lib/storage/first-card';
import { countGoOn, gatherGoOnHead, type GoOnCounts, type GoOnScope } from '$lib/storage/go-on';
import { questionsForFact } from '$lib/storage/queue';
import { getSettings } from '$lib/storage/settings';
import { realDeps, type SessionStorage } from './session-deps';

/** A study-ahead session shows the reviews due within this many days. */
export const AHEAD_DAYS = 7;

/** The sizes offered for more New cards today. */
export const MORE_NEW_STEPS = [10, 20] as const;

/** One session as the page runs it: what it studies, and since when its answers count. */
export interface SessionRun {
	scope: GoOnScope;
	startedAt: Date;
	/** The storage of a session that goes on from another, which reads its queue by its scope; else the real one. */
	storage?: SessionStorage;
}

/** The real storage, with the queue head that knows the ways to go on. */
const goOnStorage: SessionStorage = { ...realDeps.storage, firstCard: goOnFirstCard, gatherQueueHead: gatherGoOnHead };

/** The first card of a session that goes on from another, read in turn through its own queue head: the page is up by then. */
async function goOnFirstCard(scope: GoOnScope, now: Date, rng: () => number): Promise<FirstCard> {
	const [settings, bank] = await Promise.all([getSettings(), scope.bankId === undefined ? undefined : getBankMeta(scope.bankId)]);
	const head = await gatherGoOnHead(scope, now, settings);
	const card = nextFromHead(head, rng);
	return { bank, settings, head, card, questions: card ? await questionsForFact(card.bankId, card.fact) : [] };
}

/** What a session's answers add up to. */
export interface Tally {
	/** Different cards answered. */
	cards: number;
	answers: number;
	/** Answers rated anything but Again. */
	right: number;
	timeMs: number;
	/** Cards rated Again at least once, in the order first missed. */
	missed: string[];
}

/** The tally of a session and what each way to go on would study. */
export interface SessionSummary extends Tally, GoOnCounts {}

/** A way to go on after a session. */
export type GoOn = { kind: 'ahead' } | { kind: 'more-new'; count: number } | { kind: 'missed' };

/** Adds up a session's review log. */
export function tally(logs: readonly ReviewLog[]): Tally {
	const cards = new Set<string>();
	const missed = new Set<string>();
	let right = 0;
	let timeMs = 0;
	for (const log of logs) {
		cards.add(log.cardId);
		if (log.rating === 1) missed.add(log.cardId);
		else right++;
		timeMs += log.durationMs;
	}
	return { cards: cards.size, answers: logs.length, right, timeMs, missed: [...missed] };
}

/** Reads the summary of `run` at `now`: its answers so far and what is left to go on with. */
export async function readSummary(run: SessionRun, now: Date): Promise<SessionSummary> {
	const settings = await getSettings();
	const [logs, counts] = await Promise.all([reviewsSince(run.scope.bankId, run.startedAt), countGoOn(run.scope, now, settings, AHEAD_DAYS)]);
	return { ...tally(logs), ...counts };
}

/**
 * The session that goes on from `run` the way the learner chose, starting at
 * `now`. The extra New cards already granted stay granted: the cards they
 * introduced count toward today's limit, which would otherwise leave none.
 */
export function goOnRun(choice: GoOn, run: SessionRun, summary: Tally, now: Date): SessionRun {
	const { bankId, extraNew } = run.scope;
	const base: GoOnScope = { bankId, ...(extraNew ? { extraNew } : {}) };
	const next = (scope: GoOnScope): SessionRun => ({ scope, startedAt: now, storage: goOnStorage });
	if (choice.kind === 'ahead') return next({ ...base, aheadDays: AHEAD_DAYS });
	if (choice.kind === 'more-new') return next({ ...base, extraNew: (extraNew ?? 0) + choice.count });
	return next({ ...base, again: { cardIds: summary.missed, since: now } });
}

// Shared with the statistics page, which must not load the session's storage to format a time.
export { formatTimeSpent } from '$lib/ui/duration';

/** When the next card is due, from `now`: "now" or "in 3h", "in 2d" (the rating buttons' units). */
export function formatNextDue(due: Date, now: Date): string {
	return due.getTime() <= now.getTime() ? 'now' : `in ${formatInterval(now, due)}`;
}

/** The share of right answers as a whole percentage, or null when nothing was answered. */
export function shareRight(summary: Tally): number | null {
	return summary.answers === 0 ? null : Math.round((100 * summary.right) / summary.answers);
}
