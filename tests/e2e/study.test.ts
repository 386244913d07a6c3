import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answerCard, bankEntry, control, countsText, lastReview, reviewCount, STUDY_PATH, tabTo, waitForCard, type Answered } from './helpers';

test('studies five cards by keyboard alone and saves every answer', async ({ page }) => {
	await page.goto('/');
	const entry = bankEntry(page);
	await expect(entry).toBeVisible();
	await tabTo(page, control(entry, 'Study'));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${STUDY_PATH}$`));
	await waitForCard(page);
	const before = await countsText(page);

	const answers: Answered[] = [];
	for (let i = 0; i < 5; i++) answers.push(await answerCard(page, { correct: i % 2 === 0 }));

	await expect.poll(() => reviewCount(page)).toBe(5);
	expect(await countsText(page)).not.toBe(before);
	for (const answer of answers.filter((a) => a.kind !== 'reveal')) {
		// An auto-graded answer preselects exactly one rating: Good if right, Again if wrong.
		expect(answer.preselected, `${answer.kind} card ${answer.question?.id ?? ''}`).toHaveLength(1);
		if (answer.expected) expect(answer.preselected[0]).toBe(answer.expected);
	}
});

test('keeps progress across a reload', async ({ page }) => {
	await page.goto(STUDY_PATH);
	await waitForCard(page);
	const fresh = await countsText(page);
	for (let i = 0; i < 3; i++) await answerCard(page);
	await expect.poll(() => reviewCount(page)).toBe(3);
	await waitForCard(page);
	const studied = await countsText(page);
	expect(studied).not.toBe(fresh);

	await page.reload();
	await waitForCard(page);
	expect(await countsText(page)).toBe(studied);
	expect(await reviewCount(page)).toBe(3);
});

test('auto-graded answers preselect Good when right and Again when wrong, changeable before going on', async ({ page }) => {
	await page.goto(STUDY_PATH);
	const checked: Answered[] = [];
	let changed = false;
	for (let i = 0; i < 16 && (checked.length < 4 || !changed); i++) {
		const { kind } = await waitForCard(page);
		const change = kind !== 'reveal' && kind !== 'done' && !changed;
		const answer = await answerCard(page, { correct: i % 2 === 1, rating: change ? 'Hard' : undefined });
		if (answer.expected) checked.push(answer);
		if (change) {
			changed = true;
			// The learner's choice, not the automatic one, goes into the review log.
			await expect.poll(async () => (await lastReview(page))?.rating).toBe(2);
		}
	}
	expect(checked.length, 'auto-graded cards recognised in the seed bank').toBeGreaterThan(0);
	expect(changed, 'an auto-graded card was shown').toBe(true);
	for (const answer of checked) expect(answer.preselected, answer.question?.id).toEqual([answer.expected]);
});

test('ends the session with "All done for today" and what comes next', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto(STUDY_PATH);
	// Easy graduates a new card at once, so the day's new cards run out quickly.
	for (let i = 0; i < 100; i++) {
		const { kind } = await waitForCard(page);
		if (kind === 'done') break;
		await answerCard(page, { rating: 'Easy' });
	}
	await expect(page.getByText('All done for today')).toBeVisible();
	await expect(page.getByText(/due|tomorrow|new card/i).first()).toBeVisible();
});

test('the library lists the seed bank with its counts, and Study all opens a session', async ({ page }) => {
	await page.goto('/');
	const entry = bankEntry(page);
	await expect(entry).toBeVisible();
	await expect(control(entry, 'Study')).toBeVisible();
	await expect(entry).toContainText(/new/i);
	await expect(entry).toContainText(/\d/);

	await tabTo(page, control(page, 'Study all'));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/study\/?$/);
	const { kind } = await waitForCard(page);
	expect(kind).not.toBe('done');
	await expect(page.getByTestId('counts')).toBeVisible();
});

test.describe('before the grading code or the rating buttons have arrived', () => {
	// Without the service worker every chunk comes from the network, where the test can hold one back.
	test.use({ serviceWorkers: 'block' });

	/** Holds back the chunk built from the given module until the returned function is called. */
	async function holdChunk(page: Page, module: string): Promise<() => void> {
		const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
		const chunk: string = manifest[module].file;
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(`**/${chunk}`, async (route) => {
			await held;
			await route.continue();
		});
		return release;
	}

	/** The first card is drawn at random: reloads until it grades itself (a choice or a typed answer). */
	async function openAutoGradedCard(page: Page): Promise<void> {
		let kind = 'reveal';
		for (let tries = 0; tries < 12 && (kind === 'reveal' || kind === 'done'); tries++) {
			if (tries === 0) await page.goto(STUDY_PATH);
			else await page.reload();
			({ kind } = await waitForCard(page));
		}
		expect(['choice', 'truefalse', 'typed'], 'an auto-graded first card').toContain(kind);
	}

	test('an answer waits for the grading code, is graded, and is saved', async ({ page }) => {
		const release = await holdChunk(page, 'src/lib/study/answering.ts');
		await openAutoGradedCard(page);

		const answering = answerCard(page);
		// Held back, the answer cannot be graded: no verdict, no Continue, nothing saved.
		await page.waitForTimeout(800);
		expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
		expect(await reviewCount(page)).toBe(0);

		release();
		const answer = await answering;
		expect(answer.preselected).toHaveLength(1);
		await expect.poll(() => reviewCount(page)).toBe(1);
	});

	test('Continue comes with the rating it accepts, never before the rating buttons', async ({ page }) => {
		const release = await holdChunk(page, 'src/lib/study/after-answer.ts');
		await openAutoGradedCard(page);

		const answering = answerCard(page);
		await page.waitForTimeout(800);
		expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);

		release();
		const answer = await answering;
		expect(answer.preselected).toHaveLength(1);
		await expect.poll(() => reviewCount(page)).toBe(1);
	});
});
