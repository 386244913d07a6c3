import { expect, test } from '@playwright/test';
import { BANK_ID } from './helpers';

test('takes a three-question test and gets a score with every question reviewed', async ({ page }) => {
	await page.goto(`/quiz/${BANK_ID}`);
	await page.getByLabel(/Number of questions/).fill('3');
	await page.getByRole('button', { name: 'Start test' }).click();

	for (let n = 1; n <= 3; n++) {
		await expect(page.getByText(`Question ${n} of 3`)).toBeVisible();
		const mode = await page.locator('[data-mode]').getAttribute('data-mode');
		if (mode === 'choice') await page.locator('ol.choices button').first().click();
		else if (mode === 'truefalse') await page.getByRole('button', { name: /True/ }).click();
		else if (mode === 'typed') {
			await page.getByLabel('Your answer').fill('nothing like it');
			await page.keyboard.press('Enter');
		} else throw new Error(`a test asked a question only the learner could mark (${mode}): flashcards are left out of tests`);
	}

	await expect(page.getByRole('heading', { name: /^Score: \d of 3 \(\d+%\)$/ })).toBeVisible();
	await expect(page.locator('ol.items > li')).toHaveCount(3);
	await expect(page.getByText(/^From the article:/).first()).toBeVisible();
	// A test never touches the schedule: the library still shows every card as new.
	await page.goto('/');
	await expect(page.getByRole('article').filter({ hasText: 'Seeking North Korea' }).first()).toContainText('0 due');
});
