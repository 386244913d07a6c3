import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const ARTICLE = fileURLToPath(new URL('../fixtures/articles/chandrayaan-3-2023.txt', import.meta.url));

test('creates a bank from an article file on /create and studies one card of it', async ({ page }) => {
	await page.goto('/create');
	await page.getByLabel('Open a file (.txt, .md, .html)').setInputFiles(ARTICLE);
	await expect(page.getByLabel('Article text')).not.toHaveValue('');
	await page.getByLabel('Title').fill('Chandrayaan-3 test bank');
	await page.getByLabel('Publication date').fill('2023-09-01');
	await page.getByRole('button', { name: 'Generate questions' }).click();

	const review = page.getByRole('heading', { name: /^Review \d+ questions$/ });
	await expect(review).toBeVisible({ timeout: 30_000 });
	const items = page.locator('ol.review > li');
	expect(await items.count()).toBeGreaterThan(5);
	// Every generated question shows its source sentence highlighted in the article.
	await expect(items.first().locator('mark')).not.toBeEmpty();

	await items.first().getByRole('button', { name: 'Drop' }).click();
	await page.getByRole('button', { name: 'Save bank' }).click();
	await expect(page.getByRole('heading', { name: 'Bank saved' })).toBeVisible();
	await page.getByRole('link', { name: 'Study now' }).click();

	await expect(page).toHaveURL(/\/study\/chandrayaan-3-test-bank$/);
	const card = page.locator('[data-mode]');
	await expect(card).toBeVisible();
	const before = await page.getByTestId('counts').innerText();
	const mode = await card.getAttribute('data-mode');
	if (mode === 'reveal') {
		await page.keyboard.press('Space');
		await page.keyboard.press('3');
	} else {
		if (mode === 'choice') await page.keyboard.press('1');
		else if (mode === 'truefalse') await page.keyboard.press('t');
		else {
			await page.getByLabel('Your answer').fill('something');
			await page.keyboard.press('Enter');
		}
		await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByTestId('counts')).not.toHaveText(before);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

	// The new bank is in the library, beside the shipped ones.
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Chandrayaan-3 test bank' })).toBeVisible();
});
