/**
 * Everything a card needs is in view without scrolling, on a desktop and on a
 * phone: the card, its feedback and the rating buttons, for every kind of
 * card, with the longest prompts and sources the shipped bank has and a
 * multiple-choice card with four long choices. On a phone the rating bar is
 * fixed at the bottom and must not cover the content above it.
 */
import { expect, test, type Page } from '@playwright/test';
import { storedBankIds } from './imported';
import type { CardKind } from './helpers';

const SIZES = [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
];

const SOURCE =
	'Seoul has pressed for a resumption of talks since the Hanoi summit collapsed, and officials say the new administration in Washington offers a chance to restart the process, though Pyongyang has so far ignored every call and kept testing short-range missiles in the months since.';
const EXPLANATION = 'The talks stalled after the second summit ended without a deal on sanctions relief in exchange for dismantling the main nuclear site.';
const LONG =
	'After the collapse of the second summit between the two leaders, which city did South Korean officials name again and again as the place where the talks had broken down, when they asked the incoming administration in Washington to pick up where its predecessor had left off?';
const ARTICLE = `A note before the quote. ${SOURCE} And a note after it.`;
const extra = { source: { text: SOURCE, start: ARTICLE.indexOf(SOURCE), end: ARTICLE.indexOf(SOURCE) + SOURCE.length }, explanation: EXPLANATION };

/** One fact per kind of card, each as long as the shipped bank's longest. */
const WORST_BANK = {
	format: 'factdeck.bank',
	version: 1,
	id: 'layout-worst-case',
	title: 'Layout worst case',
	source: { title: 'Layout worst case', text: ARTICLE },
	questions: [
		{
			id: 'm',
			fact: 'm',
			type: 'mcq',
			prompt: LONG,
			answer: 'Hanoi, at the second summit',
			choices: ['Singapore, at the first summit', 'Hanoi, at the second summit', 'Panmunjom, at the border meeting', 'Pyongyang, at the inter-Korean summit'],
			...extra
		},
		{ id: 't', fact: 't', type: 'truefalse', prompt: `True or false: ${LONG.replace('which city did', 'officials')}`, answer: true, ...extra },
		{ id: 's', fact: 's', type: 'short', prompt: LONG, answer: 'Hanoi', ...extra },
		{ id: 'f', fact: 'f', type: 'flashcard', prompt: LONG, answer: 'Hanoi, where the second summit ended early without an agreement', ...extra },
		{ id: 'c', fact: 'c', type: 'cloze', prompt: `${LONG.slice(0, 160)} The talks broke down in ___ in February 2019.`, answer: 'Hanoi', ...extra }
	]
};

/** Imports the worst-case bank through the import page, as a learner would, and returns its id. */
async function importWorstBank(page: Page): Promise<string> {
	await page.goto('/import');
	await page
		.getByLabel('Choose a file to import')
		.setInputFiles({ name: 'layout.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(WORST_BANK)) });
	await page.getByRole('button', { name: /^Import \d+ questions?$/ }).click();
	await expect(page.getByRole('heading', { name: /^Imported/ })).toBeVisible();
	expect(await storedBankIds(page)).toContain(WORST_BANK.id);
	return WORST_BANK.id;
}

/** Where each part is, and how far the page scrolls, measured in the page. */
async function measure(page: Page) {
	return page.evaluate(() => {
		const box = (selector: string) => {
			const el = document.querySelector(selector);
			if (!el) return null;
			const r = el.getBoundingClientRect();
			return { top: r.top, bottom: r.bottom };
		};
		const buttons = [...document.querySelectorAll('[role="group"][aria-label="Rate your recall"] button')].map((b) => b.getBoundingClientRect());
		return {
			innerHeight: window.innerHeight,
			scrollHeight: document.scrollingElement!.scrollHeight,
			card: box('[data-mode]'),
			feedback: box('section.feedback'),
			ratings: buttons.map((r) => ({ top: r.top, bottom: r.bottom })),
			continueButton: box('button.continue')
		};
	});
}

type Box = { top: number; bottom: number } | null;

function expectInView(what: string, box: Box, height: number) {
	expect(box, `${what} is shown`).not.toBeNull();
	expect(box!.top, `${what} starts in view`).toBeGreaterThanOrEqual(0);
	expect(box!.bottom, `${what} ends in view`).toBeLessThanOrEqual(height + 0.5);
}

/**
 * Puts off the backup reminder if it is up. Keeping banners out of a session
 * is another part of issue 15; until it lands the reminder would push the
 * card down, and this test measures the study page's own layout.
 */
async function putOffBackupReminder(page: Page) {
	const later = page.getByRole('button', { name: 'Not now' });
	if (await later.isVisible()) await later.click();
}

/** Answers the card on screen by clicking, wrongly where it can, so the longest feedback shows. */
async function answerWrong(page: Page, kind: CardKind) {
	if (kind === 'reveal') await page.getByRole('button', { name: 'Show answer' }).click();
	else if (kind === 'choice') await page.locator('ol.choices button').first().click();
	else if (kind === 'truefalse') await page.getByRole('button', { name: 'False', exact: true }).click();
	else {
		await page.getByLabel('Your answer').fill('Seoul');
		await page.getByRole('button', { name: 'Check' }).click();
	}
	await expect(page.getByRole('button', { name: 'Again' })).toBeVisible();
}

for (const size of SIZES) {
	test(`every kind of card, answered, fits in view without scrolling at ${size.width}×${size.height}`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.setViewportSize(size);
		const bankId = await importWorstBank(page);
		await page.goto(`/study/${bankId}`);
		const seen = new Set<string>();
		for (let i = 0; i < 12 && seen.size < 4; i++) {
			const card = page.locator('[data-mode]');
			await expect(card).toBeVisible();
			const kind = (await card.getAttribute('data-mode')) as CardKind;
			await putOffBackupReminder(page);
			const asked = await measure(page);
			expectInView(`the ${kind} card`, asked.card, asked.innerHeight);
			expect(asked.scrollHeight, `no scrolling for the ${kind} card`).toBeLessThanOrEqual(asked.innerHeight);

			await answerWrong(page, kind);
			await putOffBackupReminder(page);
			if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${size.width}-${kind}.png` });
			const answered = await measure(page);
			if (process.env.SHOTS_DIR) console.log(kind, JSON.stringify(answered));
			const { innerHeight } = answered;
			expectInView(`the answered ${kind} card`, answered.card, innerHeight);
			expectInView(`the feedback of the ${kind} card`, answered.feedback, innerHeight);
			expect(answered.ratings).toHaveLength(4);
			for (const [i, rating] of answered.ratings.entries()) expectInView(`rating button ${i + 1}`, rating, innerHeight);
			if (kind !== 'reveal') expectInView('Continue', answered.continueButton, innerHeight);
			// Nothing above the rating bar is hidden under it: the feedback ends before the bar starts.
			const barTop = Math.min(...answered.ratings.map((r) => r.top));
			expect(answered.feedback!.bottom, 'the feedback ends above the rating bar').toBeLessThanOrEqual(barTop);
			expect(answered.scrollHeight, `no scrolling once the ${kind} card is answered`).toBeLessThanOrEqual(innerHeight);
			seen.add(kind);

			// A rating goes on at once, or (on a card that graded itself) selects it for Continue.
			await page.getByRole('button', { name: 'Good' }).click();
			const ratings = page.getByRole('button', { name: 'Again' });
			await expect(ratings)
				.toHaveCount(0, { timeout: 1500 })
				.catch(() => page.getByRole('button', { name: 'Continue' }).click());
			await expect(ratings).toHaveCount(0);
		}
		expect([...seen].sort()).toEqual(['choice', 'reveal', 'truefalse', 'typed']);
	});
}
