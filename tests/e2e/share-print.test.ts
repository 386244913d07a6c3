import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BANK_ID, BANK_TITLE, bankEntry } from './helpers';
import type { SeedQuestion } from './bank';
import type { Bank } from '$lib/core/bank/schema';
import { printableQuiz } from '$lib/core/quiz/print';

const seed = JSON.parse(readFileSync(`questions/${BANK_ID}.json`, 'utf8')) as { questions: SeedQuestion[] };
const letter = (i: number) => String.fromCharCode(65 + i);
// The sheet takes one question per fact, none next to one that gives it away (print.ts decides which).
const printed = printableQuiz(JSON.parse(readFileSync(`questions/${BANK_ID}.json`, 'utf8')) as Bank).items.map((item) =>
	seed.questions.find((q) => q.prompt === item.prompt)!
);

/** The seed bank's overview, reached the way a user gets there: its title in the library. */
async function openOverview(page: Page) {
	await page.goto('/');
	await bankEntry(page).getByRole('link', { name: BANK_TITLE }).click();
	await expect(page).toHaveURL(new RegExp(`/banks/${BANK_ID}$`));
	await expect(page.getByRole('heading', { level: 1, name: BANK_TITLE })).toBeVisible();
}

test.describe('bank overview', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('shows no attempts yet, copies a share link and downloads the bank file', async ({ page, baseURL }) => {
		await openOverview(page);
		await expect(page.getByText(`${seed.questions.length} questions on`)).toBeVisible();
		const attempts = page.getByRole('region', { name: 'Test attempts' });
		await expect(attempts).toContainText('No tests taken yet');
		await expect(attempts.getByRole('link', { name: 'Take a test' })).toHaveAttribute('href', `/quiz/${BANK_ID}`);

		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied.startsWith(`${baseURL}/share#b=`)).toBe(true);
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toContainText(`(${copied.length.toLocaleString('en')} characters)`);

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download bank' }).click()]);
		expect(download.suggestedFilename()).toBe(`${BANK_ID}.factdeck.json`);
		const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { id: string; questions: unknown[] };
		expect(saved.id).toBe(BANK_ID);
		expect(saved.questions).toHaveLength(seed.questions.length);
	});
});

test('the print page gives a numbered student sheet and an answer key, and prints without the site chrome', async ({ page }) => {
	await openOverview(page);
	await page.getByRole('link', { name: 'Print', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/banks/${BANK_ID}/print$`));

	const sheet = page.locator('article.sheet');
	await expect(sheet.getByRole('heading', { level: 1, name: BANK_TITLE })).toBeVisible();
	// The bank tabs stay off the sheet.
	await expect(page.getByRole('navigation', { name: 'Bank' })).toHaveCount(0);
	const questions = sheet.locator('ol.questions > li');
	await expect(questions).toHaveCount(new Set(seed.questions.map((q) => q.fact)).size);
	expect(printed).toHaveLength(new Set(printed.map((q) => q.fact)).size);
	await expect(questions.first().locator('.prompt')).toContainText('1.');

	const n = printed.findIndex((q) => q.type === 'mcq');
	const mcq = printed[n];
	const item = questions.nth(n);
	await expect(item.locator('.prompt')).toContainText(`${n + 1}.`);
	await expect(item.locator('ol.choices > li')).toHaveText(mcq.choices!.map((c, i) => `${letter(i)}. ${c}`));

	const key = page.getByRole('region', { name: 'Answer key' });
	await expect(key.locator('li')).toHaveCount(printed.length);
	const right = mcq.choices!.indexOf(String(mcq.answer));
	await expect(key.locator('li').nth(n)).toHaveText(`${n + 1}. ${letter(right)}. ${mcq.answer}`);

	await page.getByLabel('Include the answer key').uncheck();
	await expect(key).toHaveCount(0);
	await page.getByLabel('Include the answer key').check();

	const header = page.locator('header.site');
	const print = page.getByRole('button', { name: 'Print', exact: true });
	await expect(header).toBeVisible();
	await expect(print).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(header).toBeHidden();
	await expect(print).toBeHidden();
	await expect(page.getByRole('link', { name: 'Back', exact: true })).toBeHidden();
	await expect(questions.first()).toBeVisible();
	await expect(key).toBeVisible();
	// The key starts a new printed page.
	expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
});

test('deleting the bank asks first, then returns to the library without it', async ({ page }) => {
	await openOverview(page);
	await page.getByRole('button', { name: 'Delete bank' }).click();
	const confirm = page.getByRole('group', { name: /^Delete “.*” from this device\?$/ });
	await expect(confirm).toContainText('your study progress and review history');
	await confirm.getByRole('button', { name: 'Cancel' }).click();
	await expect(confirm).toHaveCount(0);

	await page.getByRole('button', { name: 'Delete bank' }).click();
	await page.getByRole('button', { name: 'Delete for good' }).click();
	await expect(page).toHaveURL(/\/$/);
	// Once the list has loaded (some bank or the empty state shows), the deleted one is not in it.
	await expect(
		page
			.getByRole('article')
			.or(page.getByRole('heading', { name: 'No banks yet' }))
			.first()
	).toBeVisible();
	await expect(page.getByRole('heading', { name: BANK_TITLE, exact: true })).toHaveCount(0);
	await page.goto(`/banks/${BANK_ID}`);
	await expect(page.getByRole('alert')).toContainText(`There is no bank "${BANK_ID}" on this device.`);
});
