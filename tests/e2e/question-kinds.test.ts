import { expect, test, type Page } from '@playwright/test';
import { reviewCount } from './probes';
import { bank as BANK } from '../unit/core/quiz/new-kinds';

async function importKinds(page: Page): Promise<void> {
	await page.goto('/import');
	await page
		.getByLabel('Choose a file to import')
		.setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(BANK)) });
	await page.getByRole('button', { name: 'Import 3 questions' }).click();
	await expect(page.getByRole('heading', { name: 'Imported 3 questions' })).toBeVisible();
}

const card = (page: Page) => page.locator('[data-mode]');
const feedback = (page: Page) => page.getByRole('region', { name: 'Answer' });

test('studies a choose all that apply card by keys, a matching card and a number card, with partial credit', async ({ page }) => {
	await importKinds(page);
	await page.goto(`/study/${BANK.id}`);
	const seen: string[] = [];
	for (let n = 0; n < 3; n++) {
		await expect(card(page)).toBeVisible();
		const mode = (await card(page).getAttribute('data-mode'))!;
		seen.push(mode);
		if (mode === 'multi') {
			await expect(page.getByRole('checkbox', { name: /Blue/ })).toBeVisible();
			// Keys 1 and 4 tick Blue and Red, 2 ticks and unticks Green; Enter checks.
			for (const key of ['1', '2', '4', '2']) await page.keyboard.press(key);
			await expect(page.getByRole('checkbox', { name: /Green/ })).not.toBeChecked();
			await page.keyboard.press('Enter');
			await expect(feedback(page)).toContainText('Partly right. 2 of 3 right choices ticked: 66.7%.');
			await expect(card(page).locator('li.right')).toHaveCount(2);
			await expect(card(page).locator('li.missed')).toContainText('White');
			await expect(page.getByRole('button', { name: /^Hard/ })).toHaveAttribute('aria-pressed', 'true');
		} else if (mode === 'matching') {
			await page.getByLabel('Cat').selectOption('Meow');
			await page.getByLabel('Dog').selectOption('Moo');
			await page.getByRole('button', { name: 'Check' }).click();
			await expect(feedback(page)).toContainText('Partly right. 1 of 2 matched right: 50%.');
			await expect(card(page).locator('li.wrong')).toContainText('it matches Woof');
		} else {
			expect(mode).toBe('typed');
			await page.getByLabel('Your answer').fill('1,815');
			await page.keyboard.press('Enter');
			await expect(feedback(page)).toContainText('Correct. Accepted: "1,815" is the number 1815.');
		}
		await page.getByRole('button', { name: 'Continue' }).click();
		// The next card is on screen once the page is no longer showing an answer.
		if (n < 2) await expect(page.locator('section.study')).not.toHaveClass(/\banswered\b/);
	}
	expect(seen.toSorted()).toEqual(['matching', 'multi', 'typed']);
	await expect.poll(() => reviewCount(page)).toBe(3);
});

test('takes a test where a half-right answer counts half', async ({ page }) => {
	await importKinds(page);
	await page.goto(`/quiz/${BANK.id}`);
	await page.getByLabel(/Number of questions/).fill('3');
	await page.getByRole('button', { name: 'Start test' }).click();
	for (let n = 1; n <= 3; n++) {
		await expect(page.getByText(`Question ${n} of 3`)).toBeVisible();
		await expect(card(page)).toBeVisible();
		const mode = await card(page).getAttribute('data-mode');
		if (mode === 'multi') {
			await page.getByRole('checkbox', { name: /Blue/ }).check();
			await page.getByRole('checkbox', { name: /Red/ }).check();
			await page.getByRole('button', { name: 'Check' }).click();
		} else if (mode === 'matching') {
			await page.getByLabel('Cat').selectOption('Meow');
			await page.getByLabel('Dog').selectOption('Moo');
			await page.keyboard.press('Enter');
		} else {
			await page.getByLabel('Your answer').fill('1812');
			await page.keyboard.press('Enter');
		}
	}
	// Two thirds, a half and a half: 1.67 of 3.
	await expect(page.getByRole('heading', { name: 'Score: 1.67 of 3 (56%)' })).toBeVisible();
	const items = page.locator('ol.items > li');
	await expect(items.filter({ hasText: 'French flag' })).toContainText('Partly right (66.7%)');
	await expect(items.filter({ hasText: 'French flag' })).toContainText(/Your answer: (Blue\s+Red|Red\s+Blue) /);
	await expect(items.filter({ hasText: 'animal' })).toContainText('Cat → Meow');
	await expect(items.filter({ hasText: 'Waterloo' })).toContainText('Partly right (50%)');
});
