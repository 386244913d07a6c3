/**
 * The server's configuration from the environment, and the one-line message
 * for a failure to start: what main.ts prints, kept apart so tests can read it.
 */
import { resolve } from 'node:path';
import { redact } from './db/open';
import type { StartOptions } from './start';

/** The options the environment asks for, or a message saying which variable is wrong. */
export function configFromEnv(env: NodeJS.ProcessEnv): StartOptions | string {
	const port = Number(env.PORT || 4173);
	if (!/^\d+$/.test(env.PORT || '4173') || port > 65535) return `PORT must be a port number from 0 to 65535, not "${env.PORT}"`;
	const databaseUrl = env.DATABASE_URL || undefined;
	if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) return 'DATABASE_URL must be a postgres:// URL';
	const data = env.FACTDECK_DATA || 'data';
	const origins = (env.FACTDECK_ALLOWED_ORIGINS ?? '')
		.split(',')
		.map((origin) => origin.trim())
		.filter(Boolean);
	for (const origin of origins) {
		if (!isOrigin(origin)) return `FACTDECK_ALLOWED_ORIGINS must list origins like https://quiz.example.org, not "${origin}"`;
	}
	return {
		port,
		host: env.HOST || '127.0.0.1',
		databaseUrl,
		dataDir: data.startsWith('memory://') ? data : resolve(data),
		allowedOrigins: origins,
		trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true'
	};
}

function isOrigin(text: string): boolean {
	try {
		const url = new URL(text);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text.replace(/\/$/, '');
	} catch {
		return false;
	}
}

/** One line about why the server could not start, without a password in it. */
export function startFailure(error: unknown, options: StartOptions): string {
	const code = (error as { code?: string } | null)?.code;
	if (code === 'EADDRINUSE') return `port ${options.port} is in use: stop the other server or choose another, e.g. PORT=4174 npm start`;
	if (code === 'EADDRNOTAVAIL') return `HOST ${options.host} is not an address of this machine`;
	if (code === 'EACCES') return `not allowed to listen on port ${options.port}: choose a port above 1023`;
	let message = error instanceof Error ? error.message : String(error);
	const password = options.databaseUrl ? passwordOf(options.databaseUrl) : '';
	if (password) message = message.split(password).join('***');
	message = message.split('\n')[0];
	if (options.databaseUrl) return `cannot use the database at ${redact(options.databaseUrl)}: ${message || code || 'unknown error'}`;
	return message;
}

function passwordOf(url: string): string {
	try {
		return decodeURIComponent(new URL(url).password);
	} catch {
		return '';
	}
}
