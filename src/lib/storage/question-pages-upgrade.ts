/**
 * The version-8 upgrade: every version-7 question row moves into its bank's
 * pages, in position order, nothing dropped. Only IndexedDB calls, inside the
 * upgrade transaction (MIGRATIONS.md): if it fails, version 7 stays as it was.
 */
import type { Table } from 'dexie';
import { toPages } from './page-layout';
import type { QuestionPageRow, QuestionRow } from './rows';

/** Reads the old rows (in [bankId+position] order) and writes their pages; bank by bank, so memory holds one bank at a time. */
export async function movePagesFromRows(rows: Table<QuestionRow>, pages: Table<QuestionPageRow>): Promise<void> {
	// Every bank that has questions, even one whose bank row is gone: Check database, not an upgrade, decides what is an orphan.
	const keys = (await rows.toCollection().primaryKeys()) as unknown as [string, string][];
	for (const bankId of new Set(keys.map(([bankId]) => bankId))) {
		const bank = await rows.where('[bankId+position]').between([bankId, -Infinity], [bankId, Infinity], true, true).toArray();
		// Positions were 0..n-1 in every version that wrote them; sorting keeps bank order even if one was not.
		bank.sort((a, b) => a.position - b.position);
		const questions = bank.map(({ bankId: _b, position: _p, ...question }) => question);
		await pages.bulkAdd(toPages(bankId, questions));
	}
}
