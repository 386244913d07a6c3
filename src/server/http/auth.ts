/**
 * The session cookie and the guard every account route sits behind. The
 * cookie is httpOnly (scripts cannot read it), SameSite=Lax (other sites'
 * requests do not carry it) and Secure when the request came over HTTPS.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { accountOfToken, SESSION_DAYS } from '../services/sessions';
import type { ServerEnv } from './env';

export const SESSION_COOKIE = 'factdeck_session';

const isHttps = (c: Context) => new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

/** Sets the session cookie on the response. */
export function setSessionCookie(c: Context, token: string): void {
	setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', maxAge: SESSION_DAYS * 86_400 });
}

/** Clears the session cookie. */
export function clearSessionCookie(c: Context): void {
	deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
}

/** The session token the request carries, if any. */
export function sessionToken(c: Context): string | undefined {
	return getCookie(c, SESSION_COOKIE);
}

/** Lets the request through only with a live session, and sets `accountId` for the handler. */
export const requireAccount: MiddlewareHandler<ServerEnv> = async (c, next) => {
	const token = sessionToken(c);
	const accountId = token ? await accountOfToken(c.get('db'), token, c.get('now')()) : null;
	if (!accountId) return c.json({ error: 'Sign in first.' }, 401);
	c.set('accountId', accountId);
	await next();
};
