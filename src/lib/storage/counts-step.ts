/**
 * The bank counts (counts.ts) kept in step with an answer to a New card and
 * with its undo, in the answer's own transaction, so that neither needs a
 * recount. Only the answering code loads this, after the first card is up.
 */
import type { FactdeckDB } from './db';
import { AHEAD_KEPT, INTRODUCTIONS_KEPT_MS } from './counts';
import { lookAhead } from './counting';
import type { BankCountsRow, FactAt } from './rows';

/** The counts after one of the bank's New cards (the one at `order`) was introduced at `at`: it has a row now. */
export function introduced(row: BankCountsRow, at: Date, order: number): BankCountsRow {
	const times = [...row.introduced, at.getTime()].sort((a, b) => a - b);
	const keepFrom = times[times.length - 1] - INTRODUCTIONS_KEPT_MS;
	const ahead = row.ahead?.filter((at) => at.order !== order);
	// The first New card without a row is further on than this one: the first still kept, or further.
	const next = ahead?.length ? ahead[0].order : row.next === order ? order + 1 : row.next;
	return withNext({ ...row, fresh: row.fresh - 1, introduced: times.filter((t) => t >= keepFrom), ...(ahead && { ahead }) }, next);
}

/** The counts after the introduction at `at` was undone: the card of `fact` is New again, without a row when `rowless`. */
export function unintroduced(row: BankCountsRow, at: Date, { fact, order }: FactAt, rowless: boolean): BankCountsRow {
	const times = [...row.introduced];
	const i = times.indexOf(at.getTime());
	if (i >= 0) times.splice(i, 1);
	const next = rowless && row.next !== undefined ? Math.min(row.next, order) : row.next;
	const last = row.ahead?.at(-1);
	// Kept ahead when it comes before the last kept (after it, those kept stay the first), or when none was
	// kept because there was none: it is the only card without a row now.
	const ahead =
		rowless && row.ahead && (!last || order < last.order) ? [...row.ahead, { fact, order }].sort((a, b) => a.order - b.order).slice(0, AHEAD_KEPT) : row.ahead;
	return withNext({ ...row, fresh: row.fresh + 1, introduced: times, ...(ahead && { ahead }) }, next);
}

/** The row with `next`, or without it (and what it keeps ahead) when unknown: the row is then counted again before the queue uses it. */
function withNext(row: BankCountsRow, next: number | undefined): BankCountsRow {
	const { next: _old, ahead, ...rest } = row;
	return next === undefined ? rest : { ...rest, next, ...(ahead && { ahead }) };
}

/**
 * The counts after an introduction used the last New card without a row that
 * they kept: the next ones looked up, inside the answer's transaction once its
 * card row is written. Unchanged when some are still kept.
 */
export async function keepAhead(database: FactdeckDB, row: BankCountsRow): Promise<BankCountsRow> {
	if (row.ahead?.length !== 0 || row.next === undefined) return row;
	const bank = await database.banks.get(row.bankId);
	return bank ? { ...row, ...(await lookAhead(database, row.bankId, row.next, bank.questionCount)) } : row;
}
