/**
 * The end of a session: the summary says what was studied, and each way to go
 * on starts a session that really studies what it promised (the missed cards,
 * more New cards today, cards due in the next days), ending in a summary again.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerCard, waitForCard, type RatingName } from './helpers';
import { storedBankIds } from './imported';

const FACTS = 24;
const BANK = {
	format: 'factdeck.bank',
	version: 1,
	id: 'go-on-test',
	title: 'Go on test',
	questions: Array.from({ length: FACTS }, (_, i) => ({
		id: `q${i}`,
		fact: `f${i}`,
		type: 'flashcard',
		prompt: `Flashcard number ${i}?`,
		answer: `Answer ${i}`
	}))
};

async function importBank(page: Page) {
	await page.goto('/import');
	await page
		.getByLabel('Choose a file to import')
		.setInputFiles({ name: 'go-on.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(BANK)) });
	await page.getByRole('button', { name: `Import ${FACTS} questions` }).click();
	await expect(page.getByRole('heading', { name: /^Imported/ })).toBeVisible();
	expect(await storedBankIds(page)).toContain(BANK.id);
}

/** Answers every card until the session ends, each with `rating(n)` for the n-th answer; returns how many were answered. */
async function studyToTheEnd(page: Page, rating: (n: number) => RatingName = () => 'Easy'): Promise<number> {
	for (let n = 0; n < 60; n++) {
		const { kind } = await waitForCard(page);
		if (kind === 'done') return n;
		await answerCard(page, { rating: rating(n) });
	}
	throw new Error('the session did not end');
}

const summary = (page: Page) => page.locator('section.done');

/** Makes every review card of the bank due in two days and last studied three days ago, in IndexedDB. */
async function makeReviewsDueSoon(page: Page, bankId: string) {
	await page.evaluate(async (bankId) => {
		const request = <T>(r: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		const db = await request(indexedDB.open('factdeck'));
		const store = db.transaction('cards', 'readwrite').objectStore('cards');
		const now = Date.now();
		for (const card of (await request(store.getAll())) as { bankId: string; state: number; due: Date; last_review?: Date }[]) {
			if (card.bankId !== bankId || card.state !== 2) continue;
			await request(store.put({ ...card, due: new Date(now + 2 * 86_400_000), last_review: new Date(now - 3 * 86_400_000) }));
		}
		db.close();
	}, bankId);
}

test('the summary tells what was studied, and each way to go on studies what it offers', async ({ page }) => {
	test.setTimeout(180_000);
	await importBank(page);
	await page.goto(`/study/${BANK.id}`);

	// 20 New cards a day; the first is missed once, then every card is known at once.
	const answers = await studyToTheEnd(page, (n) => (n === 0 ? 'Again' : 'Easy'));
	expect(answers).toBe(21);
	await expect(summary(page).getByRole('heading', { name: 'All done for today' })).toBeVisible();
	await expect(summary(page)).toContainText(/Cards studied\s*20\b/);
	await expect(summary(page)).toContainText(/Right\s*95%/);
	await expect(summary(page)).toContainText('Time spent');
	await expect(summary(page)).toContainText(/next one is due in \d+d/);
	// Everything was studied today: nothing to study ahead yet.
	await expect(page.getByRole('button', { name: /^Study ahead/ })).toHaveCount(0);

	// The missed card, once more.
	await page.getByRole('button', { name: 'Go over the 1 card you missed' }).click();
	await expect(page.getByTestId('counts')).toContainText('1 review');
	expect(await studyToTheEnd(page, () => 'Good')).toBe(1);
	await expect(summary(page)).toContainText(/Cards studied\s*1\b/);
	await expect(page.getByRole('button', { name: /you missed/ })).toHaveCount(0);

	// The 4 New cards left beyond today's limit.
	await page.getByRole('button', { name: 'The last 4 new cards' }).click();
	await expect(page.getByTestId('counts')).toContainText('4 new');
	expect(await studyToTheEnd(page)).toBe(4);
	await expect(summary(page)).toContainText(/Cards studied\s*4\b/);
	await expect(page.getByRole('button', { name: /new cards/ })).toHaveCount(0);

	// Cards studied on earlier days and due in two days: study them ahead.
	await makeReviewsDueSoon(page, BANK.id);
	await page.reload();
	await expect(summary(page)).toContainText('No cards were answered in this session.');
	await page.getByRole('button', { name: `Study ahead: ${FACTS} cards due in the next 7 days` }).click();
	await expect(page.getByTestId('counts')).toContainText(`${FACTS} review`);
	expect(await studyToTheEnd(page, () => 'Good')).toBe(FACTS);
	await expect(summary(page)).toContainText(new RegExp(`Cards studied\\s*${FACTS}\\b`));
	await expect(summary(page)).toContainText(/Right\s*100%/);
	await expect(page.getByRole('button', { name: /^Study ahead/ })).toHaveCount(0);
	await expect(summary(page)).toContainText('Nothing else to study here now');
});
