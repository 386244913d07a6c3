/**
 * The real Factdeck server for the app's sync tests, without a socket: the
 * Hono app over PGlite in memory, called through a fetch of its own per
 * device, each with its own cookie jar (as each browser has).
 */
import { createApp } from '../../../src/server/http/app';
import { openDatabase, type Database } from '../../../src/server/db/open';

export const SERVER = 'http://factdeck.test';

export interface TestServer {
	database: Database;
	/** A new device: a fetch with its own cookies. */
	device(): DeviceFetch;
	close(): Promise<void>;
}

export interface DeviceFetch {
	fetch: typeof fetch;
	/** When true, every call fails as a lost network does. */
	offline: boolean;
	/**
	 * Called for each request with a way to send it on: answer in the server's place (a 502),
	 * or send it and then fail as a lost connection does. Undefined sends it as usual.
	 */
	intercept?: (url: URL, forward: () => Promise<Response>) => Promise<Response> | undefined;
}

/** Starts the real app over a fresh in-memory database. */
export async function startTestServer(): Promise<TestServer> {
	const database = await openDatabase({ dataDir: 'memory://' });
	const app = createApp({ db: database.db, clientIp: () => '127.0.0.1' });
	return {
		database,
		close: () => database.close(),
		device() {
			const jar = new Map<string, string>();
			const device: DeviceFetch = {
				offline: false,
				fetch: async (input, init = {}) => {
					if (device.offline) throw new TypeError('Failed to fetch');
					const url = new URL(String(input), SERVER);
					const send = () => call(url, init);
					return device.intercept?.(url, send) ?? send();
				}
			};
			const call = async (url: URL, init: RequestInit): Promise<Response> => {
				const headers = new Headers(init.headers);
				if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
				const response = await app.request(url.toString(), { ...init, headers });
				for (const line of response.headers.getSetCookie()) {
					const [pair, ...attributes] = line.split(';');
					const [name, value] = pair.split('=');
					const expired = attributes.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()));
					if (expired || value === '') jar.delete(name.trim());
					else jar.set(name.trim(), value);
				}
				return response;
			};
			return device;
		}
	};
}
