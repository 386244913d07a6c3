/**
 * The sync API, behind a session: POST /api/sync/push stores a device's
 * changes, GET /api/sync/pull?since=N&limit=M pages through the account's
 * changes after a cursor. Every request is validated in full before anything
 * is stored, so bad input gets a 400 and changes nothing.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { firstIssue, PullQuerySchema, PushRequestSchema } from '../../lib/core/sync/protocol';
import { pull } from '../services/sync-pull';
import { push } from '../services/sync-push';
import { requireAccount } from './auth';
import type { ServerEnv } from './env';

export const syncRoutes = new Hono<ServerEnv>();

syncRoutes.use('*', requireAccount);

syncRoutes.post('/push', async (c) => {
	let body: unknown;
	try {
		body = await c.req.json();
	} catch {
		return c.json({ error: 'The request body is not JSON.' }, 400);
	}
	const parsed = v.safeParse(PushRequestSchema, body);
	if (!parsed.success) return c.json({ error: firstIssue(parsed.issues) }, 400);
	return c.json(await push(c.get('db'), c.get('accountId'), parsed.output, c.get('now')()));
});

syncRoutes.get('/pull', async (c) => {
	const parsed = v.safeParse(PullQuerySchema, c.req.query());
	if (!parsed.success) return c.json({ error: firstIssue(parsed.issues) }, 400);
	return c.json(await pull(c.get('db'), c.get('accountId'), parsed.output.since, parsed.output.limit));
});
