/**
 * A throwaway PostgreSQL server for the server's tests and the sync bench:
 * Debian's `postgresql` package (installed with apt-get when missing and
 * running as root, as for Chromium), a cluster made by initdb in a temporary
 * folder, owned and run by the `postgres` user, listening on 127.0.0.1 on a
 * free port, and removed again by stop().
 *
 * `node scripts/postgres.js` starts one, prints its URL and keeps it until Ctrl+C.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const HOW = 'PostgreSQL is needed for the server tests: install it (Debian: apt-get install -y postgresql) or set TEST_DATABASE_URL to a server to use.';

/** The folder of initdb and pg_ctl: Debian keeps them per major version. */
function findBin() {
	const root = '/usr/lib/postgresql';
	if (existsSync(root)) {
		const versions = readdirSync(root)
			.filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
			.sort((a, b) => Number(b) - Number(a));
		if (versions.length) return join(root, versions[0], 'bin');
	}
	const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
	return found.status === 0 ? resolve(found.stdout.trim(), '..') : null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The binaries' folder, installing Debian's package first when they are missing and we may. */
export function ensurePostgres() {
	let bin = findBin();
	if (bin) return bin;
	if (!isRoot() || !existsSync('/usr/bin/apt-get')) throw new Error(HOW);
	console.log('Installing PostgreSQL (apt-get install -y postgresql) for the server tests…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env });
	bin = findBin();
	if (!bin) throw new Error(HOW);
	return bin;
}

/** A port nobody listens on right now. */
function freePort() {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			server.close(() => ok(port));
		});
	});
}

/** The uid and gid of the postgres user (initdb refuses to run as root). */
function postgresUser() {
	const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
	return { uid: id('-u'), gid: id('-g') };
}

/**
 * Starts a server; resolves to its URL and a stop().
 * `settings` are extra `-c name=value` server settings.
 * @param {{ settings?: Record<string, string | number> }} [options]
 */
export async function startPostgres(options = {}) {
	const bin = ensurePostgres();
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-pg-'));
	const data = join(dir, 'data');
	const asRoot = isRoot();
	const user = asRoot ? postgresUser() : null;
	if (user) chownSync(dir, user.uid, user.gid);
	const run = (cmd, args) =>
		execFileSync(join(bin, cmd), args, { stdio: 'pipe', ...(user ? { uid: user.uid, gid: user.gid } : {}), env: { ...process.env, LC_ALL: 'C' } });
	run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
	const port = await freePort();
	const settings = { listen_addresses: '127.0.0.1', port, unix_socket_directories: dir, max_connections: 300, ...(options.settings ?? {}) };
	const flags = Object.entries(settings)
		.map(([k, v]) => `-c ${k}=${v}`)
		.join(' ');
	run('pg_ctl', ['-D', data, '-o', flags, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
	let stopped = false;
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		port,
		stop() {
			if (stopped) return;
			stopped = true;
			try {
				run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const pg = await startPostgres();
	console.log(pg.url);
	for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (pg.stop(), process.exit(0)));
	setInterval(() => {}, 1 << 30);
}
