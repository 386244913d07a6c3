/**
 * Security headers on every answer, app and API alike. The app's own Content
 * Security Policy is a <meta> tag in each built page (svelte.config.js
 * `kit.csp`); a meta policy cannot forbid framing, so the header does that.
 * COOP and COEP together make the pages cross-origin isolated, which the
 * FSRS optimizer needs: its threads share memory (SharedArrayBuffer). The
 * service worker adds the same two to what it serves from its cache.
 */
import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from './env';

const HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	// Framing is how clickjacking works; no page of the app is meant to be framed.
	'X-Frame-Options': 'DENY',
	'Content-Security-Policy': "frame-ancestors 'none'",
	// Features the app never uses stay off, even for a script that slipped through.
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	// The app loads nothing from other origins, so requiring their consent (CORP) costs nothing.
	'Cross-Origin-Embedder-Policy': 'require-corp'
};

/** Adds the security headers to every response. */
export const securityHeaders: MiddlewareHandler<ServerEnv> = async (c, next) => {
	await next();
	for (const [name, value] of Object.entries(HEADERS)) c.res.headers.set(name, value);
};
