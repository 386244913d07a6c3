/**
 * LaTeX in an Anki deck, typeset as MathML everywhere a question shows: the
 * import preview, study, a test, the print sheet and the editor's preview,
 * and offline once the app has been visited (the typesetter's chunk comes
 * from the cache).
 */
import { expect, test, type Page } from '@playwright/test';
import { legacyPackage, NOTETYPES } from '../unit/core/formats/anki-builder';
import { ownServer } from './imported';
import { waitForOfflineReady } from './probes';

// Its offline step has waited past 40 s for the service worker on the app's own server, on a
// loaded machine (as the two-device sync file has): retried once while that is found.
test.describe.configure({ retries: 1 });

/** Typed-answer notes (a test can mark them) whose fronts hold inline and display math in Anki's own delimiters and MathJax's. */
const DECK = {
	notetypes: [NOTETYPES.typed],
	decks: { 1: 'Math' },
	notes: [
		{ id: 1, mid: 4, fields: ['Solve [$]x^2 = 4[/$] for x &gt; 0: [$$]x = \\sqrt{4}[/$$]', '[$]x = 2[/$]'] },
		{ id: 2, mid: 4, fields: ['<b>Sum</b> of \\(1/n^2\\): \\[\\sum_{n=1}^{\\infty} \\frac{1}{n^2}\\]', '$$\\frac{\\pi^2}{6}$$'] },
		{ id: 3, mid: 4, fields: ['Area \\(A\\) of a circle of radius \\(r\\): $$A = ?$$', '[$]\\pi r^2[/$]'] }
	]
};

/** The prompt on screen has inline math and display math, as MathML. */
async function expectTypesetPrompt(page: Page): Promise<void> {
	const prompt = page.locator('h2.prompt');
	await expect(prompt.locator('math:not([display="block"])').first()).toBeVisible();
	await expect(prompt.locator('math[display="block"]')).toHaveCount(1);
	// The LaTeX is gone from the text: no delimiter is left showing.
	await expect(prompt).not.toContainText(/\[\/?\$|\\\(|\\\[|\$\$/);
}

test('an Anki deck with math imports, and shows typeset math in study, a test, print and the editor, offline too', async ({ browser }) => {
	// Six pages, and the app's cache filled on a machine shared with other tests: more than the usual minute.
	test.setTimeout(120_000);
	const run = await ownServer(browser);
	try {
		const page = await run.context.newPage();
		await page.goto('/import');
		// The service worker starts only once a page has stayed idle; the pages below are left too soon for that.
		await waitForOfflineReady(page);
		await page
			.locator('input[type="file"]')
			.setInputFiles({ name: 'math-deck.apkg', mimeType: 'application/octet-stream', buffer: Buffer.from(await legacyPackage(DECK)) });
		// The preview typesets what it samples.
		await expect(page.locator('.sample math').first()).toBeVisible({ timeout: 30_000 });
		await page.getByRole('button', { name: 'Import 3 questions' }).click();
		await expect(page.getByRole('heading', { name: 'Imported 3 questions' })).toBeVisible();
		const href = (await page.getByRole('link', { name: 'Open bank' }).getAttribute('href')) ?? '';
		const bankId = href.split('/').pop()!;

		await page.goto(`/study/${bankId}`);
		await expectTypesetPrompt(page);
		// "I don't know" shows the right answer, typeset too.
		await page.getByRole('button', { name: "I don't know" }).click();
		await expect(page.locator('.feedback math').first()).toBeVisible();

		await page.goto(`/quiz/${bankId}`);
		await page.getByLabel(/Number of questions/).fill('3');
		await page.getByRole('button', { name: 'Start test' }).click();
		await expectTypesetPrompt(page);

		await page.goto(`/banks/${bankId}/print`);
		await expect(page.locator('.sheet .questions math[display="block"]')).toHaveCount(3);
		await expect(page.locator('.sheet .key math').first()).toBeVisible();

		// The editor typesets a field with a formula under it, as it is typed.
		await page.goto(`/banks/${bankId}/edit`);
		const row = page.getByRole('button', { name: /^Question 1\b/ });
		await expect(row).toBeVisible({ timeout: 30_000 });
		const open = page.getByRole('region', { name: 'Question 1', exact: true });
		if (!(await open.count())) await row.click();
		const preview = open.getByRole('group', { name: 'Preview' }).first();
		await expect(preview.locator('math').first()).toBeVisible();
		await open.getByLabel('Question', { exact: true }).fill('Typed \\(y^3\\) just now');
		await expect(preview.locator('math')).toHaveCount(1);
		await expect(preview).toContainText('just now');
		await expect(preview).not.toContainText('\\(');

		await run.stop();
		const offline = await run.context.newPage();
		await offline.goto(`/study/${bankId}`);
		await expectTypesetPrompt(offline);
	} finally {
		await run.close();
	}
});
