import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { saveBank } from '$lib/storage/banks';
import { AccountFlow } from '$lib/sync/account.svelte';
import { SyncState } from '$lib/sync/sync.svelte';
import { bankOfFacts, closeAll, local } from '../storage/helpers';
import { answer, newDevice, type Device } from './devices';
import { SERVER, startTestServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(() => server.close());
afterEach(closeAll);

const PASSWORD = 'a long enough password';
const T0 = local(2026, 3, 2, 9);
let n = 0;

/** The Settings panel's state on a device, pointed at the test server, counting the requests it sends. */
function flowOn(device: Device): { flow: AccountFlow; requests: () => number } {
	let requests = 0;
	device.net.intercept = (_url, forward) => {
		requests++;
		return forward();
	};
	const sync = new SyncState(device.store, device.net.fetch);
	sync.useServer(SERVER, device.net.fetch);
	return { flow: new AccountFlow(sync), requests: () => requests };
}

describe('the account on Settings', () => {
	test('a form with a bad login and a short password shows both by their fields and sends nothing', async () => {
		const { flow, requests } = flowOn(newDevice(server));
		await flow.enter('create', { login: 'a b', password: 'short' });
		expect(flow.errors.login).toMatch(/username of 3–40/);
		expect(flow.errors.password).toMatch(/at least 8/);
		expect(requests()).toBe(0);
		expect(flow.sync.signedIn).toBe(false);
	});

	test('a first sign-in on a device with data says what it merged; a taken login is said by the login field', async () => {
		const device = newDevice(server);
		await saveBank(bankOfFacts('m', 3), T0, {}, device.db);
		await answer(device, 'm\u0000f0', 3, T0);
		await answer(device, 'm\u0000f1', 3, T0);
		const { flow } = flowOn(device);
		const login = `merger${++n}`;
		await flow.enter('create', { login, password: PASSWORD });
		expect(flow.error).toBeNull();
		expect(flow.done).toBe('Sent 1 bank and 2 reviews; nothing new from your account.');
		expect(flow.sync.login).toBe(login);
		expect(flow.sync.status).toBe('Synced just now');

		const other = flowOn(newDevice(server)).flow;
		await other.enter('create', { login: login.toUpperCase(), password: PASSWORD });
		expect(other.errors).toEqual({ login: 'That login is taken.' });
		await other.enter('signin', { login, password: 'not the password' });
		expect(other.errors).toEqual({});
		expect(other.error).toBe('Wrong login or password.');
		await other.enter('signin', { login, password: PASSWORD });
		expect(other.done).toBe('Nothing on this device to send; received 1 bank and 2 reviews.');
	});

	test('offline, the status says so and what waits; signing out keeps the data here', async () => {
		const device = newDevice(server);
		await saveBank(bankOfFacts('o', 2), T0, {}, device.db);
		const { flow } = flowOn(device);
		await flow.enter('create', { login: `offline${++n}`, password: PASSWORD });
		await answer(device, 'o\u0000f0', 3, T0);
		device.net.offline = true;
		await flow.sync.syncNow();
		flow.sync.engine.dispose();
		expect(flow.sync.status).toBe('Offline · 1 change waiting');
		device.net.offline = false;
		await flow.signOut();
		expect(flow.done).toMatch(/^Signed out/);
		expect(flow.sync.signedIn).toBe(false);
		expect(await device.db.reviews.count()).toBe(1);
		expect(await device.store.outboxSize()).toBe(0);
	});

	test('change password and delete the account: each checks the password it is given', async () => {
		const device = newDevice(server);
		const { flow } = flowOn(device);
		const login = `deleter${++n}`;
		await flow.enter('create', { login, password: PASSWORD });
		expect(await flow.changePassword(PASSWORD, 'short')).toBe(false);
		expect(flow.errors.next).toMatch(/at least 8/);
		expect(await flow.changePassword('wrong password', 'another long password')).toBe(false);
		expect(flow.errors.current ?? flow.error).toBeTruthy();
		expect(await flow.changePassword(PASSWORD, 'another long password')).toBe(true);

		await flow.deleteAccount('');
		expect(flow.errors.password).toMatch(/Type your password/);
		await flow.deleteAccount(PASSWORD);
		expect(flow.errors.password ?? flow.error).toBeTruthy();
		expect(flow.sync.signedIn).toBe(true);
		await flow.deleteAccount('another long password');
		expect(flow.sync.signedIn).toBe(false);
		expect(flow.done).toMatch(/deleted/);
		const again = flowOn(newDevice(server)).flow;
		await again.enter('signin', { login, password: 'another long password' });
		expect(again.error).toBe('Wrong login or password.');
	});

	test('sign out everywhere: the other device says its sign-in expired, keeps its changes, and picks up after signing in again', async () => {
		const phone = newDevice(server);
		const laptop = newDevice(server);
		await saveBank(bankOfFacts('e', 2), T0, {}, phone.db);
		const login = `everywhere${++n}`;
		const onPhone = flowOn(phone).flow;
		await onPhone.enter('create', { login, password: PASSWORD });
		const onLaptop = flowOn(laptop).flow;
		await onLaptop.enter('signin', { login, password: PASSWORD });
		const exported = await onLaptop.sync.api.exportData();
		expect(exported.ok && exported.value).toContain(login);

		await onLaptop.signOutEverywhere();
		expect(onLaptop.done).toBe('Signed out on every device.');
		expect(onLaptop.sync.signedIn).toBe(false);
		await answer(phone, 'e\u0000f0', 3, T0);
		await onPhone.sync.syncNow();
		expect(onPhone.sync.status).toBe('Sign-in expired');
		expect(onPhone.sync.engine.retryAt).toBeNull();
		expect(await phone.store.outboxSize()).toBe(1);

		await onPhone.enter('signin', { login, password: PASSWORD });
		expect(onPhone.done).toBe(`Signed in again as ${login}.`);
		expect(onPhone.sync.status).toBe('Synced just now');
		expect(await phone.store.outboxSize()).toBe(0);
	});
});
