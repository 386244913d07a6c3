/**
 * Reading an untrusted file runs in a worker with a time budget: a file that
 * takes too long stops with a clear message, the tab stays responsive, and
 * nothing is written. The budget is shortened through the test hook the
 * client reads (it can only shorten it), so the test need not wait 60 s.
 */
import { expect, test, type Page } from '@playwright/test';
import { storedBankIds } from './imported';

/** A CSV of `rows` records, as bytes for the file picker. */
const csv = (rows: number) => Buffer.from(`front,back\n${Array.from({ length: rows }, (_, i) => `Question number ${i},Answer ${i}`).join('\n')}\n`);

const fileInput = (page: Page) => page.getByLabel('Choose a file to import');

test('a file that takes longer than the budget is stopped with a message; the tab lives, nothing is written', async ({ page }) => {
	await page.addInitScript(() => {
		(window as { factdeckReadBudgetMs?: number }).factdeckReadBudgetMs = 300;
	});
	await page.goto('/import');
	const before = await storedBankIds(page);
	// 240,000 records: within the caps, and seconds of reading, far past a 0.3 s budget.
	await fileInput(page).setInputFiles({ name: 'slow.csv', mimeType: 'text/csv', buffer: csv(240_000) });
	await expect(page.getByRole('alert')).toHaveText(
		'slow.csv could not be read: reading it took longer than 0.3 s, so Factdeck stopped: the file is too large or damaged. Nothing was imported.'
	);
	// The page still answers and still imports: the main thread was never blocked, and the worker is gone.
	expect(await page.evaluate(() => 6 * 7)).toBe(42);
	await page.evaluate(() => delete (window as { factdeckReadBudgetMs?: number }).factdeckReadBudgetMs);
	await fileInput(page).setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: csv(3) });
	await expect(page.getByRole('button', { name: 'Import 3 questions' })).toBeVisible();
	expect(await storedBankIds(page)).toEqual(before);
});

test('a long read shows records read, and a file over the questions cap is refused with nothing written', async ({ page }) => {
	// The read may end before a check could catch its bar on screen, so the page notes every progress line it shows.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as { progressSeen?: string[] }).progressSeen = seen;
		new MutationObserver(() => {
			const label = document.getElementById('import-progress-label')?.textContent;
			const status = document.querySelector('.progress [role="status"]')?.textContent;
			for (const text of [label, status]) if (text && seen.at(-1) !== text) seen.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	await page.goto('/import');
	const before = await storedBankIds(page);
	await fileInput(page).setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: csv(300_000) });
	await expect(page.getByRole('alert')).toContainText('the file holds more than 250,000 questions; Factdeck reads at most 250,000 per bank', {
		timeout: 30_000
	});
	const seen = await page.evaluate(() => (window as { progressSeen?: string[] }).progressSeen ?? []);
	expect(seen).toContain('Reading huge.csv…');
	expect(
		seen.some((text) => /^[\d,]+ records read/.test(text)),
		seen.join(' | ')
	).toBe(true);
	expect(await storedBankIds(page)).toEqual(before);
});
