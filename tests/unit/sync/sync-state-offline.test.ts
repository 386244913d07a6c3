// @vitest-environment jsdom
import { SyncState } from '$lib/sync/sync.svelte';

describe('the sync status of a tab that starts listening late', () => {
	afterEach(() => vi.restoreAllMocks());

	it('says Offline when the network went before the tab listened for it', () => {
		vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
		const state = new SyncState();
		const stop = state.start();
		expect(state.status).toBe('Offline');
		stop();
	});

	it('says nothing of being offline while the network is there', () => {
		vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
		const state = new SyncState();
		const stop = state.start();
		expect(state.status).not.toMatch(/Offline/);
		window.dispatchEvent(new Event('offline'));
		expect(state.status).toBe('Offline');
		stop();
	});
});
