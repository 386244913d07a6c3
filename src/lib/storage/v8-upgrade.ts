/**
 * The version-8 upgrade: every version-7 question row moves into its bank's
 * pages, in position order, nothing dropped; and a card row that is exactly
 * its fact's implicit New card (implicit-cards.ts) goes, as the card reads
 * back the same without it. Every other row stays as it was. Only IndexedDB
 * calls, inside the upgrade transaction (MIGRATIONS.md): if it fails,
 * version 7 stays as it was.
 */
import type { Table, Transaction } from 'dexie';
import type { Card } from '../core/srs/types';
import { cardRows } from './card-rows';
import { toPages } from './page-build';
import type { BankRow, QuestionPageRow, QuestionRow } from './rows';

/** Bank by bank (memory holds one bank at a time), the questions paged and the implicit card rows removed. */
export async function upgradeToV8(tx: Transaction): Promise<void> {
	const rows: Table<QuestionRow> = tx.table('questions');
	const pages: Table<QuestionPageRow> = tx.table('questionPages');
	const banks: Table<BankRow, string> = tx.table('banks');
	const cards: Table<Card, string> = tx.table('cards');
	// Every bank that has questions, even one whose bank row is gone: Check database, not an upgrade, decides what is an orphan.
	const keys = (await rows.toCollection().primaryKeys()) as unknown as [string, string][];
	for (const bankId of new Set(keys.map(([bankId]) => bankId))) {
		const bank = await rows.where('[bankId+position]').between([bankId, -Infinity], [bankId, Infinity], true, true).toArray();
		// Positions were 0..n-1 in every version that wrote them; sorting keeps bank order even if one was not.
		bank.sort((a, b) => a.position - b.position);
		const questions = bank.map(({ bankId: _b, position: _p, ...question }) => question);
		const [row, stored] = await Promise.all([
			banks.get(bankId),
			cards
				.where('[bankId+state+due]')
				.between([bankId, -Infinity, -Infinity], [bankId, [[]], [[]]], true, true)
				.toArray()
		]);
		const kept = new Set(cardRows(stored, row, questions).map((c) => c.id));
		const implicit = stored.filter((c) => !kept.has(c.id)).map((c) => c.id);
		await Promise.all([pages.bulkAdd(toPages(bankId, questions)), implicit.length && cards.bulkDelete(implicit)]);
	}
}
