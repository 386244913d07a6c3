/**
 * Cross-site request protection for cookie sessions, on top of SameSite: a
 * request that changes anything must come from the server's own origin (or one
 * the operator allowed), as its Origin header says. Browsers always send Origin
 * on such requests; a request without one (curl, a test) is not a browser's and
 * carries no ambient cookie risk.
 */
import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from './env';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses state-changing requests from other origins with 403; answers CORS for the allowed ones. */
export function sameOrigin(allowed: readonly string[]): MiddlewareHandler<ServerEnv> {
	const extra = new Set(allowed.map((o) => o.replace(/\/$/, '')));
	return async (c, next) => {
		const origin = c.req.header('origin');
		const own = new URL(c.req.url).origin;
		const host = c.req.header('host');
		const isOwn = origin !== undefined && (origin === own || (host !== undefined && new URL(origin).host === host));
		const isAllowed = origin !== undefined && extra.has(origin);
		if (isAllowed) {
			c.header('Access-Control-Allow-Origin', origin);
			c.header('Access-Control-Allow-Credentials', 'true');
			c.header('Vary', 'Origin');
			if (c.req.method === 'OPTIONS') {
				c.header('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE');
				c.header('Access-Control-Allow-Headers', 'Content-Type');
				return c.body(null, 204);
			}
		}
		if (!SAFE.has(c.req.method) && origin !== undefined && !isOwn && !isAllowed) {
			return c.json({ error: 'Requests from another site are refused.' }, 403);
		}
		await next();
	};
}
