/**
 * The statistics page in the built app: empty before any answer, then, after a
 * few cards studied, the numbers, the charts (drawn by uPlot, loaded on this
 * page only) and their tables, for all banks and for one; no serious or
 * critical accessibility violation in light or dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { answerCard, BANK_ID, BANK_TITLE, STUDY_PATH, waitForCard } from './helpers';

const ANSWERS = 4;

/** Studies `n` cards of the seed bank, the last one rated Again. */
async function study(page: Page, n: number): Promise<void> {
	await page.goto(STUDY_PATH);
	for (let i = 0; i < n; i++) {
		await waitForCard(page);
		await answerCard(page, i === n - 1 ? { rating: 'Again' } : {});
	}
	await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();
}

/** The value shown beside a summary number's label. */
const tile = (page: Page, label: string | RegExp) =>
	page
		.locator('.tiles div')
		.filter({ has: page.getByText(label) })
		.locator('dd');

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} colour scheme`, () => {
		test.use({ colorScheme });

		test('an empty page says what to do; after studying, the numbers, charts and tables show, for all banks and for one', async ({ page }) => {
			await page.goto('/stats');
			await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible();
			await expect(page.getByText('No reviews yet.')).toBeVisible();
			await expect(page.getByRole('link', { name: 'Study a few cards' })).toHaveAttribute('href', '/study');
			expect(await seriousViolations(page)).toEqual([]);

			await study(page, ANSWERS);
			await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statistics' }).click();
			await expect(page).toHaveURL(/\/stats$/);
			await expect(tile(page, /^Answers/)).toHaveText(String(ANSWERS));
			await expect(tile(page, 'Streak')).toHaveText('1 day');
			await expect(page.getByText(`${ANSWERS} answers in the last 30 days, on 1 day`)).toBeVisible();
			// Each uPlot chart draws a canvas; the heat map is an SVG with a label for screen readers.
			await expect(page.locator('.chart canvas')).toHaveCount(4);
			await expect(page.getByRole('img', { name: /Study calendar of the last 53 weeks: 1 days? with answers/ })).toBeVisible();
			// The chart's numbers, as a table.
			const reviews = page.getByRole('region', { name: /Answers per day/ });
			await reviews.getByText('Show the numbers').click();
			await expect(reviews.getByRole('table').getByRole('row')).toHaveCount(2);
			await expect(reviews.getByRole('table').getByRole('cell', { name: String(ANSWERS), exact: true })).toBeVisible();
			// Read after the rest: a card failed while still being learned is no lapse, so none is hard yet.
			const hardest = page.getByRole('region', { name: 'Hardest questions' });
			await expect(hardest.getByText('No question gives you trouble')).toBeVisible();
			const bankRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: BANK_TITLE, exact: true }) });
			await expect(bankRow.getByRole('cell').last()).toHaveText('0 of 31');
			// The year: the same answers.
			await page.getByRole('radio', { name: 'Last 12 months' }).check();
			await expect(page.getByText(`${ANSWERS} answers in the last 12 months`)).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);

			// One bank, from the table of banks, and from the bank's own tabs.
			await page.getByRole('link', { name: BANK_TITLE, exact: true }).click();
			await expect(page).toHaveURL(`/stats/${BANK_ID}`);
			await expect(page.getByText(`${BANK_TITLE} · Open the bank · Every bank`)).toBeVisible();
			await expect(tile(page, /^Answers/)).toHaveText(String(ANSWERS));
			await expect(page.locator('.chart canvas')).toHaveCount(4);
			expect(await seriousViolations(page)).toEqual([]);
			await page.getByRole('link', { name: 'Open the bank' }).click();
			await expect(page).toHaveURL(`/banks/${BANK_ID}`);
			await expect(page.getByRole('heading', { name: BANK_TITLE, level: 1 })).toBeVisible();
			await page.getByRole('navigation', { name: 'Bank' }).getByRole('link', { name: 'Statistics' }).click();
			await expect(page).toHaveURL(`/stats/${BANK_ID}`);
			await expect(tile(page, /^Answers/)).toHaveText(String(ANSWERS));
		});
	});
}

test('a bank that is not on the device is said so', async ({ page }) => {
	await page.goto('/stats/no-such-bank');
	await expect(page.getByRole('alert')).toHaveText('There is no bank “no-such-bank” on this device.');
	await expect(page.getByRole('link', { name: 'Statistics of every bank' })).toHaveAttribute('href', '/stats');
});

test('the statistics page is reached with the keyboard alone, and its period is switched with it', async ({ page }) => {
	await study(page, 2);
	await page.goto('/stats');
	await expect(tile(page, /^Answers/)).toHaveText('2');
	await page.getByRole('radio', { name: 'Last 30 days' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Last 12 months' })).toBeChecked();
	await expect(page.getByText('2 answers in the last 12 months')).toBeVisible();
	// The table of a chart opens from the keyboard.
	const forecast = page.getByRole('region', { name: /^Due in the next/ });
	await forecast.getByText('Show the numbers').focus();
	await page.keyboard.press('Enter');
	await expect(forecast.getByRole('table')).toBeVisible();
});

test.describe('on a small phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the page scrolls only up and down; the calendar scrolls sideways in its own box', async ({ page }) => {
		await study(page, 2);
		await page.goto('/stats');
		await expect(page.locator('.chart canvas')).toHaveCount(4);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
	});
});
