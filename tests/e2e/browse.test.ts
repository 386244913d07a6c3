import { expect, test, type Page } from '@playwright/test';
import { BANK_TITLE } from './bank';

const CSV = 'front,back\nCapital of France,Paris\nCapital of Spain,Madrid\nCapital of Italy,Rome\n';

/** Imports three capitals as the bank "European capitals" (id "capitals"). */
async function importCapitals(page: Page): Promise<void> {
	await page.goto('/import');
	await page.getByLabel('Choose a file to import').setInputFiles({ name: 'capitals.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
	await page.getByLabel('Bank title').fill('European capitals');
	await page.getByRole('button', { name: 'Import 3 questions' }).click();
	await expect(page.getByRole('heading', { name: 'Imported 3 questions' })).toBeVisible();
}

const counts = (page: Page) => page.getByTestId('counts');
const list = (page: Page) => page.getByRole('listbox');
const found = (page: Page, n: number, total: number) => expect(page.getByText(`${n} of ${total} questions`, { exact: false })).toBeVisible();

test('searches, filters by state, suspends, moves and deletes by keyboard and with confirmation', async ({ page }) => {
	await importCapitals(page);
	await page.goto('/study/capitals');
	await expect(counts(page)).toHaveAttribute('aria-label', /: 3 new,/);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Browse' }).click();
	await expect(page.getByRole('heading', { name: 'Browse', level: 1 })).toBeVisible();
	// Every question of every bank: the shipped ones and the three just imported.
	const pager = page.getByText(/^\d+ of \d+ questions/);
	const [shown, total] = ((await pager.textContent()) ?? '').match(/\d+/g)!.map(Number);
	expect(shown).toBe(total);
	expect(total).toBeGreaterThan(3);

	// Search reaches answers as well as prompts.
	await page.getByRole('searchbox', { name: 'Search' }).fill('madrid');
	await found(page, 1, total);
	await expect(list(page).getByRole('option')).toHaveText(/Capital of Spain/);
	await page.getByRole('searchbox', { name: 'Search' }).fill('');

	// Nothing is suspended yet; a filter with no match says how to get out of it.
	await page.getByLabel('State').selectOption({ label: 'Suspended' });
	await expect(page.getByText('No question matches.')).toBeVisible();
	await page.getByRole('button', { name: 'Clear filters' }).first().click();
	await found(page, total, total);

	// Two cards of the capitals bank, selected with Space and Shift+Down, then suspended.
	await page.getByLabel('Bank', { exact: true }).selectOption({ label: 'European capitals' });
	await page.getByLabel('Sort by').selectOption({ label: 'Question' });
	await found(page, 3, total);
	await list(page).focus();
	await page.keyboard.press('Space');
	await page.keyboard.press('Shift+ArrowDown');
	await expect(page.getByText('2 questions selected.')).toBeVisible();
	await page.getByRole('button', { name: 'Suspend', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Suspended 2 cards.' })).toBeVisible();
	await page.getByLabel('State').selectOption({ label: 'Suspended' });
	await found(page, 2, total);
	await expect(list(page).getByRole('option')).toHaveText([/Capital of France/, /Capital of Italy/]);

	// They have left the study queue.
	await page.goto('/study/capitals');
	await expect(counts(page)).toHaveAttribute('aria-label', /: 1 new,/);

	// Move the one left (Spain) to the sample bank.
	await page.goto('/browse');
	await page.getByLabel('Bank', { exact: true }).selectOption({ label: 'European capitals' });
	await page.getByLabel('State').selectOption({ label: 'New' });
	await found(page, 1, total);
	await list(page).getByRole('option').click();
	await page.getByLabel('Move to').selectOption({ label: BANK_TITLE });
	await page.getByRole('button', { name: 'Move', exact: true }).click();
	await page.getByRole('button', { name: 'Move 1 question' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Moved 1 question to “${BANK_TITLE}”.` })).toBeVisible();
	await page.getByRole('button', { name: 'Clear filters' }).first().click();
	await page.getByRole('searchbox', { name: 'Search' }).fill('spain');
	await expect(list(page).getByRole('option')).toHaveText(new RegExp(BANK_TITLE.slice(0, 30)));

	// Delete it, after confirming; Cancel first backs out.
	await list(page).getByRole('option').click();
	await page.getByRole('button', { name: 'Delete', exact: true }).click();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await found(page, 1, total);
	await page.getByRole('button', { name: 'Delete', exact: true }).click();
	await page.getByRole('button', { name: 'Delete 1 question' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Deleted 1 question.' })).toBeVisible();
	await expect(page.getByText('No question matches.')).toBeVisible();
	await found(page, 0, total - 1);
});
