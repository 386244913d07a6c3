import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedQuestion } from './bank';
import { answerCard, BANK_ID, lastReview, reviewCount, STUDY_PATH } from './helpers';

const EDIT_PATH = `/banks/${BANK_ID}/edit`;
/** The seed bank's questions in bank order, as the editor lists them before any edit. */
const SEED: SeedQuestion[] = JSON.parse(readFileSync(join(process.cwd(), 'questions', `${BANK_ID}.json`), 'utf8')).questions;

/** The list's heading, which counts every question of the bank. */
const questionsHeading = (page: Page) => page.getByRole('heading', { name: /^Questions \(\d+\)$/ });
/** The row of question n (1-based), on the page shown. */
const row = (page: Page, n: number) => page.getByRole('button', { name: new RegExp(`^Question ${n}\\b`) });
/** The open question n. */
const question = (page: Page, n: number) => page.getByRole('region', { name: `Question ${n}`, exact: true });
/** Opens question n from its row (on the list's first page) and returns it. */
async function open(page: Page, n: number): Promise<Locator> {
	if (!(await question(page, n).count())) await row(page, n).click();
	await expect(question(page, n).getByRole('heading')).toBeFocused();
	return question(page, n);
}
/** The first text box of a question is its prompt, whatever the type calls it (Question, Front, Statement…). */
const prompt = (region: Locator) => region.getByRole('textbox').first();
const saveButton = (page: Page) => page.getByRole('button', { name: 'Save changes' });
const saveState = (page: Page) => page.locator('#save-state');
/** How many questions the bank has, as the list's heading says. */
async function questionCount(page: Page): Promise<number> {
	return Number((await questionsHeading(page).innerText()).match(/\d+/)![0]);
}

async function openEditor(page: Page): Promise<number> {
	await page.goto(EDIT_PATH);
	// The first visit loads the shipped bank into IndexedDB before the editor can show it.
	await expect(row(page, 1)).toBeVisible({ timeout: 30_000 });
	return questionCount(page);
}

/** A card as stored, read straight from IndexedDB: its schedule, not its identity. */
async function storedCard(page: Page, fact: string) {
	return page.evaluate(
		async ({ id }) => {
			const request = <T>(r: IDBRequest<T>) =>
				new Promise<T>((resolve, reject) => {
					r.onsuccess = () => resolve(r.result);
					r.onerror = () => reject(r.error);
				});
			for (const { name } of await indexedDB.databases()) {
				if (!name) continue;
				const db = await request(indexedDB.open(name));
				try {
					if (!db.objectStoreNames.contains('cards')) continue;
					const card = await request(db.transaction('cards').objectStore('cards').get(id));
					if (card) return { state: card.state, reps: card.reps, stability: card.stability, due: new Date(card.due).getTime() };
				} finally {
					db.close();
				}
			}
			return null;
		},
		{ id: `${BANK_ID}\u0000${fact}` }
	);
}

test('changes a prompt, saves, and finds the new prompt after a reload', async ({ page }) => {
	const count = await openEditor(page);
	await expect(page.getByText('This bank comes with Factdeck. Saving makes it your own copy')).toBeVisible();
	await expect(saveButton(page)).toBeDisabled();
	await expect(saveState(page)).toHaveText('No changes to save.');

	// Question 2 of the seed bank is a cloze, so the new prompt keeps its blank.
	const edited = 'According to the article, Joe Biden took the oath as U.S. president on ____.';
	await prompt(await open(page, 2)).fill(edited);
	await expect(saveState(page)).toHaveText('Unsaved changes.');
	await saveButton(page).click();
	await expect(saveState(page)).toHaveText('Saved.');
	await expect(saveButton(page)).toBeDisabled();

	await page.reload();
	await expect(row(page, 2)).toContainText(edited, { timeout: 30_000 });
	await expect(prompt(await open(page, 2))).toHaveValue(edited);
	expect(await questionCount(page)).toBe(count);
	// Saved, the bank is the learner's own copy now.
	await expect(page.getByText('This bank comes with Factdeck')).toHaveCount(0);
});

test('lists questions a page at a time, finds them by search, and opens one with the keyboard', async ({ page }) => {
	const count = await openEditor(page);
	expect(count).toBeGreaterThan(50);
	await expect(row(page, 50)).toBeVisible();
	await expect(row(page, 51)).toHaveCount(0);
	await page.getByRole('button', { name: 'Next page' }).click();
	await expect(row(page, 51)).toBeVisible();

	const wanted = SEED.findIndex((q) => q.type === 'mcq');
	const words = SEED[wanted].prompt.split(/\s+/).slice(0, 4).join(' ');
	await page.getByLabel('Search questions and answers').fill(words.toUpperCase());
	await expect(row(page, wanted + 1)).toBeVisible();
	await expect(row(page, wanted + 1)).toContainText('Multiple choice');
	await row(page, wanted + 1).focus();
	await page.keyboard.press('Enter');
	const opened = question(page, wanted + 1);
	await expect(opened.getByRole('heading')).toBeFocused();
	await expect(prompt(opened)).toHaveValue(SEED[wanted].prompt);
	await opened.getByRole('button', { name: 'Close' }).click();
	await expect(row(page, wanted + 1)).toBeFocused();
});

test('deletes questions and brings them back with Undo and Ctrl+Z, in turn', async ({ page }) => {
	const count = await openEditor(page);
	const [third, fourth] = [SEED[2].prompt, SEED[3].prompt];

	await (await open(page, 3)).getByRole('button', { name: 'Delete' }).click();
	await expect(questionsHeading(page)).toHaveText(`Questions (${count - 1})`);
	// The question that took its place has the focus, on its row.
	await expect(row(page, 3)).toBeFocused();
	await expect(prompt(await open(page, 3))).toHaveValue(fourth);
	await expect(page.getByRole('status').filter({ hasText: 'Deleted question 3' })).toBeVisible();
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(questionsHeading(page)).toHaveText(`Questions (${count})`);
	await expect(prompt(question(page, 3))).toHaveValue(third);
	await expect(question(page, 3).getByRole('heading')).toBeFocused();

	// Two deletes, then Ctrl+Z twice (focus is on a row or a heading, not in a text field).
	await question(page, 3).getByRole('button', { name: 'Delete' }).click();
	await (await open(page, 3)).getByRole('button', { name: 'Delete' }).click();
	await expect(questionsHeading(page)).toHaveText(`Questions (${count - 2})`);
	await expect(page.getByText('2 deletes can be undone.')).toBeVisible();
	await page.keyboard.press('Control+z');
	await expect(questionsHeading(page)).toHaveText(`Questions (${count - 1})`);
	await expect(prompt(question(page, 3))).toHaveValue(fourth);
	await page.keyboard.press('Control+z');
	await expect(questionsHeading(page)).toHaveText(`Questions (${count})`);
	await expect(prompt(question(page, 3))).toHaveValue(third);
	await expect(saveButton(page)).toBeDisabled();
});

test('an emptied prompt shows the schema message beside it and in the summary, and blocks saving', async ({ page }) => {
	await openEditor(page);
	const first = await open(page, 1);
	await prompt(first).fill('');
	await expect(first.getByText('prompt is empty')).toBeVisible();
	await expect(saveButton(page)).toBeDisabled();
	await expect(saveState(page)).toHaveText('Fix the problem listed at the top to save.');

	// The link opens the question again when it was closed.
	await first.getByRole('button', { name: 'Close' }).click();
	await expect(row(page, 1)).toContainText('1 problem');
	const link = page.getByRole('link', { name: 'Question 1, prompt' });
	await expect(link).toBeVisible();
	await link.click();
	await expect(prompt(first)).toBeFocused();

	await prompt(first).fill('Where were the three leaders photographed together?');
	await expect(link).toHaveCount(0);
	await expect(saveButton(page)).toBeEnabled();
});

test('adds a flashcard and saves: the bank has one question more', async ({ page }) => {
	const count = await openEditor(page);
	await page.getByRole('button', { name: 'Add flashcard' }).click();
	const added = question(page, count + 1);
	await expect(added.getByLabel('Front')).toBeFocused();
	await expect(saveButton(page)).toBeDisabled();
	await added.getByLabel('Front').fill("Who was South Korea's foreign minister in early 2021?");
	await added.getByLabel('Back').fill('Kang Kyung-wha');
	await expect(added.getByLabel('Fact it tests')).toHaveValue('');
	await saveButton(page).click();
	await expect(saveState(page)).toHaveText('Saved.');

	await page.getByRole('link', { name: 'Overview' }).click();
	await expect(page.getByText(`${count + 1} questions`)).toBeVisible();
});

test('asks before leaving with unsaved changes', async ({ page }) => {
	await openEditor(page);
	await prompt(await open(page, 1)).fill('An unsaved change');
	page.once('dialog', (dialog) => void dialog.dismiss());
	await page.getByRole('link', { name: 'Overview' }).click();
	await expect(page).toHaveURL(new RegExp(`${EDIT_PATH}$`));
	await expect(prompt(question(page, 1))).toHaveValue('An unsaved change');

	// Closing the tab gets the browser's own question.
	const asked = page.waitForEvent('dialog');
	await page.close({ runBeforeUnload: true });
	const dialog = await asked;
	expect(dialog.type()).toBe('beforeunload');
	await dialog.accept();
});

test('moving a question keeps it open and focus on it, across pages too', async ({ page }) => {
	await openEditor(page);
	const second = SEED[1].prompt;
	await (await open(page, 2)).getByRole('button', { name: 'Move up' }).click();
	await expect(prompt(question(page, 1))).toHaveValue(second);
	// At the top Move up is disabled, so focus moves to Move down of the same question.
	await expect(question(page, 1).getByRole('button', { name: 'Move down' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(prompt(question(page, 2))).toHaveValue(second);
	await expect(question(page, 2).getByRole('button', { name: 'Move down' })).toBeFocused();

	// The 50th question moved down is the first of page 2: the list follows it.
	await question(page, 2).getByRole('button', { name: 'Close' }).click();
	await (await open(page, 50)).getByRole('button', { name: 'Move down' }).click();
	await expect(question(page, 51).getByRole('button', { name: 'Move down' })).toBeFocused();
	await expect(page.getByText('Page 2 of')).toBeVisible();
});

test('editing another question keeps the progress of a studied card', async ({ page }) => {
	await page.goto(STUDY_PATH);
	await answerCard(page);
	await expect.poll(() => reviewCount(page)).toBe(1);
	const reviewed = (await lastReview(page))!;
	const fact = SEED.find((q) => q.id === reviewed.questionId)!.fact;
	const before = await storedCard(page, fact);
	expect(before?.reps).toBe(1);

	await openEditor(page);
	// The first question of the bank about another fact, and the reviewed question itself: an edit keeps the fact.
	const other = SEED.findIndex((q) => q.fact !== fact);
	await page.getByLabel('Search questions and answers').fill(SEED[other].prompt);
	await prompt(await open(page, other + 1)).fill('A reworded question about another fact?');
	const own = SEED.findIndex((q) => q.id === reviewed.questionId);
	await page.getByLabel('Search questions and answers').fill(SEED[own].prompt);
	const region = await open(page, own + 1);
	await prompt(region).fill(`${await prompt(region).inputValue()} (reworded)`);
	await saveButton(page).click();
	await expect(saveState(page)).toHaveText('Saved.');

	expect(await storedCard(page, fact)).toEqual(before);
	expect(await reviewCount(page)).toBe(1);
});
