import { expect, test, type Page } from '@playwright/test';
import { answerCard, cardText, countsText, reviewCount, STUDY_PATH, waitForCard } from './helpers';

async function snapshot(page: Page) {
	await waitForCard(page);
	return { card: await cardText(page), counts: await countsText(page), reviews: await reviewCount(page) };
}

async function expectRestored(page: Page, before: Awaited<ReturnType<typeof snapshot>>) {
	await expect.poll(() => cardText(page)).toBe(before.card);
	await expect.poll(() => countsText(page)).toBe(before.counts);
	await expect.poll(() => reviewCount(page)).toBe(before.reviews);
}

test('Undo and Ctrl+Z bring back the previous card exactly and take its review out of the log', async ({ page }) => {
	await page.goto(STUDY_PATH);
	await answerCard(page);
	const before = await snapshot(page);
	expect(before.card.length).toBeGreaterThan(0);
	expect(before.reviews).toBe(1);

	await answerCard(page);
	await expect.poll(() => reviewCount(page)).toBe(2);
	await waitForCard(page);
	expect(await cardText(page)).not.toBe(before.card);

	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expectRestored(page, before);

	// The click left focus on Undo; the keys below are meant for the card, not for that button.
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await answerCard(page);
	await expect.poll(() => reviewCount(page)).toBe(2);
	await waitForCard(page);
	await page.keyboard.press('Control+z');
	await expectRestored(page, before);

	// The restored card answers like any other.
	await answerCard(page);
	await expect.poll(() => reviewCount(page)).toBe(2);
});
