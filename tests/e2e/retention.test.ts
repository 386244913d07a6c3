/**
 * The desired retention on Settings, by keyboard: with nothing studied the
 * workload says it will come; once cards are studied it shows a table, and
 * saving a higher retention recomputes the cards' due dates, with a message
 * saying how many, after which every card is its log replayed with the new retention.
 */
import { expect, test } from '@playwright/test';
import { expectLogExplainsCards, readStored } from './durability';
import { answerCard, STUDY_PATH, tabTo, waitForCard } from './helpers';

const DAY = 86_400_000;

test('the workload shows once cards are studied, and saving a retention recomputes their due dates', async ({ page }) => {
	await page.goto('/settings');
	const slider = page.getByRole('slider', { name: /Desired retention/ });
	await expect(slider).toHaveValue('0.9');
	await expect(page.getByTestId('workload-empty')).toContainText('once you have studied some cards');

	await page.goto(STUDY_PATH);
	for (let i = 0; i < 6; i++) {
		if ((await waitForCard(page)).kind === 'done') break;
		await answerCard(page, { rating: 'Easy' });
	}
	const before = await readStored(page);
	const reviewCards = before.cards.filter((c) => c.state === 2);
	expect(reviewCards.length).toBeGreaterThan(0);

	await page.goto('/settings');
	const table = page.getByRole('table', { name: /Expected reviews a day/ });
	await expect(table).toBeVisible();
	await expect(table.getByRole('row', { name: /90% \(chosen\)/ })).toBeVisible();
	const save = page.getByRole('button', { name: 'Save retention' });
	await expect(save).toBeDisabled();

	// Arrow keys move the slider by 1%: the table follows, centred on the new value; nothing is saved yet.
	await tabTo(page, slider);
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	await expect(page.locator('output[for="retention"]')).toHaveText('95%');
	await expect(table.getByRole('row', { name: /95% \(chosen\)/ })).toBeVisible();
	expect((await readStored(page)).settings.retention).toBe(0.9);

	await tabTo(page, save);
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('retention-status')).toHaveText(`Due dates of ${before.cards.filter((c) => c.reps > 0).length} cards recomputed.`);
	await expect(save).toBeDisabled();

	const after = await readStored(page);
	expect(after.settings.retention).toBe(0.95);
	expectLogExplainsCards(after);
	for (const card of reviewCards) {
		const now = after.cards.find((c) => c.id === card.id)!;
		// Fuzz moves an interval by a few percent; a retention of 95% against 90% roughly halves it.
		expect((now.due.getTime() - now.last_review!.getTime()) / DAY).toBeLessThan((card.due.getTime() - card.last_review!.getTime()) / DAY);
	}

	// The panel starts from what was saved.
	await page.reload();
	await expect(slider).toHaveValue('0.95');
});
