/**
 * The app's side of the Factdeck server's API: one fetch per call, every answer
 * turned into an outcome the caller can act on without reading status codes.
 * The session lives in an httpOnly cookie, so no token ever passes through here.
 */
import type { AccountInfo } from '$lib/core/sync/account';
import type { PullResponse, PushRequest, PushResponse } from '$lib/core/sync/protocol';

/** Why a call did not succeed. */
export type Failure =
	/** No network, or the server did not answer at all. */
	| { kind: 'offline'; message: string; retryAfterMs?: number }
	/** 401: no session here, or it ended (signed out elsewhere, expired, password changed). */
	| { kind: 'signed-out'; message: string; retryAfterMs?: number }
	/** 4xx: the server refused this request and says why, in a sentence to show. */
	| { kind: 'refused'; message: string; status: number; retryAfterMs?: number }
	/** 5xx: the server failed; nothing was changed and a later try may work. */
	| { kind: 'server'; message: string; status: number; retryAfterMs?: number };

export type Outcome<T> = { ok: true; value: T } | ({ ok: false } & Failure);

/** Credentials as a form sends them; the server normalizes and checks them again. */
export interface LoginForm {
	login: string;
	password: string;
}

const OFFLINE = 'No connection to the server. Your changes wait on this device.';

/** The Retry-After header as milliseconds: seconds or an HTTP date; absent or unreadable gives undefined. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
	if (!header) return undefined;
	const seconds = Number(header);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
	const at = Date.parse(header);
	return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The server's `{error}` sentence, or a plain one when the body is not JSON (a proxy's error page). */
async function errorOf(response: Response): Promise<string> {
	try {
		const body: unknown = await response.json();
		if (body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string') return (body as { error: string }).error;
	} catch {
		// Not JSON: fall through to a sentence of our own.
	}
	return response.status >= 500 ? 'The server failed; nothing was changed. Try again later.' : `The server refused the request (${response.status}).`;
}

/** Turns a non-2xx response into a Failure. */
async function failureOf(response: Response): Promise<Failure> {
	const retry = retryAfterMs(response.headers.get('retry-after'));
	const message = await errorOf(response);
	if (response.status === 401) return { kind: 'signed-out', message, retryAfterMs: retry };
	if (response.status >= 500) return { kind: 'server', message, status: response.status, retryAfterMs: retry };
	return { kind: 'refused', message, status: response.status, retryAfterMs: retry };
}

type Read<T> = (response: Response) => Promise<T>;
const json = <T>(response: Response) => response.json() as Promise<T>;
const nothing = async () => undefined;

/** The API of one server. `base` is its address ('' for this app's own origin). */
export class ServerApi {
	readonly base: string;
	#fetch: typeof fetch;

	constructor(base = '', fetcher: typeof fetch = (...args) => fetch(...args)) {
		this.base = base.replace(/\/+$/, '');
		this.#fetch = fetcher;
	}

	async #call<T>(method: string, path: string, read: Read<T>, body?: unknown): Promise<Outcome<T>> {
		let response: Response;
		try {
			response = await this.#fetch(`${this.base}/api${path}`, {
				method,
				credentials: 'include',
				cache: 'no-store',
				headers: body === undefined ? undefined : { 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body)
			});
		} catch {
			return { ok: false, kind: 'offline', message: OFFLINE };
		}
		if (!response.ok) return { ok: false, ...(await failureOf(response)) };
		try {
			return { ok: true, value: await read(response) };
		} catch {
			// A 200 that is not our JSON: an address that is not a Factdeck server, or a captive portal.
			return { ok: false, kind: 'server', status: response.status, message: 'The answer was not from a Factdeck server.' };
		}
	}

	/** Any JSON call of this API, for the features built on it (classes): the same outcomes as the named calls; a 204 gives undefined. */
	request<T>(method: string, path: string, body?: unknown): Promise<Outcome<T>> {
		return this.#call(method, path, (r) => (r.status === 204 ? Promise.resolve(undefined as T) : json<T>(r)), body);
	}

	/** True when a Factdeck server answers at this address. */
	async health(): Promise<boolean> {
		const outcome = await this.#call('GET', '/health', json<{ ok?: unknown }>);
		return outcome.ok && outcome.value.ok === true;
	}

	/** Creates an account and signs this device in. */
	createAccount(form: LoginForm): Promise<Outcome<AccountInfo>> {
		return this.#call('POST', '/accounts', json<AccountInfo>, form);
	}
	/** Signs this device in. */
	signIn(form: LoginForm): Promise<Outcome<AccountInfo>> {
		return this.#call('POST', '/session', json<AccountInfo>, form);
	}
	/** Ends this device's session. */
	signOut(): Promise<Outcome<void>> {
		return this.#call('DELETE', '/session', nothing);
	}
	/** Ends every session of the account, this one too. */
	signOutEverywhere(): Promise<Outcome<void>> {
		return this.#call('DELETE', '/sessions', nothing);
	}
	/** Who is signed in here, or a 'signed-out' failure. */
	account(): Promise<Outcome<AccountInfo>> {
		return this.#call('GET', '/account', json<AccountInfo>);
	}
	/** Changes the password; the current one proves it is the owner. */
	changePassword(current: string, next: string): Promise<Outcome<void>> {
		return this.#call('POST', '/account/password', nothing, { current, next });
	}
	/** Deletes the account and everything it stored on the server. */
	deleteAccount(password: string): Promise<Outcome<void>> {
		return this.#call('DELETE', '/account', nothing, { password });
	}
	/** Everything the server holds for the account, as the text of a JSON file. */
	exportData(): Promise<Outcome<string>> {
		return this.#call('GET', '/account/export', (r) => r.text());
	}
	/** Sends one batch from the outbox. */
	push(request: PushRequest): Promise<Outcome<PushResponse>> {
		return this.#call('POST', '/sync/push', json<PushResponse>, request);
	}
	/** One page of the account's changes after `since`. */
	pull(since: number, limit?: number): Promise<Outcome<PullResponse>> {
		const query = new URLSearchParams({ since: String(since) });
		if (limit !== undefined) query.set('limit', String(limit));
		return this.#call('GET', `/sync/pull?${query}`, json<PullResponse>);
	}
}
