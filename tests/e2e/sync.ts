/**
 * Steps of the sync browser tests: a device (a browser context of its own)
 * on a server of the test's own, signing in through Settings as a learner
 * does, syncing with "Sync now", and what a device or the server holds.
 */
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { sql } from 'drizzle-orm';
import type { RunningServer } from '../../src/server/start';
import { BANK_ID } from './bank';

export const PASSWORD = 'correct horse battery';

/** A new device: an empty browser profile opened on the server. */
export async function newDevice(browser: Browser, server: RunningServer): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL: server.url });
	return { context, page: await context.newPage() };
}

/** Signs in on Settings (creating the account when `create`); resolves with what the first sync said it merged. */
export async function enter(page: Page, login: string, create: boolean): Promise<string> {
	await page.goto('/settings');
	const panel = page.locator('#account');
	await expect(panel.getByRole('heading', { name: 'Sign in' })).toBeVisible();
	if (create) await panel.getByRole('button', { name: 'New here? Create an account' }).click();
	await panel.getByLabel('Username or email').fill(login);
	await panel.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await panel.getByRole('button', { name: create ? 'Create account' : 'Sign in', exact: true }).click();
	const message = page.getByTestId('account-message');
	await expect(message).toContainText(/Sent|Nothing on this device/, { timeout: 20_000 });
	return (await message.innerText()).trim();
}

/** Opens Settings and syncs with "Sync now"; resolves once the status says it synced. */
export async function syncNow(page: Page): Promise<void> {
	if (!page.url().endsWith('/settings')) await page.goto('/settings');
	const line = page.getByTestId('sync-line');
	await expect(line).toBeVisible();
	await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled();
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(line).toHaveText(/^Synced/, { timeout: 20_000 });
}

/** The device-made ids of the reviews this device holds, sorted; read straight from IndexedDB. */
export function deviceReviewIds(page: Page): Promise<string[]> {
	return readStore<{ uid?: string }>(page, 'reviews').then((rows) => rows.map((r) => r.uid ?? '(none)').sort());
}

/** The studied cards of the seed bank as the scheduler left them: what both devices must agree on. */
export async function studiedCards(page: Page): Promise<string[]> {
	const cards = await readStore<{ id: string; bankId: string; reps: number; lapses: number; state: number; due: Date; stability: number }>(page, 'cards');
	return cards
		.filter((c) => c.bankId === BANK_ID && c.reps > 0)
		.map(
			(c) => `${c.id.replace(/\0/g, '|')} reps=${c.reps} lapses=${c.lapses} state=${c.state} due=${new Date(c.due).toISOString()} s=${c.stability.toFixed(4)}`
		)
		.sort();
}

async function readStore<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(async (name) => {
		const request = <R>(r: IDBRequest<R>) =>
			new Promise<R>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		for (const { name: dbName } of await indexedDB.databases()) {
			if (!dbName) continue;
			const db = await request(indexedDB.open(dbName));
			try {
				if (db.objectStoreNames.contains(name)) return (await request(db.transaction(name).objectStore(name).getAll())) as unknown[];
			} finally {
				db.close();
			}
		}
		return [];
	}, store) as Promise<T[]>;
}

/** The ids of every review the server stored, with how many rows each has (always 1 when nothing was duplicated). */
export async function serverReviews(server: RunningServer): Promise<{ ids: string[]; rows: number }> {
	const result = await server.database.db.execute(sql`select id, account_id from reviews`);
	const rows = (Array.isArray(result) ? result : (result as unknown as { rows: { id: string }[] }).rows) as { id: string }[];
	return { ids: [...new Set(rows.map((r) => r.id))].sort(), rows: rows.length };
}
