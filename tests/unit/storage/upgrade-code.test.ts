import { Dexie } from 'dexie';
import { openDatabase } from '$lib/storage/db';
import { isOlder } from '$lib/storage/upgrade-code';
import { V7_STORES, v7Rows } from '../../fixtures/db/v7';
import { expectStillVersion7, writeOld } from './old-db';

// As when the app is offline before the code that upgrades the database was cached.
vi.mock('$lib/storage/upgrades', () => {
	throw new Error('Failed to fetch dynamically imported module');
});

const NAME = 'factdeck-upgrade-code';

afterEach(() => Dexie.delete(NAME));

/** A browser's IndexedDB that lists these databases, or fails to list them. */
function listing(databases: IDBDatabaseInfo[] | Error): IDBFactory {
	return { databases: async () => (databases instanceof Error ? Promise.reject(databases) : databases) } as unknown as IDBFactory;
}

describe('the upgrades’ code', () => {
	it('is needed only for a database stored at an older version, or when the browser cannot tell', async () => {
		expect(await isOlder('factdeck', 80, listing([{ name: 'factdeck', version: 70 }]))).toBe(true);
		expect(await isOlder('factdeck', 80, listing([{ name: 'factdeck', version: 80 }]))).toBe(false);
		// A first visit: nothing to upgrade.
		expect(await isOlder('factdeck', 80, listing([{ name: 'other', version: 10 }]))).toBe(false);
		expect(await isOlder('factdeck', 80, listing(new Error('denied')))).toBe(true);
		expect(await isOlder('factdeck', 80, {} as IDBFactory)).toBe(true);
		// No IndexedDB at all: opening fails with its own error, no code can help.
		expect(await isOlder('factdeck', 80, undefined)).toBe(false);
	});

	it('that cannot be fetched fails the open with plain words and leaves version 7 as it was', async () => {
		await writeOld(NAME, 7, V7_STORES, v7Rows());

		const d = openDatabase(NAME);
		await expect(d.banks.count()).rejects.toThrow(/could not be loaded, so nothing was changed/);
		d.close();
		await expectStillVersion7(NAME);
	});

	it('is not needed to create the database on a first visit', async () => {
		const d = openDatabase(NAME);
		expect(await d.banks.count()).toBe(0);
		expect(d.verno).toBe(8);
		d.close();
	});
});
