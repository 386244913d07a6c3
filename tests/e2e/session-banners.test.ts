/**
 * While a study session or a test runs, nothing appears above the card or
 * moves it: the backup reminder waits for the test report or the library. The
 * offline badge, in the header's one line, says the network is gone without
 * moving anything either.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { BANK_ID, STUDY_PATH } from './helpers';
import { studyOneCard } from './imported';

/** Time for the layout's background work (at most 2 s after mounting) and the reminder's check. */
const BACKGROUND_SETTLES_MS = 3500;

const reminder = (page: Page) => page.getByRole('status', { name: 'Backup reminder' });
const offlineBadge = (page: Page) => page.getByRole('status').filter({ hasText: /^Offline$/ });
const top = async (card: Locator) => (await card.boundingBox())!.y;

test('the backup reminder waits while a card is studied, and shows in the library', async ({ page }) => {
	// A reviewed card is progress to lose: the reminder is due from now on.
	await studyOneCard(page, BANK_ID);

	await page.goto(STUDY_PATH);
	const card = page.locator('[data-mode]');
	await expect(card).toBeVisible();
	const before = await top(card);
	await page.waitForTimeout(BACKGROUND_SETTLES_MS);
	await expect(reminder(page)).toHaveCount(0);
	expect(await top(card)).toBe(before);

	await page.getByRole('link', { name: 'Library', exact: true }).click();
	await expect(reminder(page)).toBeVisible();
});

test('the backup reminder hides while a test runs and comes back on its report', async ({ page }) => {
	await studyOneCard(page, BANK_ID);
	await page.goto(`/quiz/${BANK_ID}`);
	await expect(reminder(page)).toBeVisible();

	await page.getByLabel(/Number of questions/).fill('2');
	await page.getByRole('button', { name: 'Start test' }).click();
	const card = page.locator('[data-mode]');
	await expect(card).toBeVisible();
	await expect(reminder(page)).toHaveCount(0);
	const before = await top(card);
	await page.waitForTimeout(BACKGROUND_SETTLES_MS);
	expect(await top(card)).toBe(before);

	await page.getByRole('button', { name: 'End test now' }).click();
	await expect(reminder(page)).toBeVisible();
});

test('an offline badge shows while the network is gone, without moving the card', async ({ page, context }) => {
	await page.goto(STUDY_PATH);
	const card = page.locator('[data-mode]');
	await expect(card).toBeVisible();
	await expect(offlineBadge(page)).toHaveCount(0);
	const before = await top(card);

	await context.setOffline(true);
	await expect(offlineBadge(page)).toBeVisible();
	expect(await top(card)).toBe(before);

	await context.setOffline(false);
	await expect(offlineBadge(page)).toHaveCount(0);
});

test('the offline badge fits the header on a phone, beside the menu', async ({ page, context }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(STUDY_PATH);
	const card = page.locator('[data-mode]');
	await expect(card).toBeVisible();
	const before = await top(card);
	await context.setOffline(true);
	await expect(offlineBadge(page)).toBeVisible();
	expect(await top(card)).toBe(before);
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
});
