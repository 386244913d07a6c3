/**
 * A new user never reads an internal name: every page that shows a question
 * type names it in plain words, and a choice card that was answered wrong says
 * which answer was right instead of "Not accepted".
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { identify } from './bank';
import { answerCard, answerTestQuestion, BANK_ID, readScreen, STUDY_PATH, until, waitForCard } from './helpers';

/** The internal names and old labels no page may show, in any case: labels may be drawn in capitals. */
const JARGON = /\bmcq\b|\btruefalse\b|short answer|cloze \(/i;
const PLAIN_NAMES = ['Flashcard', 'Fill in the blank', 'Multiple choice', 'True or false', 'Typed answer', 'Choose all that apply', 'Matching', 'Number'];

/** The text a user can read on the page, select options included. */
async function visibleText(page: Page): Promise<string> {
	return (await page.locator('body').innerText()).replace(/\s+/g, ' ');
}

async function expectPlain(page: Page, where: string): Promise<string> {
	const text = await visibleText(page);
	expect(text, where).not.toMatch(JARGON);
	return text;
}

/** The first paragraphs of a fixture article: short, but enough to make a few facts. */
const SHORT_ARTICLE = readFileSync(fileURLToPath(new URL('../fixtures/articles/chandrayaan-3-2023.txt', import.meta.url)), 'utf8')
	.split(/\n\s*\n/)
	.slice(0, 4)
	.join('\n\n');

test('the library, a bank overview and the editor name question types and facts plainly', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Study' }).first()).toBeVisible({ timeout: 30_000 });
	const library = await expectPlain(page, 'library');
	expect(library).toMatch(/\d+ questions on \d+ facts/);

	await page.goto(`/banks/${BANK_ID}`);
	const explained = page.getByTestId('facts-explained');
	await expect(explained).toBeVisible({ timeout: 30_000 });
	await expect(explained).toContainText('A fact is one thing to remember');
	await expectPlain(page, 'bank overview');

	await page.goto(`/banks/${BANK_ID}/edit`);
	const firstRow = page.getByRole('button', { name: /^Question 1\b/ });
	await expect(firstRow).toBeVisible({ timeout: 30_000 });
	const rows = await expectPlain(page, 'editor list');
	expect(PLAIN_NAMES.some((name) => rows.toLowerCase().includes(name.toLowerCase()))).toBe(true);
	const open = page.getByRole('region', { name: 'Question 1', exact: true });
	if (!(await open.count())) await firstRow.click();
	const typeSelect = open.getByRole('combobox', { name: 'Type' });
	await expect(typeSelect).toBeVisible();
	expect((await typeSelect.locator('option').allInnerTexts()).map((t) => t.trim())).toEqual(PLAIN_NAMES);
	await expectPlain(page, 'editor with a question open');
});

test('the review of /create names each question type plainly', async ({ page }) => {
	await page.goto('/create');
	await page.getByLabel('Article text').fill(SHORT_ARTICLE);
	await page.getByLabel('Title').fill('Plain words check');
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { name: /^Review \d+ questions? on \d+ facts?$/ })).toBeVisible({ timeout: 30_000 });
	const review = await expectPlain(page, '/create review');
	expect(review).toContain('A fact is one thing to remember');
	expect(PLAIN_NAMES.some((name) => review.toLowerCase().includes(name.toLowerCase()))).toBe(true);
});

test('study cards are labelled plainly and a wrong pick says which answer was right', async ({ page }) => {
	await page.goto(STUDY_PATH);
	const checked = new Set<string>();
	for (let i = 0; i < 30 && checked.size < 2; i++) {
		const { kind, screen } = await waitForCard(page, 30_000);
		if (kind === 'done') break;
		await expectPlain(page, `study card ${i + 1}`);
		if (kind !== 'choice' && kind !== 'truefalse') {
			await answerCard(page);
			continue;
		}
		// Pick a wrong answer when the question is known, so the feedback must name the right one.
		if (kind === 'truefalse') {
			expect(screen.text.toLowerCase()).toContain('true or false');
			const question = identify(['truefalse'], screen.text);
			await page.keyboard.press(question?.answer === true ? 'f' : 't');
		} else {
			expect(screen.text.toLowerCase()).toContain('multiple choice');
			const question = identify(['mcq'], screen.text);
			const choices = (question?.choices ?? []).filter((c) => screen.text.includes(c));
			const names = screen.buttons.map((b) => b.name);
			const wrong = names.findIndex((name) => choices.includes(name) && name !== question?.answer);
			const first = names.findIndex((name) => choices.includes(name));
			await page.keyboard.press(String(wrong >= 0 && first >= 0 ? wrong - first + 1 : 1));
		}
		const graded = await until('the graded answer', async () => {
			const now = await readScreen(page);
			return now.buttons.some((b) => b.name === 'Continue') && now;
		});
		expect(graded.text, `${kind} feedback`).not.toContain('Not accepted');
		expect(graded.text, `${kind} feedback`).toMatch(
			kind === 'truefalse'
				? /(Correct|Not quite)\. The statement is (true|false)\./
				: /Correct\. You picked the right answer\.|Not quite\. You picked ".+"; the answer is ".+"\./
		);
		await expectPlain(page, `graded ${kind} card`);
		checked.add(kind);
		await page.keyboard.press('Enter');
		await until('the next card', async () => !(await readScreen(page)).buttons.some((b) => b.name === 'Continue'));
	}
	expect([...checked].sort()).toEqual(['choice', 'truefalse']);
});

test('a test report names question types and results plainly', async ({ page }) => {
	await page.goto(`/quiz/${BANK_ID}`);
	await expect(page.getByRole('button', { name: 'Start test' })).toBeVisible({ timeout: 30_000 });
	await expectPlain(page, 'test setup');
	await page.getByLabel(/Number of questions/).fill('4');
	await page.getByRole('button', { name: 'Start test' }).click();
	for (let n = 1; n <= 4; n++) {
		await expect(page.getByText(`Question ${n} of 4`)).toBeVisible();
		await expectPlain(page, `test question ${n}`);
		await answerTestQuestion(page);
	}
	await expect(page.getByRole('heading', { name: /^Score: \d of 4/ })).toBeVisible();
	const report = await expectPlain(page, 'test report');
	expect(report).not.toContain('Not accepted');
});
