import { newUid } from '$lib/storage/uid';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newUid', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('makes version-4 UUIDs, different each time', () => {
		const uids = Array.from({ length: 50 }, newUid);
		for (const uid of uids) expect(uid).toMatch(UUID_V4);
		expect(new Set(uids).size).toBe(50);
	});

	it('makes them from random bytes where randomUUID is missing (a page served over plain http)', () => {
		const real = globalThis.crypto;
		vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array<ArrayBuffer>) => real.getRandomValues(a) });
		expect(typeof crypto.randomUUID).toBe('undefined');
		const uids = Array.from({ length: 50 }, newUid);
		for (const uid of uids) expect(uid).toMatch(UUID_V4);
		expect(new Set(uids).size).toBe(50);
	});
});
