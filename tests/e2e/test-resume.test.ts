/**
 * A test left halfway resumes where it stopped, after a reload: the answers
 * given, the question reached and the time left, since a time limit keeps
 * counting while the page is closed. A test whose time ran out meanwhile
 * ends at its deadline.
 */
import { expect, test, type Page } from '@playwright/test';
import { BANK_ID } from './helpers';

/** Answers the question on screen with something wrong, the same way each time, and returns its prompt. */
async function answerShown(page: Page): Promise<string> {
	const prompt = (await page.locator('.card h2.prompt').innerText()).trim();
	const mode = await page.locator('[data-mode]').getAttribute('data-mode');
	if (mode === 'choice') await page.locator('ol.choices button').first().click();
	else if (mode === 'truefalse') await page.getByRole('button', { name: /^True/ }).click();
	else if (mode === 'typed') {
		await page.getByLabel('Your answer').fill('nothing like it');
		await page.keyboard.press('Enter');
	} else throw new Error(`a test asked a question the student would mark: ${prompt}`);
	return prompt;
}

async function startTimed(page: Page, count: number, minutes: number): Promise<void> {
	await page.goto(`/quiz/${BANK_ID}`);
	await page.getByLabel(/Number of questions/).fill(String(count));
	await page.getByLabel('Time limit in minutes (optional)').fill(String(minutes));
	await page.getByRole('button', { name: 'Start test' }).click();
}

/** The meta row that keeps the bank's open test. */
const OPEN_TEST_KEY = `openTest\u0000${BANK_ID}`;

/** The index of the question the stored open test has reached, read straight from IndexedDB. */
const storedQuestionIndex = (page: Page) =>
	page.evaluate(
		(key) =>
			new Promise<number | null>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const read = open.result.transaction('meta').objectStore('meta').get(key);
					read.onsuccess = () => (open.result.close(), resolve(read.result?.value?.current ?? null));
					read.onerror = () => reject(read.error);
				};
			}),
		OPEN_TEST_KEY
	);

const secondsLeft = async (page: Page) => {
	const text = await page.getByRole('timer', { name: 'Time left' }).innerText();
	const [, min = '0', sec = '0'] = /^(?:(\d+) min)? ?(?:(\d+) s)? left$/.exec(text.trim()) ?? [];
	return Number(min) * 60 + Number(sec);
};

test('a test answered halfway and reloaded resumes with its answers, its question and its time', async ({ page }) => {
	await startTimed(page, 6, 10);
	const asked: string[] = [];
	for (let n = 1; n <= 3; n++) {
		await expect(page.getByText(`Question ${n} of 6`)).toBeVisible();
		asked.push(await answerShown(page));
	}
	await expect(page.getByText('Question 4 of 6')).toBeVisible();
	const fourth = (await page.locator('.card h2.prompt').innerText()).trim();
	const before = await secondsLeft(page);
	await page.waitForTimeout(2000);

	await page.reload();
	await expect(page.getByRole('heading', { name: 'You have a test left halfway' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'You have a test left halfway' })).toContainText(
		/Question 4 of 6, 3 answers given\. \d+ min( \d+ s)? left: the clock kept running/
	);
	await page.getByRole('button', { name: 'Resume the test' }).click();
	await expect(page.getByText('Question 4 of 6')).toBeVisible();
	expect((await page.locator('.card h2.prompt').innerText()).trim()).toBe(fourth);
	// The clock went on while the page reloaded: less time left than before, but most of it.
	const after = await secondsLeft(page);
	expect(after).toBeLessThan(before);
	expect(after).toBeGreaterThan(8 * 60);

	for (let n = 4; n <= 6; n++) {
		await expect(page.getByText(`Question ${n} of 6`)).toBeVisible();
		asked.push(await answerShown(page));
	}
	await expect(page.getByRole('heading', { name: /^Score: \d of 6 \(\d+%\)$/ })).toBeVisible();
	const reviewed = await page.locator('ol.items > li').allInnerTexts();
	expect(reviewed).toHaveLength(6);
	// The three answers from before the reload are in the report, as given.
	for (let i = 0; i < 6; i++) expect(reviewed[i]).toContain(asked[i].slice(0, 30));
	expect(reviewed.filter((text) => /No answer|not answered/i.test(text))).toHaveLength(0);

	// Finished: the next visit offers a new test, not a resume. The score shows before the attempt is stored, so wait for that.
	await expect.poll(() => storedQuestionIndex(page)).toBeNull();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Start test' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'You have a test left halfway' })).toHaveCount(0);
});

test('a timed test left past its time limit ends at its deadline, its answers kept and the rest wrong', async ({ page }) => {
	await startTimed(page, 4, 1);
	await expect(page.getByText('Question 1 of 4')).toBeVisible();
	await answerShown(page);
	await expect(page.getByText('Question 2 of 4')).toBeVisible();
	// The page moves on before the answer is written; leaving in that moment would lose it, so wait until it is stored.
	await expect.poll(() => storedQuestionIndex(page)).toBe(1);

	// Come back two minutes later: the stored test is moved two minutes into the past, as the wall clock would have it.
	await page.goto('/');
	await page.evaluate(
		({ key, ms }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('meta', 'readwrite');
					const meta = tx.objectStore('meta');
					const read = meta.get(key);
					read.onsuccess = () => meta.put({ ...read.result, value: { ...read.result.value, startedAtMs: read.result.value.startedAtMs - ms } });
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ key: OPEN_TEST_KEY, ms: 2 * 60_000 }
	);
	await page.goto(`/quiz/${BANK_ID}`);
	await expect(page.getByRole('region', { name: 'You have a test left halfway' })).toContainText(
		/Question 2 of 4, 1 answer given\. Its time ran out while it was closed\./
	);
	await page.getByRole('button', { name: 'See the result' }).click();
	await expect(page.getByText('The time for this test ran out while it was closed.', { exact: false })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Score: [01] of 4 \(\d+%\)$/ })).toBeVisible();
});
