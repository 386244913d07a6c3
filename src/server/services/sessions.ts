/**
 * Sessions live in the database, never in a server's memory, so any instance
 * behind a load balancer can answer any request. The cookie holds a random
 * token; the table holds only its SHA-256, so a copy of the database cannot
 * be used to sign in.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/open';
import { sessions } from '../db/schema';

/** How long a session lasts without signing in again. */
export const SESSION_DAYS = 90;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Starts a session for the account; returns the token for the cookie. */
export async function createSession(db: Db, accountId: string, now: Date): Promise<string> {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
	await db.insert(sessions).values({ tokenHash: hashToken(token), accountId, createdAt: now, expiresAt });
	return token;
}

/** The account a token signs in, or null when it is unknown or expired. */
export async function accountOfToken(db: Db, token: string, now: Date): Promise<string | null> {
	if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
	const [row] = await db
		.select({ accountId: sessions.accountId })
		.from(sessions)
		.where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now)))
		.limit(1);
	return row?.accountId ?? null;
}

/** Ends this one session (sign out). */
export async function endSession(db: Db, token: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Ends every session of the account (sign out everywhere, a changed password). */
export async function endAllSessions(db: Db, accountId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.accountId, accountId));
}
