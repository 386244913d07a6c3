/**
 * Accounts, sessions and requests for the sync tests. Accounts are made
 * directly in the database (the account routes are tested on their own);
 * everything else goes through the HTTP app as a device would.
 */
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/server/http/app';
import { freshDatabase, type Engine } from './engines';
import { accounts } from '../../src/server/db/schema';
import type { Database, Db } from '../../src/server/db/open';
import { SESSION_COOKIE } from '../../src/server/http/auth';
import type { ServerEnv } from '../../src/server/http/env';
import { createSession } from '../../src/server/services/sessions';
import type { DocChange, PullResponse, PushResponse, ReviewChange } from '../../src/lib/core/sync/protocol';

/** A signed-in account: its id and the Cookie header of one session. */
export interface SignedIn {
	accountId: string;
	cookie: string;
}

/** Makes an account with a session, straight in the database. */
export async function signedInAccount(db: Db, login = `user-${randomUUID()}`): Promise<SignedIn> {
	const [row] = await db.insert(accounts).values({ login, passwordHash: 'not-a-real-hash' }).returning({ id: accounts.id });
	const token = await createSession(db, row.id, new Date());
	return { accountId: row.id, cookie: `${SESSION_COOKIE}=${token}` };
}

/** A review with a fresh id, answered at `at`. */
export function review(at: number, over: Partial<ReviewChange> = {}): ReviewChange {
	return { id: randomUUID(), bankId: 'bank-1', fact: 'The Eiffel Tower is in Paris.', questionId: 'q1', rating: 3, reviewedAt: at, durationMs: 4000, ...over };
}

/** A question document of `bankId` with the given prompt. */
export function questionDoc(bankId: string, key: string, prompt: string, baseRev: number | null): DocChange {
	return { kind: 'question', bankId, key, baseRev, body: { id: key, fact: 'A fact.', type: 'short', prompt, answer: 'Yes' } };
}

type App = Hono<ServerEnv>;

/** POSTs a body to /api/sync/push as the account; returns the status and the JSON answer. */
export async function pushAs(app: App, who: SignedIn, body: unknown): Promise<{ status: number; json: PushResponse & { error?: string } }> {
	const response = await app.request('/api/sync/push', {
		method: 'POST',
		headers: { cookie: who.cookie, 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	return { status: response.status, json: await response.json() };
}

/** GETs one pull page as the account. */
export async function pullAs(app: App, who: SignedIn, since: number, limit?: number): Promise<PullResponse> {
	const query = limit === undefined ? `since=${since}` : `since=${since}&limit=${limit}`;
	const response = await app.request(`/api/sync/pull?${query}`, { headers: { cookie: who.cookie } });
	if (response.status !== 200) throw new Error(`pull answered ${response.status}: ${await response.text()}`);
	return response.json();
}

/** Pulls every page after `since`; returns the pages in order. */
export async function pullEverything(app: App, who: SignedIn, since = 0, limit?: number): Promise<PullResponse[]> {
	const pages: PullResponse[] = [];
	for (let cursor = since, more = true; more && pages.length < 10_000;) {
		const page = await pullAs(app, who, cursor, limit);
		pages.push(page);
		cursor = page.cursor;
		more = page.more;
	}
	return pages;
}

/** A fresh database of the engine and an app over it for the enclosing describe block (opened before its tests, closed after). */
export function syncAppOn(engine: Engine): { database: Database; app: App } {
	const on = {} as { database: Database; app: App };
	beforeAll(async () => {
		on.database = await freshDatabase(engine);
		on.app = createApp({ db: on.database.db });
	});
	afterAll(() => on.database.close());
	return on;
}
