/**
 * "Nothing injected": text that comes from outside (an article, a bank file,
 * a share link, an Anki deck, GIFT and CSV files, the editor, students'
 * result files) is shown, never run. Each row of
 * WAYS_IN puts the XSS corpus into the app by one way, through the app's
 * own pages; then every place the bank shows is visited with the guard
 * watching: the canary counter, requests leaving the origin, dialogs, and
 * live markup in the DOM. A new way in is one more row.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { encodeBankLink } from '$lib/core/share/link';
import { XSS_PAYLOADS, XSS_TITLE, xssArticle, xssBank } from '../fixtures/xss';
import { xssCsv, xssGift } from '../fixtures/xss-files';
import { BANK_ID } from './helpers';
import { guard, type XssGuard } from './xss-guard';
import { addResults, takeTest, tour } from './xss-tour';

interface WayIn {
	name: string;
	/** Puts the payloads in through the app; resolves to the id of the bank that holds them. */
	putIn: (page: Page, g: XssGuard, baseURL: string) => Promise<string>;
}

const ALL = XSS_PAYLOADS.map((p) => p.html).join(' ');
const html = (i: number) => XSS_PAYLOADS[i % XSS_PAYLOADS.length].html;
/** Reading an Anki deck first compiles SQLite's wasm, which is slow on a busy machine. */
const READ_TIMEOUT = { timeout: 30_000 };

/**
 * Fills one question's fields (the review editor of /create or the bank
 * editor, which share them) with payloads, keeping the question valid: a
 * cloze keeps its blank, a multiple choice its answer among the choices.
 */
async function fillQuestion(form: Locator, i: number): Promise<void> {
	const field = (name: string) => form.locator(`[id$="-${name}"]`);
	const prompt = field('prompt');
	const cloze = (await prompt.inputValue()).includes('___');
	await prompt.fill(cloze ? `${html(i)} ____ ${html(i + 1)}` : `Question ${i} ${html(i)}`);
	const right = `${html(i + 2)} ${i}`;
	if ((await field('answer').evaluate((el) => el.localName)) === 'input') await field('answer').fill(right);
	if (await field('choices').count()) await field('choices').fill([right, html(i + 3), html(i + 4)].join('\n'));
	if (await field('accept').count()) await field('accept').fill(html(i + 5));
	await field('explanation').fill(ALL);
}

/** Paste an article full of payloads, give it a payload title, edit a question's fields into payloads. */
async function viaCreate(page: Page, g: XssGuard): Promise<string> {
	await page.goto('/create');
	await page.getByLabel('Article text').fill(xssArticle());
	await page.getByLabel('Title').fill(XSS_TITLE);
	await page.getByLabel('Publication date').fill('2021-04-01');
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { name: /^Review \d+ questions on \d+ facts?$/ })).toBeVisible({ timeout: 60_000 });
	await g.check('review of the generated questions');

	// The generator takes answers and choices from facts; the editor puts payloads there too.
	const first = page.getByRole('list', { name: 'Facts' }).locator(':scope > li').first();
	await first
		.getByRole('button', { name: /^Edit question / })
		.first()
		.click();
	const editor = first.locator('form');
	await fillQuestion(editor, 1);
	await editor.getByRole('button', { name: 'Save question' }).click();
	await expect(editor).toHaveCount(0);
	await g.check('the edited question');

	await page.getByRole('button', { name: 'Save bank' }).click();
	await expect(page.getByRole('heading', { name: 'Bank saved' })).toBeVisible();
	await g.check('the saved page');
	const href = await page.getByRole('link', { name: 'Study now' }).getAttribute('href');
	return href!.split('/').pop()!;
}

/** Opens a file on /import, checks its preview, imports it; resolves to the new bank's id. */
async function importFile(page: Page, g: XssGuard, file: { name: string; mimeType: string; buffer: Buffer }): Promise<string> {
	await page.goto('/import');
	await page.getByLabel('Choose a file to import').setInputFiles(file);
	await expect(page.getByTestId('question-count')).toBeVisible(READ_TIMEOUT);
	await g.check(`the import preview of ${file.name}`);
	await page.getByRole('button', { name: /^Import \d+ questions?$/ }).click();
	await expect(page.getByRole('heading', { name: /^Imported \d+ questions?$/ })).toBeVisible();
	await g.check(`${file.name} imported`);
	return (await page.getByRole('link', { name: 'Open bank' }).getAttribute('href'))!.split('/').pop()!;
}

/** A Factdeck bank file: every text field, and the HTML of every question. */
async function viaBankFile(page: Page, g: XssGuard): Promise<string> {
	const buffer = Buffer.from(JSON.stringify(xssBank()));
	return importFile(page, g, { name: 'xss-corpus.json', mimeType: 'application/json', buffer });
}

/** Open a share link carrying the whole bank. */
async function viaShareLink(page: Page, g: XssGuard, baseURL: string): Promise<string> {
	const bank = xssBank();
	await page.goto(encodeBankLink(bank, new URL(baseURL).origin));
	await expect(page.getByTestId('question-count')).toHaveText(String(bank.questions.length));
	await g.check('the share page preview');
	await page.getByRole('button', { name: 'Add to my library' }).click();
	await expect(page.getByRole('heading', { name: /^Added \d+ questions to your library$/ })).toBeVisible();
	await g.check('the share page, added');
	return (await page.getByRole('link', { name: 'Open bank' }).getAttribute('href'))!.split('/').pop()!;
}

/** A 1×1 PNG: the deck's image is a real one, so it is shown, not just named. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Open an Anki deck whose fields are HTML full of payloads and images. */
async function viaAnkiDeck(page: Page, g: XssGuard): Promise<string> {
	const { legacyPackage, NOTETYPES } = await import('../unit/core/formats/anki-builder');
	const notes = XSS_PAYLOADS.map((p, i) => ({
		id: i + 1,
		mid: i % 2 ? NOTETYPES.cloze.id : NOTETYPES.basic.id,
		fields: i % 2 ? [`<b>{{c1::${p.html}}}</b> <img src="flag.png">`, p.html] : [`<img src="flag.png"> ${p.html}`, `<i>${p.html}</i>`]
	}));
	const apkg = await legacyPackage({ notetypes: [NOTETYPES.basic, NOTETYPES.cloze], decks: { 1: XSS_TITLE }, notes }, { 'flag.png': new Uint8Array(PNG) });
	return importFile(page, g, { name: 'xss.apkg', mimeType: 'application/octet-stream', buffer: Buffer.from(apkg) });
}

/** A Moodle GIFT file: question text, right and wrong answers, feedback, general feedback. */
async function viaGift(page: Page, g: XssGuard): Promise<string> {
	return importFile(page, g, { name: 'xss-corpus.gift', mimeType: 'text/plain', buffer: Buffer.from(xssGift()) });
}

/** A CSV file: question, answer, choices, accepted answers, explanation, HTML columns. */
async function viaCsv(page: Page, g: XssGuard): Promise<string> {
	return importFile(page, g, { name: 'xss-corpus.csv', mimeType: 'text/csv', buffer: Buffer.from(xssCsv()) });
}

/** Type payloads into the bank editor's fields: the bank's own, and the first questions'. */
async function viaEditor(page: Page, g: XssGuard): Promise<string> {
	await page.goto(`/banks/${BANK_ID}/edit`);
	const row = (n: number) => page.getByRole('button', { name: new RegExp(`^Question ${n}\\b`) });
	// The editor opens one question at a time, from its row in the list.
	const question = async (n: number) => {
		await row(n).click();
		return page.getByRole('region', { name: `Question ${n}`, exact: true });
	};
	// The first visit loads the shipped bank into IndexedDB before the editor can show it.
	await expect(row(1)).toBeVisible({ timeout: 30_000 });
	await page.getByLabel('Title', { exact: true }).fill(XSS_TITLE);
	await page.getByLabel('Description (optional)').fill(ALL);
	await page.getByLabel('Tags (optional)').fill(`${html(0)}, ${html(1)}`);
	for (let n = 1; n <= 8; n++) await fillQuestion(await question(n), n);
	await g.check('the editor');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.locator('#save-state')).toHaveText('Saved.');
	await g.check('the editor, saved');
	return BANK_ID;
}

/**
 * Result files whose student names and given answers are payloads: a real
 * result of the seed bank, taken here, rewritten as a student could, with
 * names past the name field's limit and every payload among them.
 */
async function viaResultFile(page: Page, g: XssGuard): Promise<string> {
	const taken = JSON.parse(await takeTest(page, g, BANK_ID, 3));
	const names: string[] = [];
	for (const p of XSS_PAYLOADS) {
		const last = names.length - 1;
		if (last >= 0 && `${names[last]} ${p.html}`.length <= 200) names[last] += ` ${p.html}`;
		else names.push(p.html);
	}
	const files = names.map((student, k) => {
		// Each file a minute later, start and finish together: the app writes the finish as start plus time taken.
		const later = (at: string) => new Date(Date.parse(at) + (k + 1) * 60_000).toISOString();
		const answers = taken.answers.map((a: { questionId: string }, j: number) => ({ questionId: a.questionId, given: html(k + j), correct: false }));
		const times = { startedAt: later(taken.startedAt), finishedAt: later(taken.finishedAt) };
		const result = { ...taken, student, ...times, answers, score: { correct: 0, total: answers.length } };
		return { name: `student-${k + 1}.result.json`, text: JSON.stringify(result) };
	});
	await addResults(page, g, BANK_ID, files);
	return BANK_ID;
}

const WAYS_IN: WayIn[] = [
	{ name: 'an article pasted on /create, edited in review', putIn: viaCreate },
	{ name: 'a bank file opened on /import', putIn: viaBankFile },
	{ name: 'a share link /share#b=…', putIn: viaShareLink },
	{ name: 'an Anki deck with HTML and images opened on /import', putIn: viaAnkiDeck },
	{ name: 'a Moodle GIFT file opened on /import', putIn: viaGift },
	{ name: 'a CSV file opened on /import', putIn: viaCsv },
	{ name: 'the bank editor /banks/<id>/edit', putIn: viaEditor },
	{ name: "result files added on a bank's Results tab", putIn: viaResultFile }
];

for (const way of WAYS_IN) {
	test(`payloads put in by ${way.name} never run or fetch, wherever the bank shows`, async ({ page, baseURL }) => {
		test.setTimeout(240_000);
		const g = await guard(page, baseURL!);
		const bankId = await way.putIn(page, g, baseURL!);
		await tour(page, g, bankId);
	});
}
