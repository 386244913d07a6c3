/** The library's view of each bank: what it is and how much is due, from index keys and the per-bank counts. */
import type { BankSummary } from '../core/bank/summary';
import type { Settings } from '../core/settings';
import { bankOfCard } from '../core/srs/card';
import { countTables, newLeft } from './counts';
import { countBank, recountBanks } from './counting';
import { db, type FactdeckDB } from './db';
import { dueWindow, learningDue, reviewsDue } from './ranges';
import type { BankRow } from './rows';

/** The bank's summary from its row and its numbers. */
function summarize(row: BankRow, due: number, fresh: number, cardCount: number): BankSummary {
	const summary: BankSummary = {
		id: row.id,
		title: row.title,
		questionCount: row.questionCount,
		factCount: row.factCount,
		due,
		new: fresh,
		cardCount
	};
	if (row.description !== undefined) summary.description = row.description;
	if (row.source) {
		const { title, publisher, published } = row.source;
		summary.source = {
			...(title !== undefined && { title }),
			...(publisher !== undefined && { publisher }),
			...(published !== undefined && { published })
		};
	}
	return summary;
}

/**
 * Every bank with its due and new counts at `now`, sorted by title. Due cards
 * are counted from three key-only range reads across all banks (a card id
 * names its bank), New cards from the per-bank counts: a handful of requests
 * whatever the number of banks, no card ever loaded.
 */
export async function listBankSummaries(now: Date, settings: Settings, database: FactdeckDB = db): Promise<BankSummary[]> {
	const window = dueWindow(now, settings);
	const tables = countTables(database);
	const { summaries, uncounted } = await database.transaction('r', tables, async () => {
		const dueRanges = (suspended: boolean) => [...learningDue(database, undefined, window, suspended), reviewsDue(database, undefined, window, suspended)];
		const [rows, stored, dueKeys, suspendedKeys] = await Promise.all([
			database.banks.toArray(),
			database.bankCounts.toArray(),
			Promise.all(dueRanges(false).map((range) => range.primaryKeys())),
			// Suspended cards are not due: their sparse index names them, to be taken off.
			Promise.all(dueRanges(true).map((range) => range.primaryKeys()))
		]);
		const due = new Map<string, number>();
		const tally = (ids: unknown[], step: number) => {
			for (const id of ids as string[]) {
				const bankId = bankOfCard(id);
				due.set(bankId, (due.get(bankId) ?? 0) + step);
			}
		};
		tally(dueKeys.flat(), 1);
		tally(suspendedKeys.flat(), -1);
		const counts = new Map(stored.map((row) => [row.bankId, row]));
		const uncounted = rows.map((row) => row.id).filter((id) => !counts.has(id));
		for (const row of await Promise.all(uncounted.map((id) => countBank(database, id)))) counts.set(row.bankId, row);
		const summaries = rows.map((row) => {
			const c = counts.get(row.id)!;
			return summarize(row, due.get(row.id) ?? 0, newLeft(c, window, settings), c.cards);
		});
		return { summaries, uncounted };
	});
	// What had to be counted here is stored, so the next read finds it.
	if (uncounted.length > 0) await recountBanks(database, uncounted);
	return summaries.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}
