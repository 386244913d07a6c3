/**
 * Every place a bank's text shows, visited with the XSS guard watching: the
 * library, the bank's overview, its print sheet, study cards before and
 * after an answer, a test and its report, and the Results tab with a
 * student's result in its tables. The injection tests end every way in with
 * this tour.
 */
import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { XSS_PAYLOADS } from '../fixtures/xss';
import type { XssGuard } from './xss-guard';

const payload = (name: string): string => XSS_PAYLOADS.find((p) => p.name === name)!.html;
/** What a student types as their name: payloads within the field's 80 characters. */
const STUDENT = `${payload('img onerror')} ${payload('script element')}`;

/** Answers the card or test question shown, whatever its mode; `self` is how a revealed card is marked. */
async function answer(page: Page, self: () => Promise<void>): Promise<void> {
	const mode = await page.locator('[data-mode]').getAttribute('data-mode');
	// The counts move before the next card replaces the answered one: wait for a choice that can still be picked.
	if (mode === 'choice') await page.locator('ol.choices button:not([disabled])').first().click();
	else if (mode === 'truefalse') await page.getByRole('button', { name: /True/ }).click();
	else if (mode === 'typed') {
		await page.getByLabel('Your answer').fill(payload('script element'));
		await page.keyboard.press('Enter');
	} else if (mode === 'multi') {
		await page.locator('[data-mode] input[type=checkbox]').first().check();
		await page.getByRole('button', { name: 'Check' }).click();
	} else if (mode === 'matching') {
		await page.locator('[data-mode] select').first().selectOption({ index: 1 });
		await page.getByRole('button', { name: 'Check' }).click();
	} else {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await self();
	}
}

async function study(page: Page, g: XssGuard, bankId: string, cards: number): Promise<void> {
	await page.goto(`/study/${bankId}`);
	for (let n = 1; n <= cards; n++) {
		const card = page.locator('[data-mode]');
		await expect(card.or(page.getByText('All done for today'))).toBeVisible();
		if (!(await card.isVisible())) return;
		await g.check(`study, card ${n}`);
		const before = await page.getByTestId('counts').innerText();
		await answer(page, async () => undefined);
		// A revealed flashcard with no source or explanation has an empty answer region: wait for the way on instead.
		const good = page.getByRole('button', { name: /^Good/ });
		const next = page.getByRole('button', { name: 'Continue' });
		await expect(good).toBeVisible();
		await expect(page.getByRole('region', { name: 'Answer' })).toBeAttached();
		await g.check(`study, card ${n} answered`);
		// An auto-graded card has its rating chosen already and goes on with Continue.
		await ((await next.isVisible()) ? next : good).click();
		await expect(page.getByTestId('counts')).not.toHaveText(before);
	}
}

/**
 * Takes a test of the whole bank in bank order, answering the first
 * `answered` questions, and exports the result under a payload name.
 * Resolves to the text of the result file.
 */
export async function takeTest(page: Page, g: XssGuard, bankId: string, answered: number): Promise<string> {
	await page.goto(`/quiz/${bankId}`);
	const count = page.getByLabel(/Number of questions/);
	const total = (await count.getAttribute('max'))!;
	await count.fill(total);
	await page.getByLabel('Shuffle questions and choices').uncheck();
	await page.getByRole('button', { name: 'Start test' }).click();
	for (let n = 1; n <= Math.min(answered, Number(total)); n++) {
		await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible();
		await g.check(`test, question ${n}`);
		await answer(page, async () => {
			await g.check(`test, question ${n} revealed`);
			await page.getByRole('button', { name: 'I was wrong' }).click();
		});
	}
	await page.getByRole('button', { name: 'End test now' }).click();
	await expect(page.getByRole('heading', { name: /^Score:/ })).toBeVisible();
	// The report lists every question with its answer and source sentence.
	await expect(page.locator('ol.items > li')).toHaveCount(Number(total));
	await g.check('the test report');

	await page.getByLabel('Your name, for your teacher').fill(STUDENT);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export result' }).click()]);
	const path = await download.path();
	await g.check('the test report, exported');
	return readFile(path, 'utf8');
}

/** Adds result files on the bank's Results tab and checks every table and message they fill. */
export async function addResults(page: Page, g: XssGuard, bankId: string, files: { name: string; text: string }[]): Promise<void> {
	await page.goto(`/banks/${bankId}/results`);
	await expect(page.getByRole('heading', { name: 'Results', level: 2 })).toBeVisible();
	const scores = page.getByRole('table', { name: "Each student's score" });
	await expect(page.getByText('No results yet.').or(scores)).toBeVisible();
	await g.check('the Results tab before adding');
	const before = await scores.locator('tbody tr').count();
	await page.getByLabel('Add result files').setInputFiles(files.map(({ name, text }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
	const n = files.length;
	const read = `${n} ${n === 1 ? 'file' : 'files'} read: ${n} added.`;
	await expect(page.getByRole('status').filter({ hasText: read })).toBeVisible();
	await expect(scores.locator('tbody tr')).toHaveCount(before + n);
	await expect(page.locator('tr[data-question]').first()).toBeVisible();
	await g.check('the Results tab');

	// Removing a result asks first, naming the student.
	await scores
		.locator('tbody tr')
		.first()
		.getByRole('button', { name: /^Remove / })
		.click();
	await expect(scores.getByRole('group')).toBeVisible();
	await g.check("the Results tab, asking before removing a student's result");
	await scores.getByRole('group').getByRole('button', { name: 'Cancel' }).click();

	await page.getByLabel('Order').selectOption('hardest');
	await g.check('the Results tab, hardest questions first');
}

/** Visits every place the bank shows; the bank must have questions that a test can ask. */
export async function tour(page: Page, g: XssGuard, bankId: string): Promise<void> {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Your banks' })).toBeVisible();
	await g.check('the library');

	await page.goto(`/banks/${bankId}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Take a test' }).first()).toBeVisible();
	await g.check('the bank overview');

	await page.goto(`/banks/${bankId}/print`);
	const key = page.getByLabel('Include the answer key');
	await expect(key).toBeChecked();
	await g.check('the print sheet with its answer key');
	await key.uncheck();
	await g.check('the print sheet without its answer key');

	await study(page, g, bankId, 6);
	const result = await takeTest(page, g, bankId, 4);
	await addResults(page, g, bankId, [{ name: 'student.result.json', text: result }]);
	await g.check('the end');
}
