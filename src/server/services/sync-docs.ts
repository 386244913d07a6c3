/**
 * Stores pushed documents (banks, questions, settings, card flags). The later
 * write in the server's order wins; the stored row keeps the revision its
 * writer had seen, so a pulling device can tell a concurrent edit of its own
 * from a plain newer version. A deleted bank is a tombstone for good: nothing
 * of it is stored again, and its questions and cards are deleted with it.
 */
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DocChange, DocReceipt } from '../../lib/core/sync/protocol';
import { docs } from '../db/schema';
import type { ChangeCounter, Tx } from './sync-order';

/** The kinds of document that live inside a bank and go when it goes. */
const BANK_CONTENTS = ['question', 'card'];

/** Stores the documents in the order pushed; one receipt each. */
export async function storeDocs(
	tx: Tx,
	accountId: string,
	deviceId: string,
	list: readonly DocChange[],
	counter: ChangeCounter,
	now: Date
): Promise<DocReceipt[]> {
	if (!list.length) return [];
	const deleted = await deletedBanks(tx, accountId, [...new Set(list.map((d) => d.bankId).filter(Boolean))]);
	const receipts: DocReceipt[] = [];
	for (const doc of list) {
		const receipt: DocReceipt = { kind: doc.kind, bankId: doc.bankId, key: doc.key };
		if (doc.kind !== 'setting' && deleted.has(doc.bankId)) {
			receipts.push({ ...receipt, ignored: 'bank-deleted' });
			continue;
		}
		const row = { rev: counter.take(), baseRev: doc.baseRev, body: doc.body ?? null, deviceId, updatedAt: now };
		await tx
			.insert(docs)
			.values({ accountId, kind: doc.kind, bankId: doc.bankId, key: doc.key, ...row })
			.onConflictDoUpdate({ target: [docs.accountId, docs.kind, docs.bankId, docs.key], set: row });
		receipts.push({ ...receipt, rev: row.rev });
		if (doc.kind === 'bank' && row.body === null) {
			deleted.add(doc.bankId);
			await deleteBankContents(tx, accountId, deviceId, doc.bankId, counter, now);
		}
	}
	return receipts;
}

/** The banks among `bankIds` that the account has deleted. */
async function deletedBanks(tx: Tx, accountId: string, bankIds: string[]): Promise<Set<string>> {
	if (!bankIds.length) return new Set();
	const rows = await tx
		.select({ bankId: docs.bankId })
		.from(docs)
		.where(and(eq(docs.accountId, accountId), eq(docs.kind, 'bank'), eq(docs.key, ''), isNull(docs.body), inArray(docs.bankId, bankIds)));
	return new Set(rows.map((r) => r.bankId));
}

/** Tombstones every live question and card of a deleted bank, each with its own change number, so a device pulling later drops them. */
async function deleteBankContents(tx: Tx, accountId: string, deviceId: string, bankId: string, counter: ChangeCounter, now: Date): Promise<void> {
	const live = and(eq(docs.accountId, accountId), eq(docs.bankId, bankId), inArray(docs.kind, BANK_CONTENTS), isNotNull(docs.body));
	const [{ count }] = await tx
		.select({ count: sql<number>`count(*)::int` })
		.from(docs)
		.where(live);
	if (!count) return;
	const first = counter.takeMany(count);
	await tx.execute(sql`
		update docs set body = null, base_rev = docs.rev, rev = ${first - 1}::bigint + n.rn, device_id = ${deviceId}, updated_at = ${now.toISOString()}::timestamptz
		from (select kind, key, row_number() over (order by kind, key) as rn from ${docs} where ${live}) as n
		where docs.account_id = ${accountId} and docs.bank_id = ${bankId} and docs.kind = n.kind and docs.key = n.key`);
}
