import { expect, test } from '@playwright/test';

test('a settings number left empty saves nothing, and one out of range shows the value kept', async ({ page }) => {
	await page.goto('/settings');
	const field = page.getByLabel('New cards per bank per day');
	await field.fill('35');
	await field.press('Tab');
	await expect(page.getByText('Saved.', { exact: true })).toBeVisible();

	await field.fill('');
	await field.press('Tab');
	await expect(page.getByRole('status').filter({ hasText: 'Not saved: enter a number.' })).toBeVisible();
	await expect(field).toHaveValue('35');

	// Twice: the second time the stored value does not change, and the field must still show it.
	for (let i = 0; i < 2; i++) {
		await field.fill('100000');
		await field.press('Tab');
		await expect(field).toHaveValue('9999');
	}
	await page.reload();
	await expect(page.getByLabel('New cards per bank per day')).toHaveValue('9999');
});
