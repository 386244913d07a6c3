/**
 * Steps the import and share browser tests share: which banks IndexedDB
 * holds, the library's list of titles, studying one card of a bank whatever
 * kind of card it is, and a server of a test's own that it can stop.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { startServer } from '../../src/server/start';
import { reviewCount } from './probes';

/** The keys of one object store, read straight from IndexedDB; an unopened database holds none. */
export async function storedKeys(page: Page, store: string): Promise<IDBValidKey[]> {
	return page.evaluate(async (storeName) => {
		const request = <T>(r: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		const keys: IDBValidKey[] = [];
		for (const { name } of await indexedDB.databases()) {
			if (!name) continue;
			const db = await request(indexedDB.open(name));
			try {
				if (db.objectStoreNames.contains(storeName)) keys.push(...(await request(db.transaction(storeName).objectStore(storeName).getAllKeys())));
			} finally {
				db.close();
			}
		}
		return keys;
	}, store);
}

/** The ids in the banks store, sorted. */
export async function storedBankIds(page: Page): Promise<string[]> {
	return ((await storedKeys(page, 'banks')) as string[]).sort();
}

/** The titles the library lists, in its order. */
export async function libraryTitles(page: Page): Promise<string[]> {
	await page.goto('/');
	const titles = page.getByRole('article').getByRole('heading', { level: 2 });
	await expect(titles.first()).toBeVisible();
	return titles.allInnerTexts();
}

/** Opens the bank's study page, answers the card shown, and checks the answer reached the review log. */
export async function studyOneCard(page: Page, bankId: string): Promise<void> {
	await page.goto(`/study/${bankId}`);
	const card = page.locator('[data-mode]');
	await expect(card).toBeVisible();
	const reviews = await reviewCount(page);
	const mode = await card.getAttribute('data-mode');
	if (mode === 'reveal') {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: /^Good/ }).click();
	} else {
		if (mode === 'choice') await card.locator('ol.choices button').first().click();
		else if (mode === 'truefalse') await page.getByRole('button', { name: /^True/ }).click();
		else await page.getByLabel('Your answer').fill('an answer');
		if (mode === 'typed') await page.keyboard.press('Enter');
		await page.getByRole('button', { name: 'Continue' }).click();
	}
	await expect.poll(() => reviewCount(page)).toBe(reviews + 1);
}

/** A fresh profile on a server of its own; `stop` takes the server away as a lost connection would. */
export async function ownServer(browser: Browser) {
	const server = await startServer({ dir: 'build', port: 0 });
	let running = true;
	const context = await browser.newContext({ baseURL: server.url });
	return {
		url: server.url,
		context,
		async stop() {
			await server.close();
			running = false;
			await context.setOffline(true);
			await context.route('**/*', (route) => route.abort('internetdisconnected'));
		},
		async close() {
			await context.close();
			if (running) await server.close();
		}
	};
}
