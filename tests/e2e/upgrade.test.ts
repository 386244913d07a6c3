import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { V7_STORES, v7Rows } from '../fixtures/db/v7';
import { waitForCard } from './helpers';

/** The app's database, as storage/db.ts names it. */
const DB_NAME = 'factdeck';

// Without the service worker, which caches every chunk, each chunk the page needs is a request the test sees.
test.use({ serviceWorkers: 'block' });

/** The built file of the schema upgrades' code. */
function upgradesChunk(): string {
	const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
	return manifest['src/lib/storage/upgrades.ts'].file;
}

/** Every URL the page requests from now on. */
function requests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url()));
	return urls;
}

/**
 * Writes the version-7 fixture as a browser that ran version 7 holds it: with
 * IndexedDB itself, tables and indexes named as Dexie names them, at
 * IndexedDB version 70. From a page of the app's origin that runs no app code.
 */
async function writeVersion7(page: Page): Promise<void> {
	await page.goto('/manifest.webmanifest');
	await page.evaluate(
		({ name, stores, rows }) =>
			new Promise<void>((resolve, reject) => {
				const keyPath = (spec: string) => {
					const bare = spec.replace(/^(\+\+|&|\*)/, '');
					return bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
				};
				const open = indexedDB.open(name, 70);
				open.onupgradeneeded = () => {
					const database = open.result;
					for (const [table, spec] of Object.entries(stores)) {
						const [primary, ...indexes] = spec.split(',');
						const store = database.createObjectStore(table, { keyPath: keyPath(primary), autoIncrement: primary.startsWith('++') });
						for (const index of indexes) {
							store.createIndex(index.replace(/^(&|\*)/, ''), keyPath(index), { unique: index.startsWith('&'), multiEntry: index.startsWith('*') });
						}
					}
					for (const [table, list] of Object.entries(rows)) {
						for (const row of list as Record<string, unknown>[]) {
							// The fixture gives a media file's bytes as numbers; version 7 stored a Blob.
							const stored = table === 'media' ? { ...row, blob: new Blob([new Uint8Array(row.blob as number[])], { type: String(row.type) }) } : row;
							open.transaction!.objectStore(table).add(stored);
						}
					}
				};
				open.onsuccess = () => {
					open.result.close();
					resolve();
				};
				open.onerror = () => reject(open.error);
			}),
		{ name: DB_NAME, stores: V7_STORES, rows: v7Rows() }
	);
}

/** The database's IndexedDB version, its tables, and how many question pages the bank `bankId` has. */
async function stored(page: Page, bankId: string): Promise<{ version: number; tables: string[]; pages: number }> {
	return page.evaluate(
		({ name, bankId }) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onsuccess = () => {
					const database = open.result;
					const tables = [...database.objectStoreNames];
					if (!tables.includes('questionPages')) {
						database.close();
						resolve({ version: database.version, tables, pages: 0 });
						return;
					}
					const count = database
						.transaction('questionPages')
						.objectStore('questionPages')
						.count(IDBKeyRange.bound([bankId, -Infinity], [bankId, Infinity]));
					count.onsuccess = () => {
						database.close();
						resolve({ version: database.version, tables, pages: count.result });
					};
					count.onerror = () => reject(count.error);
				};
				open.onerror = () => reject(open.error);
			}),
		{ name: DB_NAME, bankId }
	);
}

test('a device still on version 7 fetches the upgrade, keeps its banks and studies them in pages', async ({ page }) => {
	await writeVersion7(page);
	const urls = requests(page);
	await page.goto('/study/big');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Big');
	// A card of the upgraded bank: its review due, or one of its New cards (no longer stored as rows).
	await expect(page.locator('.card[data-mode]')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(/^(Pick|Front|True) \d+\??$/);
	expect(urls.some((url) => url.endsWith(upgradesChunk()))).toBe(true);
	const after = await stored(page, 'big');
	expect(after.version).toBe(80);
	expect(after.tables).not.toContain('questions');
	// 1,203 questions in pages of 500.
	expect(after.pages).toBe(3);
});

test('a first visit creates the database without fetching the upgrade code', async ({ page }) => {
	const urls = requests(page);
	await page.goto('/study');
	const { kind } = await waitForCard(page);
	expect(kind).not.toBe('done');
	expect((await stored(page, 'korea-diplomacy-2021')).version).toBe(80);
	expect(urls.filter((url) => url.endsWith(upgradesChunk()))).toEqual([]);
});
