/**
 * The bank editor on the two legal banks that froze it for minutes: 40,000
 * questions (what a 5 MB CSV gives) and one 10 MB prompt (what a 26 KB .apkg
 * gives). Each opens, edits one question and saves. Timeouts are generous so
 * that a regression fails the test instead of hanging it; nothing is timed tightly.
 */
import { expect, test, type Page } from '@playwright/test';

test.describe.configure({ timeout: 300_000 });

const bank = (id: string, title: string, questions: object[]) => Buffer.from(JSON.stringify({ format: 'factdeck.bank', version: 1, id, title, questions }));

/** Imports a bank file through /import, as a teacher does. */
async function importBank(page: Page, name: string, file: Buffer): Promise<void> {
	await page.goto('/import');
	await page.getByLabel('Choose a file to import').setInputFiles({ name, mimeType: 'application/json', buffer: file });
	await page.getByRole('button', { name: /^Import \d/ }).click({ timeout: 120_000 });
	await expect(page.getByRole('heading', { name: /^Imported/ })).toBeVisible({ timeout: 180_000 });
}

const row = (page: Page, n: number) => page.getByRole('button', { name: new RegExp(`^Question ${n}\\b`) });
const question = (page: Page, n: number) => page.getByRole('region', { name: `Question ${n}`, exact: true });
const saveState = (page: Page) => page.locator('#save-state');

test('a bank of 40,000 questions opens as a list of pages; one question is found, edited and saved', async ({ page }) => {
	const count = 40_000;
	const questions = Array.from({ length: count }, (_, i) => ({
		id: `q-${i}`,
		fact: `f-${i}`,
		type: 'flashcard',
		prompt: `Word ${i} of the list`,
		answer: `Meaning ${i}`
	}));
	await importBank(page, 'many.json', bank('many', 'Many questions', questions));

	await page.goto('/banks/many/edit');
	await expect(row(page, 1)).toBeVisible({ timeout: 60_000 });
	await expect(page.getByRole('heading', { name: `Questions (${count})` })).toBeVisible();
	await expect(page.getByText('Page 1 of 800')).toBeVisible();

	await page.getByLabel('Search questions and answers').fill('word 39999 ');
	await row(page, count).click();
	const last = question(page, count);
	await expect(last.getByRole('heading')).toBeFocused();
	await last.getByLabel('Front').fill('Word 39999 of the list, edited');
	await expect(saveState(page)).toHaveText('Unsaved changes.', { timeout: 30_000 });
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(saveState(page)).toHaveText('Saved.', { timeout: 180_000 });

	await page.reload();
	await page.getByLabel('Search questions and answers').fill('edited', { timeout: 60_000 });
	await expect(row(page, count)).toContainText('Word 39999 of the list, edited');
	await expect(page.getByRole('heading', { name: `Questions (${count})` })).toBeVisible();
});

/**
 * Makes the prompt of question `id` of a stored bank `size` characters long,
 * straight in IndexedDB: imports now refuse such a field, but banks stored
 * before that cap (or restored from a backup) still hold them.
 */
async function storeLongPrompt(page: Page, bankId: string, id: string, size: number): Promise<void> {
	await page.evaluate(
		async ({ bankId, id, size }) => {
			const done = (r: IDBRequest | IDBTransaction) =>
				new Promise<void>((resolve, reject) => {
					if (r instanceof IDBTransaction) r.oncomplete = () => resolve();
					else r.onsuccess = () => resolve();
					r.onerror = () => reject(r.error);
				});
			const open = indexedDB.open('factdeck');
			await done(open);
			// Questions are stored in pages of a bank (version 8): the page holding the question is rewritten.
			const tx = open.result.transaction('questionPages', 'readwrite');
			const cursor = tx.objectStore('questionPages').openCursor();
			cursor.onsuccess = () => {
				const at = cursor.result;
				if (!at) return;
				const questions = at.value.questions as { id: string; prompt: string }[];
				if (at.value.bankId === bankId && questions.some((q) => q.id === id)) {
					const prompt = 'lorem ipsum dolor sit amet '.repeat(size / 27 + 1).slice(0, size);
					at.update({ ...at.value, questions: questions.map((q) => (q.id === id ? { ...q, prompt } : q)) });
				}
				at.continue();
			};
			await done(tx);
			open.result.close();
		},
		{ bankId, id, size }
	);
}

test('a 10 MB prompt is previewed in its row and shown truncated; its answer is edited and saved', async ({ page }) => {
	const questions = [
		{ id: 'q-big', fact: 'big', type: 'flashcard', prompt: 'To be made long', answer: 'Long' },
		{ id: 'q-small', fact: 'small', type: 'short', prompt: 'A short question?', answer: 'Yes' }
	];
	await importBank(page, 'huge.json', bank('huge', 'Huge field', questions));
	await storeLongPrompt(page, 'huge', 'q-big', 10 * 1024 * 1024);

	await page.goto('/banks/huge/edit');
	await expect(row(page, 1)).toBeVisible({ timeout: 60_000 });
	const preview = (await row(page, 1).innerText()).split('\n').at(-1)!;
	expect(preview.length).toBeLessThanOrEqual(120);
	expect(preview.endsWith('…')).toBe(true);

	await row(page, 1).click();
	const big = question(page, 1);
	await expect(big.getByText('This field holds 10,485,760 characters; the editor edits fields of at most 100,000 characters by hand.')).toBeVisible();
	await big.getByRole('button', { name: 'Show the first 10,000 characters' }).click();
	await expect(big.getByLabel('Front')).toHaveJSProperty('readOnly', true);
	expect((await big.getByLabel('Front').inputValue()).length).toBe(10_000);

	await big.getByLabel('Back').fill('Very long');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(saveState(page)).toHaveText('Saved.', { timeout: 120_000 });

	await page.reload();
	await row(page, 1).click({ timeout: 60_000 });
	await expect(question(page, 1).getByLabel('Back')).toHaveValue('Very long');
	await expect(question(page, 1).getByText('This field holds 10,485,760 characters')).toBeVisible();
});
