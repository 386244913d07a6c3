import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/open';
import { accounts, docs, reviews, sessions } from '../../src/server/db/schema';
import { appFrom, Device } from './account-client';
import { ENGINES, freshDatabase } from './engines';

describe.each(ENGINES)('an account’s data on %s', (engine) => {
	let database: Database;
	beforeAll(async () => {
		database = await freshDatabase(engine);
	});
	afterAll(() => database.close());

	const idOf = async (login: string) => (await database.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.login, login)))[0].id;

	/** Signs up and stores two reviews (one undone) and two documents (one a tombstone) for the account, straight in the tables. */
	async function accountWithData(login: string): Promise<Device> {
		const device = await new Device(appFrom(database.db)).signUp(login);
		const accountId = await idOf(login);
		await database.db.insert(reviews).values(
			[1, 2].map((n) => ({
				accountId,
				id: `${login}-r${n}`,
				bankId: 'capitals',
				fact: `fact-${n}`,
				questionId: `q${n}`,
				rating: 3,
				reviewedAt: 1_700_000_000_000 + n,
				durationMs: 4000,
				deviceId: 'phone',
				undone: n === 2,
				seq: n
			}))
		);
		await database.db.insert(docs).values([
			{ accountId, kind: 'bank', bankId: 'capitals', key: 'capitals', rev: 3, baseRev: null, body: { title: `${login}'s capitals` }, deviceId: 'phone' },
			{ accountId, kind: 'question', bankId: 'capitals', key: 'q9', rev: 4, baseRev: 3, body: null, deviceId: 'laptop' }
		]);
		return device;
	}

	const rowsOf = async (accountId: string) => ({
		accounts: (await database.db.select({ n: count() }).from(accounts).where(eq(accounts.id, accountId)))[0].n,
		sessions: (await database.db.select({ n: count() }).from(sessions).where(eq(sessions.accountId, accountId)))[0].n,
		reviews: (await database.db.select({ n: count() }).from(reviews).where(eq(reviews.accountId, accountId)))[0].n,
		docs: (await database.db.select({ n: count() }).from(docs).where(eq(docs.accountId, accountId)))[0].n
	});

	test('the export holds the account’s reviews and documents and nothing of another account', async () => {
		const ada = await accountWithData('ada-export');
		await accountWithData('bob-export');
		const response = await ada.call('GET', '/api/account/export');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="factdeck-account-ada-export.json"');
		const data = await response.json();
		expect(data).toMatchObject({ format: 'factdeck.account-export', version: 1, account: { login: 'ada-export' } });
		expect(Date.parse(data.exportedAt)).not.toBeNaN();
		expect(data.reviews.map((r: { id: string }) => r.id)).toEqual(['ada-export-r1', 'ada-export-r2']);
		expect(data.reviews[1]).toEqual({
			id: 'ada-export-r2',
			bankId: 'capitals',
			fact: 'fact-2',
			questionId: 'q2',
			rating: 3,
			reviewedAt: 1_700_000_000_002,
			durationMs: 4000,
			deviceId: 'phone',
			undone: true,
			seq: 2
		});
		expect(data.docs).toEqual([
			{
				kind: 'bank',
				bankId: 'capitals',
				key: 'capitals',
				rev: 3,
				baseRev: null,
				body: { title: "ada-export's capitals" },
				deviceId: 'phone',
				updatedAt: expect.any(String)
			},
			{ kind: 'question', bankId: 'capitals', key: 'q9', rev: 4, baseRev: 3, body: null, deviceId: 'laptop', updatedAt: expect.any(String) }
		]);
		const text = JSON.stringify(data);
		expect(text).not.toContain('bob-export');
		expect(text).not.toMatch(/scrypt|accountId|passwordHash/);
	});

	test('a second account reads only its own account and export; no session reads none', async () => {
		await accountWithData('ada-private');
		const bob = await accountWithData('bob-private');
		expect(await (await bob.call('GET', '/api/account')).json()).toMatchObject({ login: 'bob-private' });
		const bobs = await (await bob.call('GET', '/api/account/export')).json();
		expect(bobs.account.login).toBe('bob-private');
		expect(JSON.stringify(bobs)).not.toContain('ada-private');

		const stranger = new Device(appFrom(database.db));
		stranger.cookie = 'factdeck_session=' + 'A'.repeat(43);
		for (const path of ['/api/account', '/api/account/export']) {
			const response = await stranger.call('GET', path);
			expect(response.status).toBe(401);
			expect(await response.json()).toEqual({ error: 'Sign in first.' });
		}
	});

	test('deleting the account needs its password, then removes its rows in every table and no one else’s', async () => {
		const ada = await accountWithData('ada-delete');
		const laptop = new Device(appFrom(database.db));
		expect((await laptop.signIn('ada-delete')).status).toBe(200);
		await accountWithData('bob-delete');
		const adaId = await idOf('ada-delete');
		const bobId = await idOf('bob-delete');
		const bobBefore = await rowsOf(bobId);
		expect(await rowsOf(adaId)).toEqual({ accounts: 1, sessions: 2, reviews: 2, docs: 2 });

		const refused = await ada.call('DELETE', '/api/account', { password: 'not the password' });
		expect(refused.status).toBe(403);
		expect(await rowsOf(adaId)).toEqual({ accounts: 1, sessions: 2, reviews: 2, docs: 2 });

		const deleted = await ada.call('DELETE', '/api/account', { password: 'correct horse battery' });
		expect(deleted.status).toBe(204);
		expect(deleted.headers.get('set-cookie')).toMatch(/factdeck_session=;.*Max-Age=0/);
		expect(await rowsOf(adaId)).toEqual({ accounts: 0, sessions: 0, reviews: 0, docs: 0 });
		expect(await rowsOf(bobId)).toEqual(bobBefore);
		expect((await laptop.call('GET', '/api/account')).status).toBe(401);
		expect((await new Device(appFrom(database.db)).signIn('ada-delete')).status).toBe(401);
		// The login is free again.
		await new Device(appFrom(database.db)).signUp('ada-delete');
	});
});
