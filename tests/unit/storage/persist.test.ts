// @vitest-environment jsdom
import { requestPersistence, storageStatus } from '$lib/storage/persist';

const original = Object.getOwnPropertyDescriptor(globalThis.navigator, 'storage');

function fakeStorage(value: Partial<StorageManager> | undefined) {
	Object.defineProperty(globalThis.navigator, 'storage', { value, configurable: true });
}

afterEach(() => {
	if (original) Object.defineProperty(globalThis.navigator, 'storage', original);
	else delete (globalThis.navigator as { storage?: unknown }).storage;
});

describe('persist', () => {
	it('is safe without navigator.storage', async () => {
		fakeStorage(undefined);
		expect(await requestPersistence()).toBe(false);
		expect(await storageStatus()).toEqual({ persisted: null, usage: null, quota: null });
	});

	it('asks the browser and reports what it says', async () => {
		const persist = vi.fn(async () => true);
		fakeStorage({ persist, persisted: async () => true, estimate: async () => ({ usage: 1200, quota: 5000 }) });
		expect(await requestPersistence()).toBe(true);
		expect(persist).toHaveBeenCalledOnce();
		expect(await storageStatus()).toEqual({ persisted: true, usage: 1200, quota: 5000 });
	});

	it('treats a refusal or a throwing API as unknown, not as a crash', async () => {
		fakeStorage({
			persist: async () => {
				throw new Error('denied');
			},
			persisted: async () => false,
			estimate: async () => {
				throw new Error('nope');
			}
		});
		expect(await requestPersistence()).toBe(false);
		expect(await storageStatus()).toEqual({ persisted: false, usage: null, quota: null });
	});
});
