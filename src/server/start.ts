/**
 * Starts the whole server on a socket: the database, the Hono app (API and the
 * built PWA) and Node's HTTP server. `npm start` calls it through main.ts; the
 * browser tests, the bench and the scripts call it in-process to start and stop
 * a server of their own.
 */
import { stat } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import { lockDataDir } from './data-lock';
import { openDatabase, type Database } from './db/open';
import { createApp } from './http/app';

/** The repository's root: the default build/ is found from here, not from the working directory. */
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface StartOptions {
	/** The built app to serve; build/ by default. */
	dir?: string;
	/** 4173 by default; 0 picks a free port. */
	port?: number;
	/** 127.0.0.1 by default (this machine only); 0.0.0.0 serves the network. */
	host?: string;
	/** A postgres:// URL; without it, embedded PGlite in `dataDir`. */
	databaseUrl?: string;
	/** PGlite's folder; in memory when absent, so a test or bench server keeps nothing (main.ts passes ./data). */
	dataDir?: string;
	/** Other origins whose pages may call the API. */
	allowedOrigins?: readonly string[];
	/** Behind a reverse proxy: take the client's address from X-Forwarded-For. */
	trustProxy?: boolean;
}

export interface RunningServer {
	/** Where to open the app, e.g. http://127.0.0.1:4173/ */
	url: string;
	port: number;
	database: Database;
	server: Server;
	/** Stops listening, drops open connections (a test can take the app "offline") and closes the database. */
	close(): Promise<void>;
}

/** Opens the database, then listens; resolves once the server answers. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
	const dir = resolve(options.dir ?? join(ROOT, 'build'));
	const shell = await stat(join(dir, 'index.html')).catch(() => null);
	if (!shell?.isFile()) throw new Error(`no built app in ${dir}: run \`npm run build\` first`);

	const database = await openOwnDatabase(options);
	// The socket's address reaches the app through the request it came with.
	const addresses = new WeakMap<Request, string>();
	const app = createApp({
		db: database.db,
		staticDir: dir,
		allowedOrigins: options.allowedOrigins,
		trustProxy: options.trustProxy,
		clientIp: (request) => addresses.get(request)
	});
	const server = createAdaptorServer({
		fetch: (request, env) => {
			const address = env.incoming.socket.remoteAddress;
			if (address) addresses.set(request, address);
			return app.fetch(request, env);
		}
	}) as Server;

	const host = options.host ?? '127.0.0.1';
	try {
		await listen(server, options.port ?? 4173, host);
	} catch (error) {
		await database.close();
		throw error;
	}
	const port = (server.address() as AddressInfo).port;
	const shownHost = host.includes(':') ? `[${host}]` : host;
	return {
		url: `http://${shownHost}:${port}/`,
		port,
		database,
		server,
		close: async () => {
			await new Promise<void>((done) => {
				server.close(() => done());
				server.closeAllConnections();
			});
			await database.close();
		}
	};
}

/** The database the options name; an embedded folder stays locked to this process until closed. */
async function openOwnDatabase(options: StartOptions): Promise<Database> {
	const dataDir = options.dataDir ?? 'memory://';
	if (options.databaseUrl || dataDir.startsWith('memory://')) return openDatabase({ url: options.databaseUrl, dataDir });
	const release = await lockDataDir(dataDir);
	try {
		const database = await openDatabase({ dataDir });
		return {
			...database,
			close: async () => {
				await database.close();
				await release();
			}
		};
	} catch (error) {
		await release();
		throw error;
	}
}

function listen(server: Server, port: number, host: string): Promise<void> {
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			server.off('error', fail);
			done();
		});
	});
}
