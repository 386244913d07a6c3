/**
 * Moodle XML in the app: a sample file with categories and an embedded image
 * imported through /import (the image stored and shown), a cloze file's
 * warnings in the preview, a hostile file refused with nothing written, and
 * the share menu's export carrying the image back out as base64.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMoodleXml } from '$lib/core/formats/moodle-xml';
import { storedBankIds, storedKeys } from './imported';

const SAMPLES = fileURLToPath(new URL('../fixtures/moodle-xml/', import.meta.url));
const fileInput = (page: Page) => page.getByLabel('Choose a file to import');

/** The bank the app should make of a sample, read here with the same codec. */
function expected(name: string) {
	const result = parseMoodleXml(readFileSync(SAMPLES + name), { name });
	if (!result.ok) throw new Error(result.error.message);
	return result.bank;
}

/** The names of a bank's stored media files. */
async function storedMedia(page: Page, bankId: string): Promise<string[]> {
	const keys = (await storedKeys(page, 'media')) as [string, string][];
	return keys
		.filter((k) => k[0] === bankId)
		.map((k) => k[1])
		.sort();
}

test('a Moodle XML file with categories and an image imports, stores its image, and exports it back embedded', async ({ page }) => {
	const bank = expected('categories-image.xml');
	await page.goto('/import');
	await fileInput(page).setInputFiles(SAMPLES + 'categories-image.xml');
	await expect(page.getByText('Detected format: Moodle XML')).toBeVisible();
	await expect(page.getByTestId('question-count')).toHaveText('2');
	expect(await storedBankIds(page)).not.toContain(bank.id);

	await page.getByRole('button', { name: 'Import 2 questions' }).click();
	await expect(page.getByRole('heading', { name: 'Imported 2 questions' })).toBeVisible();
	expect(await storedMedia(page, bank.id)).toEqual(['cell part.png']);

	await page.goto(`/banks/${bank.id}`);
	const download = page.waitForEvent('download');
	await page.getByText('Export as…').click();
	await page.getByRole('button', { name: 'Moodle XML (.xml)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`${bank.id}.moodle.xml`);
	const xml = readFileSync(await file.path(), 'utf8');
	expect(xml).toContain('<img src="@@PLUGINFILE@@/cell%20part.png"');
	expect(xml).toContain('<file name="cell part.png" path="/" encoding="base64">iVBORw0KGgo');
	const back = parseMoodleXml(xml);
	expect(back.ok && back.bank.questions.map((q) => q.prompt)).toEqual(bank.questions.map((q) => q.prompt));
});

test('the image of an imported Moodle question shows when it is studied', async ({ page }) => {
	const bank = expected('categories-image.xml');
	await page.goto('/import');
	await fileInput(page).setInputFiles(SAMPLES + 'categories-image.xml');
	await page.getByRole('button', { name: 'Import 2 questions' }).click();
	await expect(page.getByRole('heading', { name: 'Imported 2 questions' })).toBeVisible();
	await page.goto(`/study/${bank.id}`);
	const card = page.locator('[data-mode]');
	await expect(card).toBeVisible();
	// Two new cards: answer the true-or-false one first if it comes first, so the picture question shows.
	if ((await card.getAttribute('data-mode')) === 'truefalse') {
		await page.getByRole('button', { name: /^True/ }).click();
		await page.getByRole('button', { name: 'Continue' }).click();
	}
	const image = page.locator('[data-mode]').getByRole('img', { name: 'A stained organelle' });
	await expect(image).toBeVisible();
	await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
});

test('a cloze file previews its split gaps and the gap it cannot read, with their lines', async ({ page }) => {
	await page.goto('/import');
	await fileInput(page).setInputFiles(SAMPLES + 'cloze.xml');
	await expect(page.getByTestId('question-count')).toHaveText('6');
	await expect(page.getByTestId('warnings')).toContainText('its 3 gaps become 3 questions');
	await expect(page.getByTestId('unsupported')).toContainText('line 43');
	await expect(page.getByTestId('unsupported')).toContainText('the gap type ESSAY is not one Factdeck reads');
});

test('an XML bomb is refused with its line, and nothing is written', async ({ page }) => {
	await page.goto('/import');
	const ids = await storedBankIds(page);
	const bomb = '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<quiz>&b;</quiz>\n';
	await fileInput(page).setInputFiles({ name: 'bomb.xml', mimeType: 'application/xml', buffer: Buffer.from(bomb) });
	await expect(page.getByRole('alert')).toContainText('bomb.xml was read as Moodle XML but cannot be imported');
	await expect(page.getByTestId('problems')).toContainText('line 2: the file declares a DOCTYPE or entities');
	await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
	expect(await storedBankIds(page)).toEqual(ids);
});
