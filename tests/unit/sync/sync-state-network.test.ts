/**
 * The header's status when the network goes while a sync is on its way: the
 * sync may still finish well, and the status must not say "Synced" then.
 * Node, for the real server over PGlite; the browser's network events come
 * from a window of the test's own.
 */
import { saveBank } from '$lib/storage/banks';
import { AccountFlow } from '$lib/sync/account.svelte';
import { SyncState } from '$lib/sync/sync.svelte';
import { bankOfFacts, closeAll, local } from '../storage/helpers';
import { answer, newDevice } from './devices';
import { SERVER, startTestServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(() => server.close());
afterEach(async () => {
	vi.unstubAllGlobals();
	await closeAll();
});

/** The browser globals SyncState listens to; returns a switch for the network. */
function browser(): (online: boolean) => void {
	const window = new EventTarget();
	const navigator = { onLine: true };
	vi.stubGlobal('window', window);
	vi.stubGlobal('navigator', navigator);
	vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
	return (online) => {
		navigator.onLine = online;
		window.dispatchEvent(new Event(online ? 'online' : 'offline'));
	};
}

const T0 = local(2026, 3, 2, 9);

test('a sync that finishes after the network went leaves the status Offline, and counts what waits, until it comes back', async () => {
	const network = browser();
	const device = newDevice(server);
	await saveBank(bankOfFacts('n', 2), T0, {}, device.db);
	const sync = new SyncState(device.store, device.net.fetch);
	sync.useServer(SERVER, device.net.fetch);
	await new AccountFlow(sync).enter('create', { login: 'netgone', password: 'a long enough password' });
	const stop = sync.start();
	await sync.syncNow();
	expect(sync.status).toBe('Synced just now');

	// The push is on its way when the browser says the network is gone; the server still stores it.
	await answer(device, 'n\u0000f0', 3, T0);
	device.net.intercept = (url, forward) => {
		if (url.pathname.endsWith('/push')) {
			network(false);
		}
		return forward();
	};
	await sync.syncNow();
	expect(sync.status).toBe('Offline');

	// An answer while offline shows as waiting at once, not at the status's next tick.
	device.net.intercept = undefined;
	device.net.offline = true;
	await answer(device, 'n\u0000f1', 3, T0);
	await vi.waitFor(() => expect(sync.status).toBe('Offline · 1 change waiting'));

	device.net.offline = false;
	network(true);
	await vi.waitFor(() => expect(sync.status).toBe('Synced just now'));
	stop();
});
