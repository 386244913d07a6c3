/**
 * Kahoot and Quizizz sheets in the browser: a Kahoot sheet imported through
 * /import (SheetJS loaded in the import worker), and a bank exported from the
 * share menu as a Kahoot sheet that the importer reads back.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import type { Bank } from '$lib/core/bank/schema';
import { parseBankFile } from '$lib/core/formats';
import { sheetLeftOut } from '$lib/core/formats/sheet-fit';
import { BANK_ID, BANK_TITLE, bankEntry } from './helpers';
import { storedBankIds, studyOneCard } from './imported';

const KAHOOT = fileURLToPath(new URL('../fixtures/sheets/kahoot-quiz.xlsx', import.meta.url));

test('a Kahoot sheet is previewed with its dropped time limits, imported and studied', async ({ page }) => {
	await page.goto('/import');
	await page.getByLabel('Choose a file to import').setInputFiles(KAHOOT);
	await expect(page.getByText('Detected format: Kahoot or Quizizz sheet (.xlsx)')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('question-count')).toHaveText('5');
	await expect(page.getByTestId('warnings')).toContainText('the time limits of 5 questions (10–60 s) are not kept');
	expect(await storedBankIds(page)).not.toContain('kahoot-quiz');
	await page.getByRole('button', { name: 'Import 5 questions' }).click();
	await expect(page.getByRole('heading', { name: 'Imported 5 questions' })).toBeVisible();
	await page.getByRole('link', { name: 'Study now' }).click();
	await studyOneCard(page, 'kahoot-quiz');
});

test('the share menu saves a bank as a Kahoot sheet, and lists the questions it leaves out', async ({ page }) => {
	await page.goto('/');
	await bankEntry(page).getByRole('link', { name: BANK_TITLE }).click();
	await expect(page).toHaveURL(new RegExp(`/banks/${BANK_ID}$`));
	await page.getByText('Export as…').click();
	const seed = JSON.parse(readFileSync(`questions/${BANK_ID}.json`, 'utf8')) as Bank;
	const leftOut = sheetLeftOut(seed, 'kahoot');
	const kept = seed.questions.filter((_, i) => !leftOut.some((l) => l.number === i + 1));
	expect(kept.length).toBeGreaterThan(0);
	await expect(page.getByText(`${leftOut.length} questions cannot go to Kahoot and are left out`)).toBeVisible();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Kahoot sheet (.xlsx)' }).click()]);
	expect(download.suggestedFilename()).toBe(`${BANK_ID}-kahoot.xlsx`);
	const back = parseBankFile('xlsx', new Uint8Array(readFileSync(await download.path())), { xlsx: XLSX });
	expect(back.ok && back.bank.title).toBe(BANK_TITLE);
	expect(back.ok && back.bank.questions.map((q) => q.prompt)).toEqual(kept.map((q) => q.prompt));
});
