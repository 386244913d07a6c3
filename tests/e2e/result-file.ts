/** A student's exported test result, made the way a student makes one, for the pages that read it. */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BANK_ID } from './bank';

/** A student's result of a one-question test of the seed bank, exported from the test report. */
export async function exportedResult(page: Page): Promise<string> {
	await page.goto(`/quiz/${BANK_ID}`);
	await page.getByLabel(/Number of questions/).fill('1');
	await page.getByRole('button', { name: 'Start test' }).click();
	await page.getByRole('button', { name: 'End test now' }).click();
	await page.getByLabel('Your name, for your teacher').fill('Mina Park');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export result' }).click()]);
	return readFileSync(await download.path(), 'utf8');
}
