/**
 * `npm start`: reads the configuration from the environment, starts the
 * server and says where it runs and where the data is. Every failure to start
 * is one line, with no stack trace and no password.
 *
 *   PORT                      4173 by default; 0 picks a free port
 *   HOST                      127.0.0.1 by default; 0.0.0.0 serves the network
 *   DATABASE_URL              a PostgreSQL server (postgres://user:password@host/db)
 *   FACTDECK_DATA             without DATABASE_URL: the embedded database's folder, ./data by default
 *   FACTDECK_ALLOWED_ORIGINS  comma-separated origins of pages served elsewhere that may call the API
 *   TRUST_PROXY=1             behind a reverse proxy: the client's address from X-Forwarded-For
 */
import { configFromEnv, startFailure } from './config';
import { startServer } from './start';

async function main(): Promise<void> {
	const options = configFromEnv(process.env);
	if (typeof options === 'string') {
		console.error(`Factdeck could not start: ${options}`);
		process.exit(1);
	}
	try {
		const running = await startServer(options);
		const { engine, where } = running.database;
		console.log(`Factdeck is running at ${running.url}`);
		console.log(engine === 'pglite' ? `Data: embedded PostgreSQL (PGlite) in ${where}` : `Data: PostgreSQL at ${where}`);
		for (const signal of ['SIGINT', 'SIGTERM'] as const) {
			process.once(signal, () => {
				running.close().then(
					() => process.exit(0),
					() => process.exit(1)
				);
			});
		}
	} catch (error) {
		console.error(`Factdeck could not start: ${startFailure(error, options)}`);
		process.exit(1);
	}
}

await main();
