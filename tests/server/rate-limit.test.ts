import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../../src/server/db/open';
import { rateLimits } from '../../src/server/db/schema';
import { hit, SIGN_IN_PER_ADDRESS, SIGN_IN_PER_LOGIN, SIGN_UP_PER_ADDRESS, tooManyMessage } from '../../src/server/services/rate-limit';
import { appFrom, Device } from './account-client';
import { ENGINES, freshDatabase } from './engines';

describe.each(ENGINES)('rate limits on %s', (engine) => {
	let database: Database;
	beforeAll(async () => {
		database = await freshDatabase(engine);
	});
	afterAll(() => database.close());

	test('a sign-in limit per login: the 11th attempt in 15 minutes gets 429, even with the right password', async () => {
		let clock = new Date('2026-03-01T10:01:00Z');
		const options = { now: () => clock };
		await new Device(appFrom(database.db, '10.1.0.1', options)).signUp('babbage');
		for (let i = 0; i < 10; i++) {
			// Each attempt from its own address: the per-login counter is what stops the 11th.
			const attempt = await new Device(appFrom(database.db, `10.1.1.${i}`, options)).signIn('babbage', i === 9 ? undefined : 'guessing wrong');
			expect(attempt.status).toBe(i === 9 ? 200 : 401);
		}
		const limited = await new Device(appFrom(database.db, '10.1.2.1', options)).signIn('babbage');
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe(String(14 * 60));
		expect(await limited.json()).toEqual({ error: 'Too many attempts. Try again in 14 minutes.' });
		expect(limited.headers.get('set-cookie')).toBeNull();

		clock = new Date('2026-03-01T10:15:00Z');
		expect((await new Device(appFrom(database.db, '10.1.2.2', options)).signIn('babbage')).status).toBe(200);
	});

	test('a sign-up limit per address: the 21st in an hour gets 429, another address is not limited', async () => {
		const clock = new Date('2026-03-01T11:59:30Z');
		const crowded = appFrom(database.db, '10.2.0.1', { now: () => clock });
		for (let i = 0; i < 20; i++)
			expect((await new Device(crowded).call('POST', '/api/accounts', { login: `pupil-${i}`, password: 'correct horse battery' })).status).toBe(201);
		const limited = await new Device(crowded).call('POST', '/api/accounts', { login: 'pupil-20', password: 'correct horse battery' });
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('30');
		expect(await limited.json()).toEqual({ error: 'Too many attempts. Try again in 1 minute.' });
		const elsewhere = await new Device(appFrom(database.db, '10.2.0.2', { now: () => clock })).call('POST', '/api/accounts', {
			login: 'pupil-20',
			password: 'correct horse battery'
		});
		expect(elsewhere.status).toBe(201);
	});

	test('password checks on a signed-in device count against the login too', async () => {
		const thief = await new Device(appFrom(database.db)).signUp('stolen-cookie');
		for (let i = 0; i < 10; i++) expect((await thief.call('DELETE', '/api/account', { password: `guess number ${i}` })).status).toBe(403);
		const limited = await thief.call('POST', '/api/account/password', { current: 'correct horse battery', next: 'taken over now' });
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await new Device(appFrom(database.db)).signIn('stolen-cookie')).status).toBe(429);
	});

	test('the per-address sign-in counter allows 50 in a window and is kept apart per address', async () => {
		const now = new Date('2026-03-01T12:00:00Z');
		const checks = (address: string) => [[SIGN_IN_PER_ADDRESS, address]] as const;
		for (let i = 0; i < 50; i++) expect(await hit(database.db, now, checks('10.3.0.1'))).toBeNull();
		expect(await hit(database.db, now, checks('10.3.0.1'))).toBe(15 * 60);
		expect(await hit(database.db, now, checks('10.3.0.2'))).toBeNull();
		expect(await hit(database.db, new Date('2026-03-01T12:15:00Z'), checks('10.3.0.1'))).toBeNull();
	});

	test('one hit counts every check, and the answer waits for the latest window to end', async () => {
		const now = new Date('2026-03-01T13:10:00Z');
		for (let i = 0; i < 20; i++) await hit(database.db, now, [[SIGN_UP_PER_ADDRESS, '10.4.0.1']]);
		const retry = await hit(database.db, now, [
			[SIGN_IN_PER_LOGIN, 'someone'],
			[SIGN_UP_PER_ADDRESS, '10.4.0.1']
		]);
		expect(retry).toBe(50 * 60);
		const rows = await database.db.select().from(rateLimits);
		expect(rows.find((r) => r.key === 'signin:login:someone')?.count).toBe(1);
		expect(rows.find((r) => r.key === 'signup:ip:10.4.0.1')?.count).toBe(21);
	});

	test('windows that are over are deleted', async () => {
		await hit(database.db, new Date('2026-03-02T08:00:00Z'), [[SIGN_IN_PER_LOGIN, 'old-one']]);
		await hit(database.db, new Date('2026-03-02T10:00:00Z'), [[SIGN_IN_PER_LOGIN, 'new-one']]);
		const keys = (await database.db.select().from(rateLimits)).map((r) => r.key);
		expect(keys).toContain('signin:login:new-one');
		expect(keys).not.toContain('signin:login:old-one');
	});

	test('the message counts whole minutes', () => {
		expect(tooManyMessage(1)).toBe('Too many attempts. Try again in 1 minute.');
		expect(tooManyMessage(61)).toBe('Too many attempts. Try again in 2 minutes.');
	});
});
