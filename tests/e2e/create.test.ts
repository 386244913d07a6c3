import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { readStored } from './durability';

const ARTICLE = fileURLToPath(new URL('../fixtures/articles/chandrayaan-3-2023.txt', import.meta.url));

test('creates a bank from an article file on /create, reviewed fact by fact, and studies one card of it', async ({ page }) => {
	await page.goto('/create');
	await page.getByLabel('Open a file (.txt, .md, .html)').setInputFiles(ARTICLE);
	await expect(page.getByLabel('Article text')).not.toHaveValue('');
	await page.getByLabel('Title').fill('Chandrayaan-3 test bank');
	await page.getByLabel('Publication date').fill('2023-09-01');
	await page.getByRole('button', { name: 'Generate questions' }).click();

	const review = page.getByRole('heading', { name: /^Review \d+ questions on \d+ facts$/ });
	await expect(review).toBeVisible({ timeout: 30_000 });
	const [, total, factCount] = (await review.innerText()).match(/^Review (\d+) questions on (\d+) facts$/)!.map(Number);
	const facts = page.getByRole('list', { name: 'Facts' }).locator(':scope > li');
	expect(await facts.count()).toBe(factCount);
	expect(factCount).toBeGreaterThan(5);
	await expect(facts.first().getByRole('heading', { name: `Fact 1 of ${factCount}` })).toBeVisible();

	// A fact asked in several formats shows them together, under its source sentence written once.
	let several = -1;
	for (let i = 0; i < factCount && several < 0; i++) {
		if ((await facts.nth(i).getByRole('article').count()) > 1) several = i;
	}
	expect(several).toBeGreaterThanOrEqual(0);
	const n = several + 1;
	const group = facts.nth(several);
	const formats = group.getByRole('list', { name: `Questions on fact ${n}` }).getByRole('article');
	const dropped = await formats.count();
	const sentence = group.locator('blockquote');
	await expect(sentence).toHaveCount(1);
	await expect(sentence).not.toBeEmpty();
	await expect(formats.locator('mark')).toHaveCount(0);
	// Its paragraph in the article, on demand, with the sentence highlighted.
	await group.getByRole('button', { name: `Show paragraph of fact ${n}` }).click();
	await expect(group.locator('mark')).toHaveText((await sentence.innerText()).trim());

	// Drop fact drops every one of its formats; the saved bank has none of them.
	const fact = await group.locator('[data-fact]').getAttribute('data-fact');
	expect(fact).toBeTruthy();
	await group.getByRole('button', { name: `Drop fact ${n}` }).click();
	await expect(group.getByRole('button', { name: /^Keep question / })).toHaveCount(dropped);
	await expect(group.getByRole('button', { name: /^Drop question / })).toHaveCount(0);
	await expect(group.getByRole('button', { name: `Keep fact ${n}` })).toBeVisible();
	await expect(page.getByText(`${total - dropped} of ${total} questions kept`)).toBeVisible();
	await page.getByRole('button', { name: 'Save bank' }).click();
	await expect(page.getByRole('heading', { name: 'Bank saved' })).toBeVisible();
	await expect(page.getByText(`${total - dropped} questions are in your library`)).toBeVisible();
	// A saved bank has one card per fact: the dropped fact has none.
	const saved = (await readStored(page, 'chandrayaan-3-test-bank')).cards.map((card) => card.fact);
	expect(saved).toHaveLength(factCount - 1);
	expect(saved).not.toContain(fact);
	await page.getByRole('link', { name: 'Study now' }).click();

	await expect(page).toHaveURL(/\/study\/chandrayaan-3-test-bank$/);
	const card = page.locator('[data-mode]');
	await expect(card).toBeVisible();
	const before = await page.getByTestId('counts').innerText();
	const mode = await card.getAttribute('data-mode');
	if (mode === 'reveal') {
		await page.keyboard.press('Space');
		await page.keyboard.press('3');
	} else {
		if (mode === 'choice') await page.keyboard.press('1');
		else if (mode === 'truefalse') await page.keyboard.press('t');
		else {
			await page.getByLabel('Your answer').fill('something');
			await page.keyboard.press('Enter');
		}
		await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByTestId('counts')).not.toHaveText(before);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

	// The new bank is in the library, beside the shipped ones.
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Chandrayaan-3 test bank' })).toBeVisible();
});
