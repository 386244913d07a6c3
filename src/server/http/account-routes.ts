/**
 * The account API, mounted at /api: sign up, sign in and out, the account,
 * its password, its deletion and its export. Bodies are checked with the
 * app's own schemas (core/sync/account). No password or token is ever logged
 * or put in an answer.
 */
import { Hono, type Context } from 'hono';
import type * as v from 'valibot';
import { ChangePasswordSchema, CredentialsSchema, DeleteAccountSchema, SignInSchema } from '../../lib/core/sync/account';
import { accountInfo, changePassword, checkPassword, deleteAccount, exportAccount, findAccount, signIn, signUp, type Account } from '../services/accounts';
import { hit, SIGN_IN_PER_ADDRESS, SIGN_IN_PER_LOGIN, SIGN_UP_PER_ADDRESS, tooManyMessage, type Limit } from '../services/rate-limit';
import { createSession, endAllSessions, endSession } from '../services/sessions';
import { clearSessionCookie, requireAccount, sessionToken, setSessionCookie } from './auth';
import { parseBody } from './body';
import type { ServerEnv } from './env';

export const accountRoutes = new Hono<ServerEnv>();

// The same words for an unknown login and a wrong password: neither is told apart.
const WRONG_CREDENTIALS = 'Wrong login or password.';

/** Counts the attempt; the 429 to send when a limit is passed, else null. */
export async function limited(c: Context<ServerEnv>, checks: readonly (readonly [Limit, string])[]): Promise<Response | null> {
	const retry = await hit(c.get('db'), c.get('now')(), checks);
	if (retry === null) return null;
	c.header('Retry-After', String(retry));
	return c.json({ error: tooManyMessage(retry) }, 429);
}

/** Signs this device in: a session it had before ends, so a signed-in device holds one session row. */
export async function startSession(c: Context<ServerEnv>, account: Account): Promise<void> {
	const db = c.get('db');
	const previous = sessionToken(c);
	if (previous) await endSession(db, previous);
	setSessionCookie(c, await createSession(db, account.id, c.get('now')()));
}

/** The signed-in account (after requireAccount), or a 401 when it was deleted meanwhile. */
async function current(c: Context<ServerEnv>): Promise<Account | Response> {
	return (await findAccount(c.get('db'), c.get('accountId'))) ?? c.json({ error: 'Sign in first.' }, 401);
}

/**
 * For a change that needs the password again: reads the body, then checks the
 * password in it, counted as a sign-in attempt of the account's login. The
 * account and body, or the response to send instead.
 */
async function confirmed<S extends v.GenericSchema>(
	c: Context<ServerEnv>,
	schema: S,
	passwordOf: (body: v.InferOutput<S>) => string,
	wrong: string
): Promise<{ account: Account; body: v.InferOutput<S> } | Response> {
	const body = await parseBody(c, schema);
	if (!body.ok) return body.response;
	const account = await current(c);
	if (account instanceof Response) return account;
	const refused = await limited(c, [
		[SIGN_IN_PER_LOGIN, account.login],
		[SIGN_IN_PER_ADDRESS, c.get('clientIp')]
	]);
	if (refused) return refused;
	if (!(await checkPassword(c.get('db'), account.id, passwordOf(body.value)))) return c.json({ error: wrong }, 403);
	return { account, body: body.value };
}

accountRoutes.post('/accounts', async (c) => {
	const body = await parseBody(c, CredentialsSchema);
	if (!body.ok) return body.response;
	const refused = await limited(c, [[SIGN_UP_PER_ADDRESS, c.get('clientIp')]]);
	if (refused) return refused;
	// Telling a taken login apart is unavoidable at sign-up; the address limit slows anyone listing them.
	const account = await signUp(c.get('db'), body.value.login, body.value.password, c.get('now')());
	if (!account) return c.json({ error: 'That login is taken.' }, 409);
	await startSession(c, account);
	return c.json(accountInfo(account), 201);
});

accountRoutes.post('/session', async (c) => {
	const body = await parseBody(c, SignInSchema);
	if (!body.ok) return body.response;
	const refused = await limited(c, [
		[SIGN_IN_PER_LOGIN, body.value.login],
		[SIGN_IN_PER_ADDRESS, c.get('clientIp')]
	]);
	if (refused) return refused;
	const account = await signIn(c.get('db'), body.value.login, body.value.password);
	if (!account) return c.json({ error: WRONG_CREDENTIALS }, 401);
	await startSession(c, account);
	return c.json(accountInfo(account));
});

// Signing out needs no live session: a device with an expired one is signed out all the same.
accountRoutes.delete('/session', async (c) => {
	const token = sessionToken(c);
	if (token) await endSession(c.get('db'), token);
	clearSessionCookie(c);
	return c.body(null, 204);
});

accountRoutes.delete('/sessions', requireAccount, async (c) => {
	await endAllSessions(c.get('db'), c.get('accountId'));
	clearSessionCookie(c);
	return c.body(null, 204);
});

accountRoutes.get('/account', requireAccount, async (c) => {
	const account = await current(c);
	return account instanceof Response ? account : c.json(accountInfo(account));
});

accountRoutes.post('/account/password', requireAccount, async (c) => {
	const ok = await confirmed(c, ChangePasswordSchema, (body) => body.current, 'The current password is wrong.');
	if (ok instanceof Response) return ok;
	// Every session ends, this one too; this device gets a new one so it stays signed in.
	setSessionCookie(c, await changePassword(c.get('db'), ok.account.id, ok.body.next, c.get('now')()));
	return c.body(null, 204);
});

accountRoutes.delete('/account', requireAccount, async (c) => {
	const ok = await confirmed(c, DeleteAccountSchema, (body) => body.password, 'The password is wrong; nothing was deleted.');
	if (ok instanceof Response) return ok;
	await deleteAccount(c.get('db'), ok.account.id);
	clearSessionCookie(c);
	return c.body(null, 204);
});

accountRoutes.get('/account/export', requireAccount, async (c) => {
	const account = await current(c);
	if (account instanceof Response) return account;
	const data = await exportAccount(c.get('db'), account, c.get('now')());
	// The login is a username or an email: only a few safe characters reach the file name.
	const name = account.login.replace(/[^a-z0-9@._-]/g, '_');
	c.header('Content-Disposition', `attachment; filename="factdeck-account-${name}.json"`);
	return c.json(data);
});
