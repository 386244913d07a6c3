/**
 * Joining a class, mounted at /api/join: the join page reads the class behind a
 * code without a session, a signed-in account joins, and a pupil without an
 * account makes one there. Every request counts against the client address's
 * join limit, wrong codes included, so codes cannot be guessed.
 */
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { JoinCodeSchema, NewStudentSchema } from '../../lib/core/classes/protocol';
import { classSummary } from '../services/classes';
import { classOfCode, joinClass, newStudent, type JoinableClass } from '../services/joining';
import { JOIN_PER_ADDRESS, SIGN_UP_PER_ADDRESS } from '../services/rate-limit';
import { limited, startSession } from './account-routes';
import { requireAccount } from './auth';
import { parseBody } from './body';
import type { ServerEnv } from './env';

export const joinRoutes = new Hono<ServerEnv>();

// One answer for a malformed, unknown, expired or archived code: none is told apart.
const WRONG_CODE = 'That code is wrong or has expired.';

/** Counts the try, then the class the URL's code opens; or the 429 or 404 to send. */
async function joinable(c: Context<ServerEnv>): Promise<JoinableClass | Response> {
	const refused = await limited(c, [[JOIN_PER_ADDRESS, c.get('clientIp')]]);
	if (refused) return refused;
	const code = v.safeParse(JoinCodeSchema, c.req.param('code'));
	const found = code.success ? await classOfCode(c.get('db'), code.output, c.get('now')()) : null;
	return found ?? c.json({ error: WRONG_CODE }, 404);
}

joinRoutes.get('/:code', async (c) => {
	const found = await joinable(c);
	if (found instanceof Response) return found;
	return c.json({ className: found.name, teachers: found.teachers });
});

joinRoutes.post('/:code', requireAccount, async (c) => {
	const found = await joinable(c);
	if (found instanceof Response) return found;
	const db = c.get('db');
	await joinClass(db, found.id, c.get('accountId'), c.get('now')());
	return c.json(await classSummary(db, c.get('accountId'), found.id));
});

joinRoutes.post('/:code/student', async (c) => {
	const found = await joinable(c);
	if (found instanceof Response) return found;
	const body = await parseBody(c, NewStudentSchema);
	if (!body.ok) return body.response;
	// It makes an account, so it also counts as a sign-up.
	const refused = await limited(c, [[SIGN_UP_PER_ADDRESS, c.get('clientIp')]]);
	if (refused) return refused;
	const db = c.get('db');
	const account = await newStudent(db, found.id, body.value.displayName, body.value.password, c.get('now')());
	await startSession(c, account);
	return c.json({ login: account.login, class: await classSummary(db, account.id, found.id) }, 201);
});
