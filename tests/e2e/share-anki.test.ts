import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { parseApkg } from '$lib/core/formats/apkg';
import { BANK_ID, BANK_TITLE, bankEntry } from './helpers';
import { studyOneCard } from './imported';

const seed = JSON.parse(readFileSync(`questions/${BANK_ID}.json`, 'utf8')) as { questions: unknown[] };

test('exports a studied bank as an Anki package with its history, which reads back with its questions and review', async ({ page }) => {
	await page.goto('/');
	await expect(bankEntry(page)).toBeVisible();
	await studyOneCard(page, BANK_ID);

	await page.goto(`/banks/${BANK_ID}`);
	await expect(page.getByRole('heading', { level: 1, name: BANK_TITLE })).toBeVisible();
	await page.getByText('Export as…').click();
	await page.getByLabel('Include review history and scheduling').check();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Anki package (.apkg)' }).click()]);
	expect(download.suggestedFilename()).toBe(`${BANK_ID}.apkg`);
	await expect(page.getByRole('alert')).toHaveCount(0);

	const bytes = new Uint8Array(readFileSync(await download.path()));
	const result = parseApkg(bytes, { sql: await initSqlJs(), name: `${BANK_ID}.apkg` });
	if (!result.ok) throw new Error(result.error.message);
	expect(result.bank.title).toBe(BANK_TITLE);
	expect(result.bank.questions).toHaveLength(seed.questions.length);
	expect(result.history?.summary.reviews).toBe(1);
	expect(result.history?.cards.filter((c) => c.count === 1)).toHaveLength(1);
});
