import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/open';
import { accounts, rateLimits, sessions } from '../../src/server/db/schema';
import { appFrom, Device } from './account-client';
import { ENGINES, freshDatabase } from './engines';

describe.each(ENGINES)('accounts on %s', (engine) => {
	let database: Database;
	beforeAll(async () => {
		database = await freshDatabase(engine);
	});
	afterAll(() => database.close());

	const device = () => new Device(appFrom(database.db));
	const rowCount = async (table: typeof accounts | typeof sessions | typeof rateLimits) => (await database.db.select({ n: count() }).from(table))[0].n;

	test('sign up, see the account, sign out, sign in again', async () => {
		const phone = device();
		const created = await phone.call('POST', '/api/accounts', { login: '  Ada.L ', password: 'correct horse battery' });
		expect(created.status).toBe(201);
		const info = await created.json();
		expect(info).toEqual({ login: 'ada.l', createdAt: expect.any(String) });
		expect(phone.cookie).toMatch(/^factdeck_session=[A-Za-z0-9_-]{43}$/);
		expect(await (await phone.call('GET', '/api/account')).json()).toEqual(info);

		const out = await phone.call('DELETE', '/api/session');
		expect(out.status).toBe(204);
		expect(out.headers.get('set-cookie')).toMatch(/factdeck_session=;.*Max-Age=0/);
		expect(phone.cookie).toBeUndefined();
		const after = await phone.call('GET', '/api/account');
		expect(after.status).toBe(401);
		expect(await after.json()).toEqual({ error: 'Sign in first.' });

		const again = await phone.signIn('ADA.L');
		expect(again.status).toBe(200);
		expect(await again.json()).toEqual(info);
		expect((await phone.call('GET', '/api/account')).status).toBe(200);

		// Signing in again on a signed-in device replaces its session rather than adding one.
		const first = phone.cookie;
		expect((await phone.signIn('ada.l')).status).toBe(200);
		expect(phone.cookie).not.toBe(first);
		const rows = await database.db.select().from(sessions).innerJoin(accounts, eq(accounts.id, sessions.accountId)).where(eq(accounts.login, 'ada.l'));
		expect(rows).toHaveLength(1);
	});

	test('a login already taken gets 409 and no second account', async () => {
		await device().signUp('grace');
		const before = await rowCount(accounts);
		const taken = await device().call('POST', '/api/accounts', { login: 'Grace', password: 'another password' });
		expect(taken.status).toBe(409);
		expect(await taken.json()).toEqual({ error: 'That login is taken.' });
		expect(taken.headers.get('set-cookie')).toBeNull();
		expect(await rowCount(accounts)).toBe(before);
	});

	test('a wrong password and an unknown login get the same 401', async () => {
		await device().signUp('hopper');
		const wrong = await device().signIn('hopper', 'not the password');
		const unknown = await device().signIn('nobody-here', 'correct horse battery');
		expect(wrong.status).toBe(401);
		expect(unknown.status).toBe(401);
		const body = await wrong.json();
		expect(body).toEqual({ error: 'Wrong login or password.' });
		expect(await unknown.json()).toEqual(body);
		expect(wrong.headers.get('set-cookie')).toBeNull();
	});

	test('the session cookie is HttpOnly, SameSite=Lax, Path=/, and Secure over HTTPS', async () => {
		const app = appFrom(database.db);
		const plain = await app.request('http://localhost/api/accounts', {
			method: 'POST',
			body: JSON.stringify({ login: 'cookie-plain', password: 'correct horse battery' })
		});
		const flags = plain.headers.get('set-cookie') ?? '';
		expect(flags).toContain('HttpOnly');
		expect(flags).toContain('SameSite=Lax');
		expect(flags).toContain('Path=/');
		expect(flags).not.toContain('Secure');
		const secure = await app.request('https://factdeck.example/api/session', {
			method: 'POST',
			body: JSON.stringify({ login: 'cookie-plain', password: 'correct horse battery' })
		});
		expect(secure.status).toBe(200);
		expect(secure.headers.get('set-cookie')).toMatch(/HttpOnly.*Secure|Secure.*HttpOnly/);
	});

	test('sign out everywhere ends the other device’s session too', async () => {
		const phone = await device().signUp('lovelace');
		const laptop = device();
		expect((await laptop.signIn('lovelace')).status).toBe(200);
		const gone = await phone.call('DELETE', '/api/sessions');
		expect(gone.status).toBe(204);
		expect((await phone.call('GET', '/api/account')).status).toBe(401);
		expect((await laptop.call('GET', '/api/account')).status).toBe(401);
		expect(await database.db.select().from(sessions).innerJoin(accounts, eq(accounts.id, sessions.accountId)).where(eq(accounts.login, 'lovelace'))).toEqual(
			[]
		);
	});

	test('changing the password ends the other sessions and keeps this one', async () => {
		const phone = await device().signUp('turing', 'first password');
		const laptop = device();
		expect((await laptop.signIn('turing', 'first password')).status).toBe(200);

		const wrong = await phone.call('POST', '/api/account/password', { current: 'not it at all', next: 'second password' });
		expect(wrong.status).toBe(403);
		expect((await laptop.call('GET', '/api/account')).status).toBe(200);

		const oldCookie = phone.cookie;
		const changed = await phone.call('POST', '/api/account/password', { current: 'first password', next: 'second password' });
		expect(changed.status).toBe(204);
		expect(phone.cookie).not.toBe(oldCookie);
		expect((await phone.call('GET', '/api/account')).status).toBe(200);
		expect((await laptop.call('GET', '/api/account')).status).toBe(401);
		expect((await device().signIn('turing', 'first password')).status).toBe(401);
		expect((await device().signIn('turing', 'second password')).status).toBe(200);
	});

	test('bad JSON and bad fields get a 400 and change nothing', async () => {
		const phone = await device().signUp('liskov');
		const before = [await rowCount(accounts), await rowCount(sessions), await rowCount(rateLimits)];
		const cases: [string, string, unknown, RegExp][] = [
			['POST', '/api/accounts', '{"login": "x",', /JSON/],
			['POST', '/api/accounts', { login: 'newcomer', password: 'short' }, /^password: .*at least 8/],
			['POST', '/api/accounts', { login: 'a b', password: 'long enough pass' }, /^login: /],
			['POST', '/api/accounts', { login: 'newcomer', password: 'long enough pass', admin: true }, /admin/],
			['POST', '/api/session', ['liskov'], /./],
			['POST', '/api/session', { login: 'liskov' }, /password/],
			['POST', '/api/account/password', { current: 'correct horse battery', next: 'short' }, /^next: /],
			['DELETE', '/api/account', 'not json', /JSON/],
			['DELETE', '/api/account', { password: 42 }, /^password: /]
		];
		for (const [method, path, body, message] of cases) {
			const response = await phone.call(method, path, body);
			expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
			expect((await response.json()).error).toMatch(message);
		}
		expect([await rowCount(accounts), await rowCount(sessions), await rowCount(rateLimits)]).toEqual(before);
		expect((await phone.call('GET', '/api/account')).status).toBe(200);
		expect((await device().signIn('liskov')).status).toBe(200);
	});

	test('a sign-in or sign-up posted from another site is refused and counts nothing', async () => {
		const before = [await rowCount(accounts), await rowCount(rateLimits)];
		const app = appFrom(database.db);
		for (const path of ['/api/accounts', '/api/session']) {
			const response = await app.request(`http://localhost${path}`, {
				method: 'POST',
				headers: { origin: 'https://evil.example', host: 'localhost', 'content-type': 'application/json' },
				body: JSON.stringify({ login: 'mallory', password: 'correct horse battery' })
			});
			expect(response.status).toBe(403);
			expect(response.headers.get('set-cookie')).toBeNull();
		}
		expect([await rowCount(accounts), await rowCount(rateLimits)]).toEqual(before);
	});
});
