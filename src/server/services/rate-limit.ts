/**
 * Fixed-window rate limits kept in the database, so every server instance
 * counts the same attempts. Each hit is one upsert that returns the new count:
 * a window that has passed starts again at 1.
 */
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { rateLimits } from '../db/schema';

export interface Limit {
	/** Names the counter in its key: 'signin:login' + ':' + the login. */
	name: string;
	max: number;
	windowMs: number;
}

const MINUTE = 60_000;
export const SIGN_IN_PER_LOGIN: Limit = { name: 'signin:login', max: 10, windowMs: 15 * MINUTE };
export const SIGN_IN_PER_ADDRESS: Limit = { name: 'signin:ip', max: 50, windowMs: 15 * MINUTE };
export const SIGN_UP_PER_ADDRESS: Limit = { name: 'signup:ip', max: 20, windowMs: 60 * MINUTE };
/** Every join request counts, wrong codes too: guessing a 48-bit code at 30 tries per 15 minutes is hopeless. */
export const JOIN_PER_ADDRESS: Limit = { name: 'join:ip', max: 30, windowMs: 15 * MINUTE };

// No window is longer: a row that started before this is over for every limit.
const LONGEST_WINDOW_MS = 60 * MINUTE;
const SWEEP_EVERY_MS = 5 * MINUTE;
const lastSweep = new WeakMap<Db, number>();

/**
 * Counts one attempt against each (limit, subject) pair. Returns null when
 * every count is within its limit, or the seconds until the latest-ending
 * exceeded window is over.
 */
export async function hit(db: Db, now: Date, checks: readonly (readonly [Limit, string])[]): Promise<number | null> {
	const keyOf = (limit: Limit, subject: string) => `${limit.name}:${subject}`;
	const values = checks.map(([limit, subject]) => ({
		key: keyOf(limit, subject),
		windowStart: new Date(Math.floor(now.getTime() / limit.windowMs) * limit.windowMs),
		count: 1
	}));
	// A later window resets the count; an equal (or, from a skewed clock, earlier) one adds to it.
	const counted = await db
		.insert(rateLimits)
		.values(values)
		.onConflictDoUpdate({
			target: rateLimits.key,
			set: {
				count: sql`case when excluded.window_start > ${rateLimits.windowStart} then 1 else ${rateLimits.count} + 1 end`,
				windowStart: sql`greatest(excluded.window_start, ${rateLimits.windowStart})`
			}
		})
		.returning();
	await sweep(db, now);
	let retryMs: number | null = null;
	for (const row of counted) {
		const [limit] = checks.find(([l, subject]) => keyOf(l, subject) === row.key) ?? [];
		if (!limit || row.count <= limit.max) continue;
		const endsMs = row.windowStart.getTime() + limit.windowMs - now.getTime();
		retryMs = Math.max(retryMs ?? 0, endsMs);
	}
	return retryMs === null ? null : Math.max(1, Math.ceil(retryMs / 1000));
}

/** The message a limited request gets. */
export function tooManyMessage(retrySeconds: number): string {
	const minutes = Math.ceil(retrySeconds / 60);
	return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

/** Deletes windows that are over, now and then, so the table holds only live counters. */
async function sweep(db: Db, now: Date): Promise<void> {
	// Once per 5-minute slot of the clock and instance (a clock set back starts a new slot, too).
	const slot = Math.floor(now.getTime() / SWEEP_EVERY_MS);
	if (lastSweep.get(db) === slot) return;
	lastSweep.set(db, slot);
	await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - LONGEST_WINDOW_MS)));
}
