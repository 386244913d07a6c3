/**
 * A newcomer's library says what Factdeck is and offers three ways in; the
 * welcome goes once they have studied.
 */
import { expect, test, type Page } from '@playwright/test';
import { BANK_ID, bankEntry } from './helpers';
import { studyOneCard } from './imported';

const welcome = (page: Page) => page.getByRole('region', { name: 'Welcome to Factdeck' });

test('the first visit offers the sample, an article and a file, and the sample opens for study', async ({ page }) => {
	await page.goto('/');
	await expect(welcome(page)).toBeVisible();
	await expect(welcome(page).getByRole('link', { name: 'Make a bank from an article' })).toHaveAttribute('href', '/create');
	await expect(welcome(page).getByRole('link', { name: 'Import a file' })).toHaveAttribute('href', '/import');

	await welcome(page).getByRole('link', { name: 'Study the sample' }).click();
	await expect(page).toHaveURL(new RegExp(`/study/${BANK_ID}$`));
	await expect(page.locator('[data-mode]')).toBeVisible();
});

test('once a card is studied, the library shows the banks without the welcome', async ({ page }) => {
	await studyOneCard(page, BANK_ID);
	await page.goto('/');
	await expect(bankEntry(page)).toBeVisible();
	await expect(welcome(page)).toHaveCount(0);
});
