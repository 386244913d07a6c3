/**
 * Accounts: sign up, sign in, change password, delete, export. Every function
 * takes already-validated input (core/sync/account schemas) and touches only
 * the rows of the one account it is given.
 */
import { asc, eq } from 'drizzle-orm';
import type { AccountInfo } from '../../lib/core/sync/account';
import type { Db } from '../db/open';
import { accounts, classes, classMembers, docs, reviews } from '../db/schema';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './passwords';
import { createSession, endAllSessions } from './sessions';

export interface Account extends AccountInfo {
	id: string;
}

const infoColumns = { id: accounts.id, login: accounts.login, createdAt: accounts.createdAt };
const toAccount = (row: { id: string; login: string; createdAt: Date }): Account => ({ id: row.id, login: row.login, createdAt: row.createdAt.toISOString() });

/** What the app is shown of an account (no id: the cookie already names it). */
export const accountInfo = ({ login, createdAt }: Account): AccountInfo => ({ login, createdAt });

/** What a student account made on a class's join page has besides its login. */
export interface StudentProfile {
	displayName: string;
	madeForClass: string;
}

/** Makes a new account; null when the login is taken. */
export async function signUp(db: Db, login: string, password: string, now: Date, profile?: StudentProfile): Promise<Account | null> {
	const passwordHash = await hashPassword(password);
	const [row] = await db
		.insert(accounts)
		.values({ login, passwordHash, createdAt: now, ...profile })
		.onConflictDoNothing({ target: accounts.login })
		.returning(infoColumns);
	return row ? toAccount(row) : null;
}

/**
 * The account when the password is right, null otherwise. An unknown login is
 * checked against a dummy hash so it takes as long as a known one.
 */
export async function signIn(db: Db, login: string, password: string): Promise<Account | null> {
	const [row] = await db
		.select({ ...infoColumns, passwordHash: accounts.passwordHash })
		.from(accounts)
		.where(eq(accounts.login, login))
		.limit(1);
	const ok = await verifyPassword(password, row?.passwordHash ?? (await dummyHash()));
	if (!row || !ok) return null;
	if (needsRehash(row.passwordHash))
		await db
			.update(accounts)
			.set({ passwordHash: await hashPassword(password) })
			.where(eq(accounts.id, row.id));
	return toAccount(row);
}

/** The account of a live session, or null when it is gone. */
export async function findAccount(db: Db, accountId: string): Promise<Account | null> {
	const [row] = await db.select(infoColumns).from(accounts).where(eq(accounts.id, accountId)).limit(1);
	return row ? toAccount(row) : null;
}

/** Whether the password is the account's own (checked before a change or a deletion). */
export async function checkPassword(db: Db, accountId: string, password: string): Promise<boolean> {
	const [row] = await db.select({ passwordHash: accounts.passwordHash }).from(accounts).where(eq(accounts.id, accountId)).limit(1);
	return row ? verifyPassword(password, row.passwordHash) : false;
}

/**
 * Stores the new password and ends every session of the account, then starts a
 * new one for this device: all in one transaction. Returns the new session's token.
 */
export async function changePassword(db: Db, accountId: string, next: string, now: Date): Promise<string> {
	const passwordHash = await hashPassword(next);
	return db.transaction(async (tx) => {
		await storePassword(tx, accountId, passwordHash);
		return createSession(tx, accountId, now);
	});
}

/** Sets a password someone else chose (a teacher, for a class's student) and ends every session of the account. */
export async function resetPassword(db: Db, accountId: string, next: string): Promise<void> {
	const passwordHash = await hashPassword(next);
	await db.transaction((tx) => storePassword(tx, accountId, passwordHash));
}

// A new password ends every session: whoever knew the old one is signed out.
async function storePassword(db: Db, accountId: string, passwordHash: string): Promise<void> {
	await db.update(accounts).set({ passwordHash }).where(eq(accounts.id, accountId));
	await endAllSessions(db, accountId);
}

/** Deletes the account; its sessions, reviews and documents go with it (ON DELETE CASCADE). */
export async function deleteAccount(db: Db, accountId: string): Promise<void> {
	await db.delete(accounts).where(eq(accounts.id, accountId));
}

export const EXPORT_FORMAT = 'factdeck.account-export';

/** Everything the server holds for the account, as one JSON-ready object. */
export async function exportAccount(db: Db, account: Account, now: Date) {
	// One snapshot: a push landing mid-export must not give reviews without their documents.
	return db.transaction(
		async (tx) => {
			const reviewRows = await tx.select().from(reviews).where(eq(reviews.accountId, account.id)).orderBy(asc(reviews.seq));
			const docRows = await tx.select().from(docs).where(eq(docs.accountId, account.id)).orderBy(asc(docs.rev));
			const classRows = await tx
				.select({ classId: classes.id, name: classes.name, role: classMembers.role, joinedAt: classMembers.joinedAt })
				.from(classMembers)
				.innerJoin(classes, eq(classes.id, classMembers.classId))
				.where(eq(classMembers.accountId, account.id))
				.orderBy(asc(classMembers.joinedAt));
			return {
				format: EXPORT_FORMAT,
				version: 1,
				exportedAt: now.toISOString(),
				account: accountInfo(account),
				reviews: reviewRows.map(({ accountId: _, ...review }) => review),
				docs: docRows.map(({ accountId: _, updatedAt, ...doc }) => ({ ...doc, updatedAt: updatedAt.toISOString() })),
				classes: classRows.map(({ joinedAt, ...membership }) => ({ ...membership, joinedAt: joinedAt.toISOString() }))
			};
		},
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);
}
