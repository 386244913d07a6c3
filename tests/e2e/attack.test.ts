/**
 * The attack files of issue 12 in the browser, through the pages a user
 * would open them with: /import for bank files, Settings for a backup, the
 * Results tab for a student's result, /share for a link. Each ends in a
 * message in plain lines or a preview within the caps; the tab survives and
 * still answers; nothing is written to the library.
 */
import { expect, test, type Page } from '@playwright/test';
import { attackFiles, IMPORTED_IN_BROWSER, type AttackFile } from '../fixtures/attack/build';
import { SCRIPT_FRAGMENT, seedBank } from '../fixtures/attack/json';
import { CAPS, INTERNAL_ERROR } from '../fixtures/attack/promise';
import { BANK_ID, bankEntry } from './helpers';
import { storedBankIds } from './imported';
import { reviewCount } from './probes';

const FILES = attackFiles();
const file = (name: string) => FILES.find((f) => f.name === name) as AttackFile;
/** Generous: a file that hangs the reader fails here instead of hanging the suite. */
const OUTCOME_TIMEOUT = 120_000;

/** The library's bank ids once the first run has stored the seed bank. */
async function libraryIds(page: Page): Promise<string[]> {
	await page.goto('/');
	await expect(bankEntry(page)).toBeVisible();
	return storedBankIds(page);
}

/** Fails unless the tab runs a script within a few seconds: a crashed or frozen tab does not. */
async function expectResponsive(page: Page): Promise<void> {
	const answer = page.evaluate(() => 6 * 7);
	const late = new Promise<string>((resolve) => setTimeout(() => resolve('no answer within 10 s'), 10_000));
	expect(await Promise.race([answer, late])).toBe(42);
}

/** Fails unless every line shown is plain words: one line each, short, no engine message. */
async function expectPlainLines(texts: string[]): Promise<void> {
	for (const text of texts) {
		expect(text.trim().split('\n'), text.slice(0, 200)).toHaveLength(1);
		expect(text.length, text.slice(0, 200)).toBeLessThan(500);
		expect(text, text.slice(0, 200)).not.toMatch(INTERNAL_ERROR);
	}
}

test.beforeEach(async ({ page }) => {
	page.on('crash', () => expect.soft(false, 'the tab crashed').toBe(true));
	page.on('dialog', (dialog) => {
		expect.soft(dialog.message(), 'no dialog may open').toBe('');
		void dialog.dismiss();
	});
});

for (const name of IMPORTED_IN_BROWSER) {
	test(`${name} through /import: a message or a preview within the caps, the tab alive, nothing written`, async ({ page }) => {
		test.setTimeout(OUTCOME_TIMEOUT + 60_000);
		const bytes = await file(name).bytes();
		const before = await libraryIds(page);
		await page.goto('/import');
		await page.getByLabel('Choose a file to import').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
		const count = page.getByTestId('question-count');
		const alert = page.getByRole('alert');
		await expect(count.or(alert).first()).toBeVisible({ timeout: OUTCOME_TIMEOUT });
		await expectResponsive(page);

		if (await count.isVisible()) {
			const n = Number((await count.innerText()).replace(/\D/g, ''));
			expect(n).toBeLessThanOrEqual(CAPS.MAX_QUESTIONS_PER_BANK);
			await expectPlainLines(await page.getByTestId('warnings').or(page.getByTestId('unsupported')).locator('li').allInnerTexts());
		} else {
			await expectPlainLines(await alert.locator('li').allInnerTexts());
			expect(await alert.innerText()).not.toMatch(INTERNAL_ERROR);
		}
		expect(await storedBankIds(page)).toEqual(before);
	});
}

test('a backup with malformed attempts is refused as soon as it is chosen, before any Replace button', async ({ page }) => {
	const before = await libraryIds(page);
	await page.goto('/settings');
	await page
		.getByLabel('Choose a backup file…')
		.setInputFiles({ name: 'backup-bad-attempts.json', mimeType: 'application/json', buffer: Buffer.from(await file('backup-bad-attempts.json').bytes()) });
	await expect(page.getByRole('alert')).toContainText('attempts', { timeout: 30_000 });
	await expect(page.getByRole('button', { name: 'Replace everything with this backup' })).toHaveCount(0);
	await expectResponsive(page);
	expect(await storedBankIds(page)).toEqual(before);
});

test('a share link whose fragment is a script says it is not a Factdeck link, runs nothing, adds nothing', async ({ page }) => {
	const before = await libraryIds(page);
	await page.goto(`/share${SCRIPT_FRAGMENT}`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(/not a Factdeck link/i);
	await expect(alert).not.toContainText(/update/i);
	await expectResponsive(page);
	expect(await storedBankIds(page)).toEqual(before);
});

test("a forged result counts in the Results tab by the re-grade of its answers, not by the file's claim", async ({ page }) => {
	await libraryIds(page);
	await page.goto(`/banks/${BANK_ID}/results`);
	await page
		.getByLabel('Add result files')
		.setInputFiles({ name: 'forged.result.json', mimeType: 'application/json', buffer: Buffer.from(await file('forged-result.json').bytes()) });
	// Every graded answer of the file is wrong, whatever it claims.
	const row = page.getByRole('row', { name: /Mallory/ }).first();
	await expect(row).toBeVisible();
	await expect(row).toContainText(new RegExp(`(^|\\D)0 of ${seedBank().questions.length}\\b`));
	await expectResponsive(page);
});

test('math-macro-bomb.csv imported and studied: every card shows, its formulas typeset or shown as source, and the tab still answers', async ({ page }) => {
	test.setTimeout(OUTCOME_TIMEOUT + 120_000);
	await libraryIds(page);
	await page.goto('/import');
	const bytes = Buffer.from(await file('math-macro-bomb.csv').bytes());
	await page.getByLabel('Choose a file to import').setInputFiles({ name: 'math-macro-bomb.csv', mimeType: 'text/csv', buffer: bytes });
	await expect(page.getByTestId('question-count')).toBeVisible({ timeout: OUTCOME_TIMEOUT });
	await expectResponsive(page);
	const total = Number((await page.getByTestId('question-count').innerText()).replace(/\D/g, ''));
	await page.getByRole('button', { name: `Import ${total} questions` }).click();
	const href = (await page.getByRole('link', { name: 'Open bank' }).getAttribute('href')) ?? '';

	await page.goto(`/study/${href.split('/').pop()}`);
	const card = page.locator('[data-mode]');
	const done = page.getByRole('region', { name: 'All done for today' });
	const prompt = page.locator('h2.prompt');
	const seen = new Set<string>();
	// Cards missed or just learned come back; the session ends when none is left.
	for (let turn = 0; turn < 4 * total; turn++) {
		await expect(card.or(done).first()).toBeVisible({ timeout: 30_000 });
		if (await done.isVisible()) break;
		await expectResponsive(page);
		// Each formula is MathML, its source in a marked box, or (past the length cap) its source as text: never a hang or a blank.
		// The card of the last answer may stay a moment before the session's end replaces it.
		const shown = prompt.locator('math, .math-error').or(prompt.filter({ hasText: '\\frac' }));
		await expect(shown.or(done).first()).toBeVisible();
		if (await done.isVisible()) break;
		seen.add((await prompt.innerText()).split(/\s+/).slice(0, 2).join(' '));
		const reviews = await reviewCount(page);
		if ((await card.getAttribute('data-mode')) === 'reveal') {
			await page.getByRole('button', { name: 'Show answer' }).click();
			await page.getByRole('button', { name: /^Good/ }).click();
		} else {
			await page.getByRole('button', { name: "I don't know" }).click();
			await page.getByRole('button', { name: 'Continue' }).click();
		}
		await expect.poll(() => reviewCount(page)).toBe(reviews + 1);
		// The answered card stays until the next one (or the session's end) replaces it: wait for
		// that, so the next turn never reads a card that is about to go.
		await expect(page.locator('section.study.answered')).toHaveCount(0, { timeout: 30_000 });
	}
	await expect(done).toBeVisible();
	expect(seen.size).toBe(total);
	await expectResponsive(page);
});
