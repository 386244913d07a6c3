/**
 * A server process for the sync bench and the process tests: the real
 * start-up of `npm start` (config.ts reads PORT, HOST, DATABASE_URL and
 * FACTDECK_DATA; start.ts opens the database, takes the PGlite folder's lock
 * and listens), with one difference from main.ts: main.ts serves the
 * repository's build/, which a test run may not have built, so this serves an
 * empty page from a temporary folder instead. The API is the same.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv } from '../src/server/config';
import { startServer } from '../src/server/start';

const options = configFromEnv(process.env);
if (typeof options === 'string') {
	console.error(`Factdeck could not start: ${options}`);
	process.exit(1);
}
const shell = mkdtempSync(join(tmpdir(), 'factdeck-shell-'));
writeFileSync(join(shell, 'index.html'), '<!doctype html><title>Factdeck</title>');
const running = await startServer({ ...options, dir: shell });
console.log(`Factdeck is running at ${running.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		running.close().finally(() => {
			rmSync(shell, { recursive: true, force: true });
			process.exit(0);
		});
	});
}
