/**
 * What the browser tests measure besides the screen: the counts line, the
 * card text, the review log in IndexedDB and the service worker's control.
 */
import type { Locator, Page } from '@playwright/test';

/** The page's main landmark, or the body when there is none. */
export async function studyRegion(page: Page): Promise<Locator> {
	const main = page.locator('main');
	return (await main.count()) === 1 ? main : page.locator('body');
}

/** The remaining-cards line of the study screen, whitespace squashed. */
export async function countsText(page: Page): Promise<string> {
	return (await page.getByTestId('counts').innerText()).replace(/\s+/g, ' ').trim();
}

/** The card as shown, without the counts that change under it. */
export async function cardText(page: Page): Promise<string> {
	return (await studyRegion(page)).evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('[data-testid="counts"]').forEach((node) => node.remove());
		return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
	});
}

/** Rows in the review log, read straight from IndexedDB, whatever the database is called. */
export async function reviewCount(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const request = <T>(r: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		let total = 0;
		for (const { name } of await indexedDB.databases()) {
			if (!name) continue;
			const db = await request(indexedDB.open(name));
			try {
				if (db.objectStoreNames.contains('reviews')) {
					total += await request(db.transaction('reviews').objectStore('reviews').count());
				}
			} finally {
				db.close();
			}
		}
		return total;
	});
}

/** The newest entry of the review log (rating and question), read straight from IndexedDB. */
export async function lastReview(page: Page): Promise<{ rating: number; questionId: string } | null> {
	return page.evaluate(async () => {
		const request = <T>(r: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		for (const { name } of await indexedDB.databases()) {
			if (!name) continue;
			const db = await request(indexedDB.open(name));
			try {
				if (!db.objectStoreNames.contains('reviews')) continue;
				// Review ids increase with every answer, so the last key is the newest review.
				const cursor = await request(db.transaction('reviews').objectStore('reviews').openCursor(null, 'prev'));
				const value = cursor?.value as { rating: number; questionId: string } | undefined;
				return value ? { rating: value.rating, questionId: value.questionId } : null;
			} finally {
				db.close();
			}
		}
		return null;
	});
}

/**
 * Resolves once a service worker controls the page, i.e. the app is cached for offline use.
 * The worker starts when the page is idle and precaches every file (about 5 MB): on a loaded
 * machine that has taken over 40 s.
 */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.waitForFunction(() => !!navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, {
		timeout: 60_000
	});
}
