/**
 * Per bank, the numbers the daily New-card limit and the library need, kept
 * in a small row so that "Study all" and the library read one row per bank
 * instead of counting index ranges bank by bank: how many cards and how many
 * New cards the bank holds, and when its last New cards were introduced (an
 * introduction is an answer given to a New card; the limit counts those of
 * the current study day).
 *
 * The rows are a cache of what the cards and the review log say. The storage
 * functions that write cards or the log keep them in step in the same
 * transaction; any other write empties the table (see counts-guard.ts), and
 * a missing row is counted again from the indexes when it is next needed
 * (counting.ts, which the study page fetches only then).
 */
import type { Settings } from '../core/settings';
import type { FactdeckDB } from './db';
import type { DueWindow } from './ranges';
import type { BankCountsRow } from './rows';

/** How many of a bank's next New cards without a row its counts row keeps, so that next card reads no question page. */
export const AHEAD_KEPT = 16;

/** Introductions older than this before the latest one are dropped: a study day lasts at most 25 hours. */
export const INTRODUCTIONS_KEPT_MS = 48 * 3_600_000;

/** The tables counting a bank reads (counting.ts), for the transactions that may count one. */
export function countTables(database: FactdeckDB) {
	return [database.banks, database.questionPages, database.cards, database.reviews, database.bankCounts];
}

/** How many New cards the bank may still introduce in the window's study day: its allowance, capped by its New cards. */
export function newLeft(row: BankCountsRow, window: DueWindow, settings: Settings): number {
	const start = window.dayStart.getTime();
	const end = window.dayEnd.getTime();
	const today = row.introduced.filter((at) => at >= start && at < end).length;
	return Math.min(row.fresh, Math.max(0, settings.newPerDay - today));
}
