import { expect, test } from '@playwright/test';
import { answerTestQuestion, BANK_ID } from './helpers';

test('takes a three-question test and gets a score with every question reviewed', async ({ page }) => {
	await page.goto(`/quiz/${BANK_ID}`);
	await page.getByLabel(/Number of questions/).fill('3');
	await page.getByRole('button', { name: 'Start test' }).click();

	for (let n = 1; n <= 3; n++) {
		await expect(page.getByText(`Question ${n} of 3`)).toBeVisible();
		await answerTestQuestion(page);
	}

	await expect(page.getByRole('heading', { name: /^Score: \d of 3 \(\d+%\)$/ })).toBeVisible();
	await expect(page.locator('ol.items > li')).toHaveCount(3);
	await expect(page.getByText(/^From the article:/).first()).toBeVisible();
	// A test never touches the schedule: the library still shows every card as new.
	await page.goto('/');
	await expect(page.getByRole('article').filter({ hasText: 'Seeking North Korea' }).first()).toContainText('0 due');
});
