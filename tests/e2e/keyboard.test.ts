/**
 * One keyboard model for every card type, in the built app: a small bank of
 * one card of each kind, imported first, studied in its order by keys alone.
 */
import { expect, test, type Page } from '@playwright/test';
import { lastReview, reviewCount } from './probes';

const DRILL = {
	format: 'factdeck.bank',
	version: 1,
	id: 'keys-drill',
	title: 'Keyboard drill',
	questions: [
		{ id: 'k-moon', fact: 'moon', type: 'flashcard', prompt: 'What orbits the Earth once a month?', answer: 'The Moon' },
		{ id: 'k-paris', fact: 'paris', type: 'short', prompt: 'What is the capital of France?', answer: 'Paris' },
		{ id: 'k-mars', fact: 'mars', type: 'mcq', prompt: 'Which planet is red?', answer: 'Mars', choices: ['Venus', 'Mars', 'Jupiter'] },
		{ id: 'k-ice', fact: 'ice', type: 'truefalse', prompt: 'Water freezes at 0 °C at sea level.', answer: true },
		{ id: 'k-rome', fact: 'rome', type: 'short', prompt: 'What is the capital of Italy?', answer: 'Rome' },
		{ id: 'k-sun', fact: 'sun', type: 'cloze', prompt: 'The ____ is a star.', answer: 'Sun' }
	]
};

/** Imports the drill bank and opens its study page on the first card (the flashcard). */
async function studyDrill(page: Page): Promise<void> {
	await page.goto('/import');
	await page
		.getByLabel('Choose a file to import')
		.setInputFiles({ name: 'drill.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(DRILL)) });
	await page.getByRole('button', { name: 'Import 6 questions' }).click();
	await expect(page.getByRole('heading', { name: 'Imported 6 questions' })).toBeVisible();
	await page.goto(`/study/${DRILL.id}`);
	await expect(card(page)).toHaveAttribute('data-mode', 'reveal');
}

const card = (page: Page) => page.locator('[data-mode]');
const answerBox = (page: Page) => page.getByRole('textbox', { name: 'Your answer' });
const verdict = (page: Page) => page.getByText(/^(Correct|Not quite)\./);

/** Waits for the card asking `prompt` to be on screen, unanswered. */
async function cardAsks(page: Page, prompt: string, mode: string): Promise<void> {
	await expect(card(page)).toContainText(prompt);
	await expect(card(page)).toHaveAttribute('data-mode', mode);
	await expect(verdict(page)).toHaveCount(0);
}

/** Waits for the review log to hold `count` entries, the last one rated `rating`. */
async function saved(page: Page, count: number, rating: number): Promise<void> {
	await expect.poll(() => reviewCount(page)).toBe(count);
	expect((await lastReview(page))?.rating).toBe(rating);
}

test('studies every card type by keyboard alone, and "3, Enter" after a flashcard never answers the typed card after it', async ({ page }) => {
	await studyDrill(page);

	// Flashcard: Space shows the answer, 3 rates Good at once.
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Good' })).toBeVisible();
	await page.keyboard.press('3');
	// The learner's Enter lands on the next card, a typed one, the moment it shows up: it
	// must not send an empty answer there (which used to be graded wrong).
	await expect(answerBox(page)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(verdict(page)).toHaveCount(0);
	await expect(answerBox(page)).toBeEditable();
	await saved(page, 1, 3);
	await expect(page.getByRole('status').filter({ hasText: 'Type your answer first' })).toBeVisible();

	// Typed answer: Enter checks, Enter again takes the suggested rating (Good when right).
	await page.keyboard.type('paris');
	await page.keyboard.press('Enter');
	await expect(verdict(page)).toHaveText(/^Correct\./);
	await page.keyboard.press('Enter');
	await saved(page, 2, 3);

	// Multiple choice: 2 picks the second choice, 4 rates Easy at once over the suggested Good.
	await cardAsks(page, 'Which planet is red?', 'choice');
	await page.keyboard.press('2');
	await expect(verdict(page)).toHaveText(/^Correct\./);
	await expect(page.getByRole('button', { name: 'Good' })).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('4');
	await saved(page, 3, 4);

	// True or false: T answers True, Space takes the suggested rating.
	await cardAsks(page, 'Water freezes', 'truefalse');
	await page.keyboard.press('t');
	await expect(verdict(page)).toHaveText(/^Correct\./);
	await page.keyboard.press('Space');
	await saved(page, 4, 3);

	// Typed answer given up: Escape is "I don't know": the answer shows, counted wrong, Again suggested.
	await cardAsks(page, 'capital of Italy', 'typed');
	await expect(answerBox(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(verdict(page)).toHaveText(/^Not quite\./);
	await expect(page.getByText('Rome')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Again' })).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Enter');
	await saved(page, 5, 1);

	// Fill in the blank, shown as a card to reveal: Enter shows the answer, Enter again takes Good.
	await cardAsks(page, 'is a star', 'reveal');
	await page.keyboard.press('Enter');
	await expect(card(page).locator('mark')).toHaveText('Sun');
	await page.keyboard.press('Enter');
	await saved(page, 6, 3);
});

test('keys typed fast across the change of card reach only the card they were meant for', async ({ page }) => {
	await studyDrill(page);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Good' })).toBeVisible();
	// Pressed back to back, as a quick learner does: the Enter goes while the rating is saved.
	await page.keyboard.press('3');
	await page.keyboard.press('Enter');
	await cardAsks(page, 'capital of France', 'typed');
	await page.waitForTimeout(300);
	await expect(verdict(page)).toHaveCount(0);
	await expect(answerBox(page)).toBeEditable();
	await saved(page, 1, 3);

	// The button does what Escape does.
	await page.getByRole('button', { name: "I don't know" }).click();
	await expect(verdict(page)).toHaveText(/^Not quite\./);
	await expect(page.getByRole('button', { name: 'Again' })).toHaveAttribute('aria-pressed', 'true');
});

test('? opens the keyboard help for the card shown; Escape or Close shuts it and gives focus back', async ({ page }) => {
	await studyDrill(page);
	await page.keyboard.press('Enter');
	await page.keyboard.press('3');
	await cardAsks(page, 'capital of France', 'typed');
	// In the answer box "?" is text; from outside it, it asks for help.
	await page.keyboard.type('?');
	await expect(answerBox(page)).toHaveValue('?');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await answerBox(page).fill('');
	const shortcuts = page.getByRole('button', { name: 'Keyboard shortcuts' });
	await shortcuts.focus();
	await page.keyboard.press('?');

	const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(help).toBeVisible();
	await expect(help).toHaveAttribute('aria-modal', 'true');
	await expect(help).toContainText('On this card (type the answer)');
	await expect(help).toContainText("I don't know");
	await expect(help).toContainText('Once the answer is shown');
	// Keys pressed in the help never reach the card behind it.
	await page.keyboard.press('Escape');
	await expect(help).toHaveCount(0);
	await expect(shortcuts).toBeFocused();
	await expect(verdict(page)).toHaveCount(0);

	await shortcuts.press('Enter');
	await expect(help).toBeVisible();
	await help.getByRole('button', { name: 'Close' }).press('Enter');
	await expect(help).toHaveCount(0);
	await expect(shortcuts).toBeFocused();
	await expect(verdict(page)).toHaveCount(0);
	expect(await reviewCount(page)).toBe(1);
});
