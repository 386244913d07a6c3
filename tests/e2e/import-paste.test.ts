import { expect, test, type Page } from '@playwright/test';
import { libraryTitles, storedBankIds } from './imported';

/** The previewed questions, one list item each. */
const sample = (page: Page) => page.getByTestId('question-sample').locator(':scope > li');

async function importAs(page: Page, title: string, count: number): Promise<void> {
	await page.getByLabel('Bank title').fill(title);
	await page.getByRole('button', { name: `Import ${count} questions` }).click();
	await expect(page.getByRole('heading', { name: `Imported ${count} questions` })).toBeVisible();
	expect(await libraryTitles(page)).toContain(title);
}

test('Quizlet text with custom separators is previewed card by card, then imported', async ({ page }) => {
	await page.goto('/import');
	await page.getByLabel('Text to import').fill('Seoul :: Capital of South Korea ## Busan :: Largest port ##\nDaegu ## Incheon :: Airport city');
	await page.getByLabel('Quizlet export').check();
	await page.getByRole('group', { name: 'Between term and definition' }).getByLabel('Custom').check();
	await page.getByLabel('Custom separator between term and definition').fill('::');
	await page.getByRole('group', { name: 'Between cards' }).getByLabel('Custom').check();
	await page.getByLabel('Custom separator between cards').fill('##');
	await page.getByRole('button', { name: 'Preview pasted text' }).click();

	await expect(page.getByText('Detected format: Quizlet export')).toBeVisible();
	await expect(page.getByTestId('question-count')).toHaveText('3');
	await expect(sample(page)).toHaveCount(3);
	await expect(sample(page).nth(0)).toContainText('Flashcard');
	await expect(sample(page).nth(0)).toContainText('Seoul');
	await expect(sample(page).nth(0)).toContainText('Answer: Capital of South Korea');
	await expect(sample(page).nth(2)).toContainText('Answer: Airport city');
	await expect(page.getByTestId('unsupported')).toContainText('no separator between term and definition in "Daegu"');
	expect(await storedBankIds(page)).not.toContain('pasted-questions');

	await importAs(page, 'Korean cities', 3);
	expect(await storedBankIds(page)).toContain('pasted-questions');
});

test('cells pasted from a spreadsheet are detected, shown with a problem marked, and imported', async ({ page }) => {
	await page.goto('/import');
	const rows = [
		['question', 'answer', 'choices'],
		['Capital of South Korea?', 'Seoul', 'Seoul|Busan|Incheon'],
		['Largest port?', 'Busan', 'Incheon|Ulsan'],
		['Seoul is on the Han river.', 'true', '']
	];
	await page.getByLabel('Text to import').fill(rows.map((r) => r.join('\t')).join('\n'));
	await page.getByRole('button', { name: 'Preview pasted text' }).click();

	await expect(page.getByText('Detected format: TSV (tab-separated text)')).toBeVisible();
	await expect(sample(page)).toHaveCount(3);
	const first = sample(page).nth(0);
	await expect(first).toContainText('Multiple choice');
	await expect(first.getByRole('list', { name: 'Choices' }).getByRole('listitem')).toHaveText([/^Seoul, the answer\s*✓$/, 'Busan', 'Incheon']);
	await expect(first.getByRole('list', { name: 'Problems' })).toHaveCount(0);
	const flagged = sample(page).nth(1);
	await expect(flagged.getByRole('list', { name: 'Problems' })).toContainText('Problem: the answer "Busan" is not among the choices; it was added as one');
	await expect(flagged).toContainText('line 3');

	await importAs(page, 'Korean geography', 3);
});

test('pasted text that fits no format says what to do, and an empty paste asks for text', async ({ page }) => {
	await page.goto('/import');
	await page.getByRole('button', { name: 'Preview pasted text' }).click();
	await expect(page.getByRole('alert')).toContainText('Paste some text first');
	await page.getByLabel('Text to import').fill('Just one sentence of prose.');
	await page.getByRole('button', { name: 'Preview pasted text' }).click();
	await expect(page.getByRole('alert')).toContainText('Factdeck cannot tell what the pasted text is');
});
