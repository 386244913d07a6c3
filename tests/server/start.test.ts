/**
 * The server on a real socket, as `npm start` runs it: startServer on PGlite
 * and on PostgreSQL, the lock on an embedded database folder, the
 * configuration read from the environment and the one-line start failures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { configFromEnv, startFailure } from '../../src/server/config';
import { startServer } from '../../src/server/start';
import { createApp } from '../../src/server/http/app';
import { createPostgresDatabase, ENGINES, freshDatabase } from './engines';

let root: string;
let build: string;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'factdeck-start-'));
	build = join(root, 'build');
	mkdirSync(build);
	writeFileSync(join(build, 'index.html'), '<!doctype html><title>Factdeck</title>');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(ENGINES)('on %s', (engine) => {
	test('serves the app and the API on a free port, and close() stops both', async () => {
		const postgres = engine === 'postgres' ? await createPostgresDatabase() : undefined;
		try {
			const server = await startServer({ dir: build, port: 0, databaseUrl: postgres?.url });
			expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
			expect(server.database.engine).toBe(engine);
			const page = await fetch(server.url);
			expect(page.headers.get('x-frame-options')).toBe('DENY');
			expect(await page.text()).toContain('<title>Factdeck</title>');
			expect(await (await fetch(new URL('/api/health', server.url))).json()).toEqual({ ok: true });
			await server.close();
			await expect(fetch(server.url)).rejects.toThrow();
		} finally {
			await postgres?.drop();
		}
	});

	test('behind a proxy, the client is the address the proxy saw, not one the client wrote', async () => {
		const database = await freshDatabase(engine);
		try {
			const seen = async (trustProxy: boolean) => {
				const app = createApp({ db: database.db, trustProxy, clientIp: () => '10.0.0.2' });
				app.get('/ip', (c) => c.text(c.get('clientIp')));
				const res = await app.request('/ip', { headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' } });
				return res.text();
			};
			expect(await seen(true)).toBe('203.0.113.7');
			expect(await seen(false)).toBe('10.0.0.2');
		} finally {
			await database.close();
		}
	});
});

test('one server per embedded database folder, taken again once it stops', async () => {
	const dataDir = join(root, 'data');
	const first = await startServer({ dir: build, port: 0, dataDir });
	try {
		await expect(startServer({ dir: build, port: 0, dataDir })).rejects.toThrow(/in use by another Factdeck server/);
	} finally {
		await first.close();
	}
	const again = await startServer({ dir: build, port: 0, dataDir });
	expect(again.database.where).toBe(dataDir);
	await again.close();
});

test('a lock left by a server that was killed is taken over', async () => {
	const dataDir = join(root, 'killed');
	mkdirSync(dataDir);
	// The id of a process that has ended: what a killed server leaves in its lock file.
	const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
	writeFileSync(join(dataDir, 'factdeck.pid'), `${ended.stdout}\n`);
	const server = await startServer({ dir: build, port: 0, dataDir });
	expect(readFileSync(join(dataDir, 'factdeck.pid'), 'utf8').trim()).toBe(String(process.pid));
	await server.close();
	expect(existsSync(join(dataDir, 'factdeck.pid'))).toBe(false);
});

test('a port in use is a one-line message that says what to do', async () => {
	const first = await startServer({ dir: build, port: 0 });
	try {
		const error = await startServer({ dir: build, port: first.port }).catch((e: unknown) => e);
		expect(startFailure(error, { port: first.port })).toBe(`port ${first.port} is in use: stop the other server or choose another, e.g. PORT=4174 npm start`);
	} finally {
		await first.close();
	}
});

test('an unreachable database is one line that names it without its password', async () => {
	const databaseUrl = 'postgres://teacher:hunter2-secret@127.0.0.1:1/factdeck';
	const error = await startServer({ dir: build, port: 0, databaseUrl }).catch((e: unknown) => e);
	const message = startFailure(error, { databaseUrl });
	expect(message).toMatch(/^cannot use the database at postgres:\/\/teacher:\*\*\*@127\.0\.0\.1:1\/factdeck: /);
	expect(message).not.toContain('hunter2');
	expect(message).not.toContain('\n');
});

test('reads the configuration from the environment', () => {
	expect(configFromEnv({})).toEqual({
		port: 4173,
		host: '127.0.0.1',
		databaseUrl: undefined,
		dataDir: join(process.cwd(), 'data'),
		allowedOrigins: [],
		trustProxy: false
	});
	expect(
		configFromEnv({
			PORT: '8080',
			HOST: '0.0.0.0',
			DATABASE_URL: 'postgres://u:p@db/factdeck',
			FACTDECK_ALLOWED_ORIGINS: 'https://a.example, https://b.example:8443',
			TRUST_PROXY: '1'
		})
	).toMatchObject({
		port: 8080,
		host: '0.0.0.0',
		databaseUrl: 'postgres://u:p@db/factdeck',
		allowedOrigins: ['https://a.example', 'https://b.example:8443'],
		trustProxy: true
	});
	expect(configFromEnv({ FACTDECK_DATA: 'memory://' })).toMatchObject({ dataDir: 'memory://' });
});

test('names the variable that is wrong', () => {
	expect(configFromEnv({ PORT: 'abc' })).toBe('PORT must be a port number from 0 to 65535, not "abc"');
	expect(configFromEnv({ PORT: '70000' })).toMatch(/^PORT must be/);
	expect(configFromEnv({ DATABASE_URL: 'mysql://db' })).toBe('DATABASE_URL must be a postgres:// URL');
	expect(configFromEnv({ FACTDECK_ALLOWED_ORIGINS: 'https://a.example/path' })).toMatch(/^FACTDECK_ALLOWED_ORIGINS must list origins/);
});
