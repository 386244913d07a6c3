/**
 * The whole lists of the queue (the head is queue.ts): every learning and
 * review card due and every New card allowed today, for a view or a check
 * that wants them all, such as the tests that hold the head to them.
 */
import type { Settings } from '../core/settings';
import { type Card, type QueueInput } from '../core/srs/types';
import { countTables } from './counts';
import { db, type FactdeckDB } from './db';
import { implicitCard } from './implicit-cards';
import { implicitFacts } from './new-cards';
import type { Scope } from './queue';
import { active, dueWindow, learningDue, newAllowance, newCards, reviewsDue } from './ranges';
import type { BankCountsRow } from './rows';

/** The cards a session may show at `now`: learning due, reviews due today, new cards within each bank's daily limit. */
export async function gatherQueue(scope: Scope, now: Date, settings: Settings, database: FactdeckDB = db): Promise<QueueInput> {
	const window = dueWindow(now, settings);
	const { bankId } = scope;
	return database.transaction('r', countTables(database), async () => {
		const banks = bankId === undefined ? await database.banks.toArray() : await database.banks.where('id').equals(bankId).toArray();
		const [learning, reviews, fresh] = await Promise.all([
			Promise.all(learningDue(database, bankId, window).map((range) => range.filter(active).toArray())),
			reviewsDue(database, bankId, window).filter(active).toArray(),
			Promise.all(
				banks.map(async (bank): Promise<Card[]> => {
					const allowed = await newAllowance(database, bank.id, window, settings);
					return allowed > 0 ? firstNew(database, bank.id, await database.bankCounts.get(bank.id), allowed) : [];
				})
			)
		]);
		return { now, learning: learning.flat(), reviews, fresh: fresh.flat() };
	});
}

/**
 * A bank's first `limit` New cards the queue may introduce, in order: its
 * New rows not suspended and its cards without a row, read from the pages
 * from `next` on (see new-cards.ts), merged by order; every read issued at
 * once. Not from what the counts keep ahead: the tests hold the queue's head,
 * which reads those, to these lists.
 */
async function firstNew(database: FactdeckDB, bankId: string, counts: BankCountsRow | undefined, limit: number): Promise<Card[]> {
	const [bank, rows, facts] = await Promise.all([
		database.banks.get(bankId),
		newCards(database, bankId).filter(active).limit(limit).toArray(),
		implicitFacts(database, bankId, counts?.next ?? 0, limit)
	]);
	const implicit = bank ? facts.map(({ fact, order }) => implicitCard(bank, fact, order)) : [];
	return [...rows, ...implicit].sort((a, b) => a.order - b.order).slice(0, limit);
}
