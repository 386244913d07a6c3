/**
 * Finds a Chromium for the browser tests and prints its path. The tests use the
 * system browser, never a downloaded one, so on a bare Debian machine run as
 * root this installs the distribution's package.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const HOW_TO = 'No Chromium for the browser tests: install it (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

function isExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function apt(...args) {
	// Progress goes to stderr so that stdout carries only the path.
	const result = spawnSync('apt-get', args, {
		stdio: ['ignore', process.stderr, process.stderr],
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	return result.status === 0;
}

function installWithApt() {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot || !existsSync('/etc/debian_version')) return false;
	console.error('Chromium not found: installing it with apt-get…');
	// A fresh machine has no package lists yet; update only when the install needs it.
	if (apt('install', '-y', 'chromium')) return true;
	return apt('update') && apt('install', '-y', 'chromium');
}

function main() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (isExecutable(fromEnv)) return fromEnv;
		console.error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file.`);
		process.exit(1);
	}
	if (isExecutable(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
	if (installWithApt() && isExecutable(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
	console.error(HOW_TO);
	process.exit(1);
}

console.log(main());
