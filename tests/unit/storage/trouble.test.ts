import Dexie from 'dexie';
import { saveSettings } from '$lib/storage/settings-save';
import { probeStorage, troubleOf, unavailableReason } from '$lib/storage/trouble';
import { watchVersion } from '$lib/storage/version-watch';
import type { FactdeckDB } from '$lib/storage/db';
import { bankOfFacts, closeAll, freshDb } from './helpers';
import { saveBank } from '$lib/storage/banks';

afterEach(closeAll);

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('troubleOf', () => {
	it('finds a full disk however deep Dexie wrapped it', async () => {
		const d = freshDb();
		d.questionPages.hook('creating', () => {
			throw quota();
		});
		const error = await saveBank(bankOfFacts('b', 2), new Date(), {}, d).catch((e: unknown) => e);
		expect(troubleOf(error)).toBe('full');
		expect(troubleOf(new Dexie.AbortError('aborted', quota()))).toBe('full');
		expect(troubleOf({ name: 'Error', code: 22 })).toBe('full');
	});

	it('tells a missing or refused IndexedDB, and a closed database, from other failures', () => {
		expect(troubleOf(new Dexie.MissingAPIError('IndexedDB API missing'))).toBe('unavailable');
		expect(troubleOf(new Dexie.OpenFailedError(new DOMException('denied', 'InvalidStateError')))).toBe('unavailable');
		expect(troubleOf(new Dexie.DatabaseClosedError())).toBe('closed');
		// A closed database that never opened is the open failure, not an update elsewhere.
		expect(troubleOf(new Dexie.DatabaseClosedError(new Dexie.MissingAPIError('missing')))).toBe('unavailable');
		expect(troubleOf(new Dexie.ConstraintError('key already exists'))).toBeNull();
		expect(troubleOf(new Error('bug'))).toBeNull();
		expect(troubleOf(undefined)).toBeNull();
	});

	it("says why storage is refused: the browser's own words, or plainly that IndexedDB is missing", () => {
		expect(unavailableReason(new Dexie.OpenFailedError(new DOMException('The user denied permission', 'InvalidStateError')))).toBe(
			'The user denied permission'
		);
		expect(unavailableReason(new Dexie.DatabaseClosedError(new Dexie.MissingAPIError('IndexedDB API missing. Please visit …')))).toBe(
			'IndexedDB is not available in this window.'
		);
		expect(unavailableReason('plain')).toBe('plain');
	});
});

describe('probeStorage', () => {
	it('is null when the database opens', async () => {
		expect(await probeStorage(freshDb())).toBeNull();
	});

	it('gives the error when the browser has no IndexedDB', async () => {
		// What Dexie sees where `indexedDB` is undefined (see the browser test for the real thing).
		const missing = new Dexie('no-idb', { indexedDB: null as never, IDBKeyRange }) as FactdeckDB;
		const error = await probeStorage(missing);
		expect(error?.name).toBe('MissingAPIError');
		expect(troubleOf(error)).toBe('unavailable');
	});
});

describe('watchVersion', () => {
	it('closes at once for a newer version in another tab, which is never blocked, and later writes fail fast', async () => {
		const d = freshDb();
		await d.open();
		const seen: (number | null)[] = [];
		watchVersion((e) => seen.push(e.newVersion), d);
		const blocked = vi.fn();
		const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(d.name, d.verno * 10 * 10 + 1);
			request.onblocked = blocked;
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		upgraded.close();
		expect(blocked).not.toHaveBeenCalled();
		expect(seen).toEqual([d.verno * 100 + 1]);
		const error = await saveSettings({ newPerDay: 3 }, d).catch((e: unknown) => e);
		expect(troubleOf(error)).toBe('closed');
	});

	it('stops watching when asked', async () => {
		const d = freshDb();
		await d.open();
		const onchange = vi.fn();
		watchVersion(onchange, d)();
		await new Promise<void>((resolve) => {
			const request = indexedDB.open(d.name, d.verno * 100 + 1);
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
		});
		expect(onchange).not.toHaveBeenCalled();
	});
});
