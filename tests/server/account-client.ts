/**
 * Calling the account API in tests: an app whose requests come from one client
 * address, and a device that keeps its session cookie between requests.
 */
import { expect } from 'vitest';
import type { Db } from '../../src/server/db/open';
import { createApp, type AppOptions } from '../../src/server/http/app';

let lastHost = 0;

/** A fresh client address per call, so one test's rate limits never reach another's. */
export function nextAddress(): string {
	lastHost += 1;
	return `10.0.${Math.floor(lastHost / 250)}.${(lastHost % 250) + 1}`;
}

/** The app, with every request coming from `address`. */
export function appFrom(db: Db, address = nextAddress(), options: Partial<AppOptions> = {}) {
	return createApp({ db, clientIp: () => address, ...options });
}

type App = ReturnType<typeof appFrom>;

/** The cookie pair (name=value) a response sets, if any. */
export function cookieOf(response: Response): string | undefined {
	return response.headers.get('set-cookie')?.split(';')[0];
}

/** One browser: sends its cookie and keeps whatever cookie the server sets. */
export class Device {
	cookie: string | undefined;
	constructor(readonly app: App) {}

	/** A request to the API; `body` is sent as JSON unless it is already a string. */
	async call(method: string, path: string, body?: unknown): Promise<Response> {
		const headers: Record<string, string> = { 'content-type': 'application/json' };
		if (this.cookie) headers.cookie = this.cookie;
		const init: RequestInit = { method, headers };
		if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
		const response = await this.app.request(`http://localhost${path}`, init);
		const set = cookieOf(response);
		if (set !== undefined) this.cookie = set.endsWith('=') ? undefined : set;
		return response;
	}

	/** Signs up a new account on this device; fails the test if it does not work. */
	async signUp(login: string, password = 'correct horse battery'): Promise<this> {
		const response = await this.call('POST', '/api/accounts', { login, password });
		expect(response.status).toBe(201);
		return this;
	}

	/** Signs in on this device; returns the response. */
	signIn(login: string, password = 'correct horse battery'): Promise<Response> {
		return this.call('POST', '/api/session', { login, password });
	}
}
