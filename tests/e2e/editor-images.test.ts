import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForOfflineReady } from './probes';

/** A bank of one typed-answer question, imported as a file, so study and the test can only show that card. */
const BANK = {
	format: 'factdeck.bank',
	version: 1,
	id: 'organs',
	title: 'Organs',
	questions: [{ id: 'q-1', fact: 'heart', type: 'short', prompt: 'Which organ is drawn here?', answer: 'The heart' }]
};
const PNG = readFileSync(join(process.cwd(), 'static', 'icon-192.png'));
const ALT = 'A drawing of a heart';

async function importBank(page: Page): Promise<void> {
	await page.goto('/import');
	await page
		.getByLabel('Choose a file to import')
		.setInputFiles({ name: 'organs.factdeck.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(BANK)) });
	await page.getByRole('button', { name: 'Import 1 question' }).click();
	await expect(page.getByRole('heading', { name: 'Imported 1 question' })).toBeVisible();
}

/** Chooses a file through the button, as a person does: the button opens the browser's file chooser. */
async function choose(page: Page, button: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
	const chooser = page.waitForEvent('filechooser');
	await button.click();
	await (await chooser).setFiles(file);
}

/** The image is there and its picture was read from the bank's stored media (it has pixels). */
async function expectShown(image: Locator): Promise<void> {
	await expect(image).toBeVisible();
	await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(192);
	expect(await image.getAttribute('src')).toMatch(/^blob:/);
}

test('an image chosen in the editor is saved with the bank and shown in study, a test and print, offline too', async ({ page, context }) => {
	// Six pages and a service worker to wait for: on a busy machine this takes more than the default minute.
	test.slow();
	await importBank(page);
	await page.goto('/banks/organs/edit');
	await page.getByRole('button', { name: /^Question 1\b/ }).click();
	const question = page.getByRole('region', { name: 'Question 1', exact: true });
	const add = question.getByRole('button', { name: 'Add image to the question' });

	// A drawing that could carry scripts is refused with the reason; nothing is added.
	await choose(page, add, { name: 'heart.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
	await expect(question.getByRole('alert')).toHaveText('heart.svg is an SVG drawing, which can carry scripts: save it as a PNG and add that.');

	await choose(page, add, { name: 'heart-drawing.png', mimeType: 'image/png', buffer: PNG });
	await expect(question.getByRole('alert')).toHaveCount(0);
	const describe = question.getByLabel('Describe image 1 for people who cannot see it');
	await expect(describe).toHaveValue('heart drawing');
	await expectShown(question.getByRole('img', { name: 'heart drawing' }));
	await describe.fill(ALT);

	// Removing and adding again by keyboard: the button is a plain button in the tab order.
	await question.getByRole('button', { name: 'Remove image 1' }).click();
	await expect(question.getByRole('img')).toHaveCount(0);
	// Enter on the focused button, pressed through the locator so that focus and key go to it together
	// (a re-render after the removal may still be settling on a busy machine).
	await expect(add).toBeEnabled();
	const chooser = page.waitForEvent('filechooser');
	await add.press('Enter');
	await (await chooser).setFiles({ name: 'heart-drawing.png', mimeType: 'image/png', buffer: PNG });
	await describe.fill(ALT);

	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.locator('#save-state')).toHaveText('Saved.');

	await page.goto('/study/organs');
	await expectShown(page.locator('[data-mode]').getByRole('img', { name: ALT }));

	await page.goto('/quiz/organs');
	await page.getByLabel(/Number of questions/).fill('1');
	await page.getByRole('button', { name: 'Start test' }).click();
	await expectShown(page.locator('[data-mode]').getByRole('img', { name: ALT }));

	await page.goto('/banks/organs/print');
	await expectShown(page.locator('.sheet').getByRole('img', { name: ALT }));

	// Offline, the picture still comes from IndexedDB.
	await page.goto('/study/organs');
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await page.reload();
	await expectShown(page.locator('[data-mode]').getByRole('img', { name: ALT }));
	await context.setOffline(false);
});

test('an image pasted into the prompt is added to the question', async ({ page }) => {
	await importBank(page);
	await page.goto('/banks/organs/edit');
	await page.getByRole('button', { name: /^Question 1\b/ }).click();
	const question = page.getByRole('region', { name: 'Question 1', exact: true });
	const prompt = question.getByRole('textbox').first();
	await prompt.evaluate(
		(box, bytes) => {
			const data = new DataTransfer();
			data.items.add(new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' }));
			box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
		},
		[...PNG]
	);
	await expect(question.getByLabel('Describe image 1 for people who cannot see it')).toHaveValue('Image');
	await expectShown(question.getByRole('img', { name: 'Image' }));
	await expect(prompt).toHaveValue('Which organ is drawn here?');
});
