import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { randomBytes, scryptSync } from 'node:crypto';
import type { Database } from '../../src/server/db/open';
import { accounts } from '../../src/server/db/schema';
import { hashPassword, needsRehash, verifyPassword } from '../../src/server/services/passwords';
import { appFrom, Device } from './account-client';
import { ENGINES, freshDatabase } from './engines';

/** A hash as an older server would have stored it, with weaker parameters. */
function weakHash(password: string): string {
	const salt = randomBytes(16);
	const key = scryptSync(password, salt, 32, { N: 1024, r: 8, p: 1 });
	return ['scrypt', 1024, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

describe.each(ENGINES)('passwords on %s', (engine) => {
	let database: Database;
	beforeAll(async () => {
		database = await freshDatabase(engine);
	});
	afterAll(() => database.close());

	test('a hash keeps its parameters and a random salt, and verifies only its password', async () => {
		const one = await hashPassword('correct horse battery');
		const two = await hashPassword('correct horse battery');
		expect(one).toMatch(/^scrypt\$16384\$12\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
		expect(one).not.toBe(two);
		expect(await verifyPassword('correct horse battery', one)).toBe(true);
		expect(await verifyPassword('correct horse batterY', one)).toBe(false);
		expect(needsRehash(one)).toBe(false);
	});

	test('a damaged or foreign hash verifies nothing', async () => {
		const good = await hashPassword('correct horse battery');
		const parts = good.split('$');
		for (const bad of [
			'',
			'bcrypt$2b$10$abc',
			[...parts.slice(0, 5), 'short'].join('$'),
			['scrypt', 1000, 8, 1, ...parts.slice(4)].join('$'),
			['scrypt', 2 ** 30, 8, 1, ...parts.slice(4)].join('$')
		]) {
			expect(await verifyPassword('correct horse battery', bad)).toBe(false);
		}
	});

	test('a hash with older, weaker parameters still signs in, and is then stored with today’s', async () => {
		await new Device(appFrom(database.db)).signUp('older');
		await database.db
			.update(accounts)
			.set({ passwordHash: weakHash('an older password') })
			.where(eq(accounts.login, 'older'));
		const stored = async () => (await database.db.select({ hash: accounts.passwordHash }).from(accounts).where(eq(accounts.login, 'older')))[0].hash;
		expect(needsRehash(await stored())).toBe(true);
		expect((await new Device(appFrom(database.db)).signIn('older', 'an older password')).status).toBe(200);
		const upgraded = await stored();
		expect(upgraded).toMatch(/^scrypt\$16384\$12\$1\$/);
		expect(await verifyPassword('an older password', upgraded)).toBe(true);
		expect((await new Device(appFrom(database.db)).signIn('older', 'an older password')).status).toBe(200);
	});
});
