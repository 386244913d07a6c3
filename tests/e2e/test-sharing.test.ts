/**
 * A teacher fixes one 40-question test for the class and shares it by link;
 * a student, in a browser of their own, opens the link, stores the bank and
 * takes exactly that test: the same questions, in the same order, under the
 * same time limit. The QR code for it shows as numbered codes.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Bank } from '$lib/core/bank/schema';
import { encodeBankLink } from '$lib/core/share/link';
import { realisticBank } from '../unit/core/share/fixtures';

const BANK: Bank = { ...realisticBank(128), id: 'class-korea-128', title: 'Korea diplomacy for the class' };
const byPrompt = new Map(BANK.questions.map((q) => [q.prompt.replace(/_{3,}/g, '___'), q]));

async function addFromLink(page: Page, link: string): Promise<void> {
	await page.goto(link);
	await page.getByRole('button', { name: 'Add to my library' }).click();
	await expect(page.getByRole('heading', { name: /^Added \d+ questions to your library$/ })).toBeVisible();
}

/** Answers the question on screen (rightly when it can) and returns its prompt. */
async function answerShown(page: Page): Promise<string> {
	const prompt = (await page.locator('.card h2.prompt').innerText()).trim();
	const mode = await page.locator('[data-mode]').getAttribute('data-mode');
	const question = byPrompt.get(prompt.replace(/_{3,}/g, '___'));
	if (mode === 'choice') await page.locator('ol.choices button').first().click();
	else if (mode === 'truefalse') await page.getByRole('button', { name: /^True/ }).click();
	else if (mode === 'typed') {
		await page.getByLabel('Your answer').fill(String(question?.answer ?? 'no idea'));
		await page.keyboard.press('Enter');
	} else throw new Error(`a test asked a question the student would mark: ${prompt}`);
	return prompt;
}

test('a teacher fixes a 40-question test, shares the link, and a student takes exactly that test', async ({ browser }) => {
	const teacherContext = await browser.newContext();
	await teacherContext.grantPermissions(['clipboard-read', 'clipboard-write']);
	const teacher = await teacherContext.newPage();
	await teacher.goto('/');
	await addFromLink(teacher, encodeBankLink(BANK, new URL('/', teacher.url()).href));

	await teacher.goto(`/quiz/${BANK.id}`);
	await teacher.getByText('Fix a test for a class').click();
	await teacher.getByLabel(/^Questions in the class test \(of \d+\)$/).fill('40');
	await teacher.getByLabel('The same order for everyone').check();
	await teacher.getByLabel('Time limit for the class, in minutes (optional)').fill('30');
	await expect(teacher.getByTestId('class-test-summary')).toHaveText('The test: 40 questions, in a fixed order, 30 minutes.');
	await teacher.getByText('See the questions').click();
	const planned = (await teacher.getByTestId('class-test-questions').locator('li').allInnerTexts()).map((t) => t.trim());
	expect(planned).toHaveLength(40);
	expect(planned.every((p) => byPrompt.get(p.replace(/_{3,}/g, '___'))?.type !== 'flashcard')).toBe(true);

	await teacher.getByRole('button', { name: 'Copy link' }).click();
	await expect(teacher.getByText(/^Link copied/)).toBeVisible();
	const link = await teacher.evaluate(() => navigator.clipboard.readText());
	expect(link).toContain('/share#b=');

	// The QR code for a 40-question test: several numbered codes, each one drawn.
	await teacher.getByRole('button', { name: 'Show QR code' }).click();
	const scan = teacher.getByText(/^Scan 1 of \d$/);
	await expect(scan).toBeVisible();
	const total = Number((await scan.innerText()).match(/of (\d)/)![1]);
	expect(total).toBeGreaterThan(1);
	await expect(teacher.getByRole('img', { name: `QR code 1 of ${total} for the share link` })).toBeVisible();
	await teacher.getByRole('button', { name: 'Next code' }).click();
	await expect(teacher.getByRole('img', { name: `QR code 2 of ${total} for the share link` })).toBeVisible();

	// The student: another browser, nothing stored.
	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();
	await student.goto(link);
	await expect(student.getByText('This is a test: 40 questions, in a fixed order, 30 minutes.')).toBeVisible();
	await student.getByRole('button', { name: 'Add to my library' }).click();
	await student.getByRole('link', { name: 'Take the test' }).click();
	await expect(student.getByText('Question 1 of 40')).toBeVisible();
	await expect(student.getByRole('timer', { name: 'Time left' })).toHaveText(/^(30 min|29 min \d+ s) left$/);

	const asked: string[] = [];
	for (let n = 1; n <= 40; n++) {
		await expect(student.getByText(`Question ${n} of 40`)).toBeVisible();
		asked.push(await answerShown(student));
	}
	// The card draws a cloze blank its own way: blanks compare as blanks.
	const blank = (text: string) => text.replace(/_{3,}/g, '___');
	expect(asked.map(blank)).toEqual(planned.map(blank));
	await expect(student.getByRole('heading', { name: /^Score: \d+ of 40 \(\d+%\)$/ })).toBeVisible();

	await teacherContext.close();
	await studentContext.close();
});
