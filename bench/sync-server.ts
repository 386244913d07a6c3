/**
 * The bench's own server process: the Hono app over the database that
 * DATABASE_URL (PostgreSQL) or FACTDECK_DATA (a PGlite folder) names, on
 * 127.0.0.1:PORT. It prints the same "running at" line as the real server so
 * the bench waits for it the same way. POOL sets the PostgreSQL pool size.
 */
import { serve } from '@hono/node-server';
import { openDatabase } from '../src/server/db/open';
import { createApp } from '../src/server/http/app';

const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.FACTDECK_DATA, poolSize: Number(process.env.POOL ?? 10) });
const app = createApp({ db: database.db });
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, (info) => {
	console.log(`Factdeck is running at http://127.0.0.1:${info.port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => server.close(() => database.close().then(() => process.exit(0))));
}
