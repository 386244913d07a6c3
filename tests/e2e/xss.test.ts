/**
 * "Nothing injected": text that comes from outside (an article, a bank file,
 * a share link, an Anki deck, the editor) is shown, never run. Each row of
 * WAYS_IN puts the XSS corpus into the app by one way, through the app's
 * own pages; then every place the bank shows is visited with the guard
 * watching: the canary counter, requests leaving the origin, dialogs, and
 * live markup in the DOM. A new way in is one more row.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeBankLink } from '../../src/lib/core/share/link';
import { XSS_PAYLOADS, XSS_TITLE, xssArticle, xssBank } from '../fixtures/xss';
import { BANK_ID } from './helpers';
import { guard, type XssGuard } from './xss-guard';

interface WayIn {
	name: string;
	/** Why the row cannot run yet: it is then a fixme with this reason. */
	pending?: string;
	/** Puts the payloads in through the app; resolves to the id of the bank that holds them. */
	putIn: (page: Page, g: XssGuard, baseURL: string) => Promise<string>;
}

const payload = (name: string) => XSS_PAYLOADS.find((p) => p.name === name)!.html;
const ALL = XSS_PAYLOADS.map((p) => p.html).join(' ');

/** Paste an article full of payloads, give it a payload title, edit a question's answer, choices and explanation into payloads. */
async function viaCreate(page: Page, g: XssGuard): Promise<string> {
	await page.goto('/create');
	await page.getByLabel('Article text').fill(xssArticle());
	await page.getByLabel('Title').fill(XSS_TITLE);
	await page.getByLabel('Publication date').fill('2021-04-01');
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { name: /^Review \d+ questions$/ })).toBeVisible({ timeout: 60_000 });
	await g.check('review of the generated questions');

	// The generator takes answers and choices from facts; the editor puts payloads there too.
	const first = page.locator('ol.review > li').first();
	await first.getByRole('button', { name: 'Edit' }).click();
	const editor = first.locator('form');
	const answer = editor.getByLabel('Answer', { exact: true });
	const choices = editor.getByLabel(/^Choices/);
	const right = payload('img onerror');
	if (await choices.count()) await choices.fill([right, payload('script element'), payload('iframe srcdoc')].join('\n'));
	if ((await answer.evaluate((el) => el.localName)) === 'input') await answer.fill(right);
	const accept = editor.getByLabel(/^Also accept/);
	if (await accept.count()) await accept.fill(payload('svg onload'));
	await editor.getByLabel(/^Explanation/).fill(ALL);
	await editor.getByRole('button', { name: 'Save question' }).click();
	await expect(editor).toHaveCount(0);
	await g.check('the edited question');

	await page.getByRole('button', { name: 'Save bank' }).click();
	await expect(page.getByRole('heading', { name: 'Bank saved' })).toBeVisible();
	await g.check('the saved page');
	const href = await page.getByRole('link', { name: 'Study now' }).getAttribute('href');
	return href!.split('/').pop()!;
}

/** Open a bank file on the import page. */
async function viaImportFile(page: Page, g: XssGuard): Promise<string> {
	const bank = xssBank();
	await page.goto('/import');
	await page.locator('input[type="file"]').setInputFiles({ name: 'xss-corpus.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bank)) });
	await g.check('the import preview');
	await page.getByRole('button', { name: /^Import/ }).click();
	await expect(page.getByRole('status')).toContainText(/imported/i);
	return bank.id;
}

/** Open a share link carrying the whole bank. */
async function viaShareLink(page: Page, g: XssGuard, baseURL: string): Promise<string> {
	const bank = xssBank();
	await page.goto(encodeBankLink(bank, new URL(baseURL).origin));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await g.check('the share page');
	await page.getByRole('button', { name: /Add to (my )?library|Save|Import/ }).click();
	await expect(page.getByRole('status')).toBeVisible();
	return bank.id;
}

/** Open an Anki deck whose fields are HTML full of payloads and images. */
async function viaAnkiDeck(page: Page, g: XssGuard): Promise<string> {
	const { legacyPackage, NOTETYPES } = await import('../unit/core/formats/anki-builder');
	const notes = XSS_PAYLOADS.map((p, i) => ({
		id: i + 1,
		mid: i % 2 ? NOTETYPES.cloze.id : NOTETYPES.basic.id,
		fields: i % 2 ? [`<b>{{c1::${p.html}}}</b> <img src="flag.png">`, p.html] : [`<img src="flag.png"> ${p.html}`, `<i>${p.html}</i>`]
	}));
	const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const apkg = await legacyPackage({ notetypes: [NOTETYPES.basic, NOTETYPES.cloze], decks: { 1: XSS_TITLE }, notes }, { 'flag.png': png });
	await page.goto('/import');
	await page.locator('input[type="file"]').setInputFiles({ name: 'xss.apkg', mimeType: 'application/octet-stream', buffer: Buffer.from(apkg) });
	await g.check('the import preview of the deck');
	await page.getByRole('button', { name: /^Import/ }).click();
	await expect(page.getByRole('status')).toContainText(/imported/i);
	const link = page.getByRole('link', { name: /Study/ }).first();
	return (await link.getAttribute('href'))!.split('/').pop()!;
}

/** Type payloads into the bank editor's fields. */
async function viaEditor(page: Page, g: XssGuard): Promise<string> {
	await page.goto(`/banks/${BANK_ID}/edit`);
	await page.getByLabel(/^Title/).first().fill(XSS_TITLE);
	await page.getByLabel(/^Description/).fill(ALL);
	await page.getByLabel(/^Question/).first().fill(`${payload('double-quoted attribute breakout')} ____`);
	await page.getByLabel(/^Answer/).first().fill(payload('img onerror'));
	await page.getByLabel(/^Explanation/).first().fill(ALL);
	await g.check('the editor');
	await page.getByRole('button', { name: /^Save/ }).first().click();
	await expect(page.getByRole('status')).toContainText(/saved/i);
	return BANK_ID;
}

const WAYS_IN: WayIn[] = [
	{ name: 'an article pasted on /create, edited in review', putIn: viaCreate },
	{ name: 'a bank file opened on /import', pending: 'the /import page is not merged yet; selectors are guesses', putIn: viaImportFile },
	{ name: 'a share link /share#b=…', pending: 'the /share page is not merged yet; selectors are guesses', putIn: viaShareLink },
	{ name: 'an Anki deck with HTML and images opened on /import', pending: 'Anki import in the browser is not merged yet; selectors are guesses', putIn: viaAnkiDeck },
	{ name: 'the bank editor /banks/<id>/edit', pending: 'the bank editor is not merged yet; selectors are guesses', putIn: viaEditor }
];

/** Answers the card or test question shown, whatever its mode; `self` is how a revealed card is marked. */
async function answer(page: Page, self: () => Promise<void>): Promise<void> {
	const mode = await page.locator('[data-mode]').getAttribute('data-mode');
	if (mode === 'choice') await page.locator('ol.choices button').first().click();
	else if (mode === 'truefalse') await page.getByRole('button', { name: /True/ }).click();
	else if (mode === 'typed') {
		await page.getByLabel('Your answer').fill(payload('script element'));
		await page.keyboard.press('Enter');
	} else {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await self();
	}
}

async function study(page: Page, g: XssGuard, bankId: string, cards: number): Promise<void> {
	await page.goto(`/study/${bankId}`);
	for (let n = 1; n <= cards; n++) {
		const card = page.locator('[data-mode]');
		await expect(card.or(page.getByText('All done for today'))).toBeVisible();
		if (!(await card.isVisible())) return;
		await g.check(`study, card ${n}`);
		const before = await page.getByTestId('counts').innerText();
		await answer(page, async () => undefined);
		await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
		await g.check(`study, card ${n} answered`);
		if (await page.getByRole('button', { name: 'Continue' }).isVisible()) await page.getByRole('button', { name: 'Continue' }).click();
		else await page.getByRole('button', { name: /^Good/ }).click();
		await expect(page.getByTestId('counts')).not.toHaveText(before);
	}
}

async function takeTest(page: Page, g: XssGuard, bankId: string, answered: number): Promise<void> {
	await page.goto(`/quiz/${bankId}`);
	const count = page.getByLabel(/Number of questions/);
	const total = (await count.getAttribute('max'))!;
	await count.fill(total);
	await page.getByLabel('Shuffle questions and choices').uncheck();
	await page.getByRole('button', { name: 'Start test' }).click();
	for (let n = 1; n <= Math.min(answered, Number(total)); n++) {
		await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible();
		await g.check(`test, question ${n}`);
		await answer(page, async () => {
			await g.check(`test, question ${n} revealed`);
			await page.getByRole('button', { name: 'I was wrong' }).click();
		});
	}
	await page.getByRole('button', { name: 'End test now' }).click();
	await expect(page.getByRole('heading', { name: /^Score:/ })).toBeVisible();
	// The report lists every question with its answer and source sentence.
	await expect(page.locator('ol.items > li')).toHaveCount(Number(total));
	await g.check('the test report');
}

for (const way of WAYS_IN) {
	test(`payloads put in by ${way.name} never run or fetch, wherever the bank shows`, async ({ page, baseURL }) => {
		test.fixme(!!way.pending, way.pending);
		test.setTimeout(240_000);
		const g = await guard(page, baseURL!);
		const bankId = await way.putIn(page, g, baseURL!);

		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Your banks' })).toBeVisible();
		await g.check('the library');
		await page.goto(`/banks/${bankId}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await g.check('the bank page');
		await study(page, g, bankId, 6);
		await takeTest(page, g, bankId, 4);
		await g.check('the end');
	});
}
