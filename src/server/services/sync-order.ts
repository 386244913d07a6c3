/**
 * The account's change order. Every push holds the account row's lock from its
 * first change number to its commit, so pushes of one account take their numbers
 * one after another and commit in that order: a puller that has seen change N
 * has seen every change before it, on any server instance.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { accounts } from '../db/schema';

/** A transaction of the query layer. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Hands out an account's change numbers inside one push. */
export interface ChangeCounter {
	/** The next change number; each call gives a new one. */
	take(): number;
	/** Takes `count` numbers at once and returns the first. */
	takeMany(count: number): number;
}

/** Locks the account row (other pushes of the account wait) and returns a counter that starts after its last change; null when the account is gone. */
export async function lockChangeOrder(tx: Tx, accountId: string): Promise<(ChangeCounter & { last(): number }) | null> {
	const [row] = await tx.select({ changeSeq: accounts.changeSeq }).from(accounts).where(eq(accounts.id, accountId)).for('update');
	if (!row) return null;
	let last = row.changeSeq;
	return {
		take: () => ++last,
		takeMany(count) {
			const first = last + 1;
			last += count;
			return first;
		},
		last: () => last
	};
}

/** Records the last change number the push handed out, under the lock it still holds. */
export async function saveChangeOrder(tx: Tx, accountId: string, last: number): Promise<void> {
	await tx
		.update(accounts)
		.set({ changeSeq: sql`greatest(${accounts.changeSeq}, ${last})` })
		.where(eq(accounts.id, accountId));
}
