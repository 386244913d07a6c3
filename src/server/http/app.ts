/**
 * The server as one Hono app: the API under /api and the built PWA for every
 * other path, on one origin. `createApp` takes everything it depends on, so a
 * test builds one over PGlite in memory and calls it without a socket.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { MAX_BODY_BYTES } from '../../lib/core/sync/protocol';
import type { Db } from '../db/open';
import { accountRoutes } from './account-routes';
import { assignmentRoutes } from './assignment-routes';
import { classRoutes } from './class-routes';
import type { ServerEnv } from './env';
import { securityHeaders } from './headers';
import { joinRoutes } from './join-routes';
import { sameOrigin } from './origin';
import { staticApp } from './static';
import { syncRoutes } from './sync-routes';

export interface AppOptions {
	db: Db;
	/** The built app to serve (build/); without it only the API answers. */
	staticDir?: string;
	/** Origins besides the server's own that may call the API with the session cookie. */
	allowedOrigins?: readonly string[];
	/** Trust X-Forwarded-For for the client's address (behind a load balancer). */
	trustProxy?: boolean;
	now?: () => Date;
	/** The client's address when the request has none (tests); the Node adapter's socket address otherwise. */
	clientIp?: (request: Request) => string | undefined;
}

/** The whole server: API and app. */
export function createApp(options: AppOptions): Hono<ServerEnv> {
	const app = new Hono<ServerEnv>();
	const now = options.now ?? (() => new Date());
	app.use('*', securityHeaders);

	app.use('*', async (c, next) => {
		c.set('db', options.db);
		c.set('now', now);
		// The last address is the one the proxy in front of us saw; earlier ones are whatever the client sent.
		const forwarded = options.trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
		c.set('clientIp', forwarded || options.clientIp?.(c.req.raw) || 'unknown');
		await next();
	});

	const api = new Hono<ServerEnv>();
	api.use('*', async (c, next) => {
		await next();
		// API answers are per account: never cached by a browser or a proxy.
		c.header('Cache-Control', 'no-store');
	});
	api.use('*', sameOrigin(options.allowedOrigins ?? []));
	api.use(
		'*',
		bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.` }, 413) })
	);
	api.get('/health', (c) => c.json({ ok: true }));
	api.route('/', accountRoutes);
	api.route('/sync', syncRoutes);
	api.route('/', assignmentRoutes);
	api.route('/classes', classRoutes);
	api.route('/join', joinRoutes);
	// A mounted app's notFound is not called (only the root's is): a last route answers instead.
	api.all('*', (c) => c.json({ error: 'No such API endpoint.' }, 404));
	api.onError((error, c) => {
		if (error instanceof HTTPException) return c.json({ error: error.message }, error.status);
		// Never echo the error: it may hold a query with a password hash or a token.
		console.error(`api error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.name : 'unknown'}`);
		return c.json({ error: 'The server failed; nothing was changed. Try again.' }, 500);
	});
	app.route('/api', api);

	if (options.staticDir) app.route('/', staticApp(options.staticDir));
	return app;
}
