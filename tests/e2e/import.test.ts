import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import initSqlJs from 'sql.js';
import { detectFormat, parseBankFile, type BankFormat } from '$lib/core/formats';
import { currentPackage } from '../unit/core/formats/anki-builder';
import { EXPECTED, HISTORY_DECK } from '../unit/core/formats/anki-history-deck';
import { readStored } from './durability';
import { libraryTitles, ownServer, storedBankIds, studyOneCard } from './imported';
import { reviewCount, waitForOfflineReady } from './probes';

const SHARED = fileURLToPath(new URL('../fixtures/formats/shared/', import.meta.url));
const CSV = 'front,back\nCapital of France,Paris\nCapital of Spain,Madrid\nCapital of Italy,Rome\n';
const AIKEN = 'Which planet is red?\nA. Venus\nB. Mars\nC. Jupiter\nANSWER: B\n\nHow many legs has a spider?\nA) Six\nB) Eight\nANSWER: B\n';

/** What the app should find in a file: read here with the same codecs. */
async function expected(path: string) {
	const bytes = new Uint8Array(readFileSync(path));
	const name = path.split('/').pop()!;
	const format = detectFormat(name, bytes) as BankFormat;
	const result = parseBankFile(format, bytes, { name, sql: format === 'apkg' ? await initSqlJs() : undefined });
	if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
	return result.bank;
}

const fileInput = (page: Page) => page.getByLabel('Choose a file to import');
/** Reading an Anki deck first compiles SQLite's wasm, which is slow on a busy machine. */
const READ_TIMEOUT = { timeout: 30_000 };

/** Imports what is previewed and checks the result screen. */
async function importPreviewed(page: Page, count: number): Promise<void> {
	const label = `${count} ${count === 1 ? 'question' : 'questions'}`;
	await page.getByRole('button', { name: `Import ${label}` }).click();
	await expect(page.getByRole('heading', { name: `Imported ${label}` })).toBeVisible();
}

const FIXTURES = [
	{ file: 'gift/moodle-examples.gift', format: 'Moodle GIFT' },
	{ file: 'apkg/diffmodels2-1.apkg', format: 'Anki package' },
	{ file: 'apkg/update1.apkg', format: 'Anki package' },
	{ file: 'apkg/zhongwen-anki21b.apkg', format: 'Anki package' }
];

for (const { file, format } of FIXTURES) {
	test(`imports ${file} through /import and studies a card of it`, async ({ page }) => {
		const bank = await expected(SHARED + file);
		await page.goto('/import');
		await fileInput(page).setInputFiles(SHARED + file);
		await expect(page.getByRole('heading', { name: bank.title, level: 2 })).toBeVisible(READ_TIMEOUT);
		await expect(page.getByText(`Detected format: ${format}`)).toBeVisible();
		await expect(page.getByTestId('question-count')).toHaveText(String(bank.questions.length));
		if (format === 'Anki package') await expect(page.getByText(/the package holds no review history/)).toBeVisible();
		expect(await storedBankIds(page)).not.toContain(bank.id);

		await importPreviewed(page, bank.questions.length);
		await expect(page.getByRole('link', { name: 'Open bank' })).toHaveAttribute('href', `/banks/${bank.id}`);
		await page.getByRole('link', { name: 'Study now' }).click();
		await expect(page).toHaveURL(new RegExp(`/study/${bank.id}$`));
		await studyOneCard(page, bank.id);
	});
}

test('a deck with nothing importable says so, names the sound and the empty note, and offers no import', async ({ page }) => {
	await page.goto('/import');
	await fileInput(page).setInputFiles(SHARED + 'apkg/media.apkg');
	await expect(page.getByRole('alert')).toContainText('Nothing can be imported', READ_TIMEOUT);
	await expect(page.getByTestId('question-count')).toHaveText('0');
	await expect(page.getByTestId('warnings')).toContainText('foo.wav');
	await expect(page.getByTestId('unsupported')).toContainText('the back is empty');
	await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
});

test('a CSV file made here is previewed, retitled, imported and studied', async ({ page }) => {
	await page.goto('/import');
	await expect(page.getByRole('heading', { name: 'What you can import' })).toBeVisible();
	await fileInput(page).setInputFiles({ name: 'capitals.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
	await expect(page.getByText('Detected format: CSV (comma-separated text)')).toBeVisible();
	await expect(page.getByText('3 flashcards')).toBeVisible();
	await page.getByLabel('Bank title').fill('European capitals');
	await importPreviewed(page, 3);
	expect(await libraryTitles(page)).toContain('European capitals');
	await studyOneCard(page, 'capitals');
});

test('an Aiken file made here is recognised from its content and imported', async ({ page }) => {
	await page.goto('/import');
	await fileInput(page).setInputFiles({ name: 'science.txt', mimeType: 'text/plain', buffer: Buffer.from(AIKEN) });
	await expect(page.getByText('Detected format: Aiken')).toBeVisible();
	await expect(page.getByText('2 multiple choice')).toBeVisible();
	await importPreviewed(page, 2);
	await page.getByRole('button', { name: 'Import another file' }).click();
	await expect(fileInput(page)).toBeEnabled();
	await studyOneCard(page, 'science');
});

test('once installed, an Anki deck imports with no connection', async ({ browser }) => {
	const run = await ownServer(browser);
	try {
		const page = await run.context.newPage();
		await page.goto('/import');
		await waitForOfflineReady(page);
		await run.stop();
		await page.reload();
		const bank = await expected(SHARED + 'apkg/zhongwen-anki21b.apkg');
		await fileInput(page).setInputFiles(SHARED + 'apkg/zhongwen-anki21b.apkg');
		await expect(page.getByRole('heading', { name: bank.title, level: 2 })).toBeVisible(READ_TIMEOUT);
		await importPreviewed(page, bank.questions.length);
		expect(await storedBankIds(page)).toContain(bank.id);
	} finally {
		await run.close();
	}
});

test('an Anki deck studied in Anki brings its reviews, and its studied cards keep their due dates', async ({ page }) => {
	await page.goto('/import');
	const reviews = await reviewCount(page);
	await fileInput(page).setInputFiles({ name: 'capitals.apkg', mimeType: 'application/octet-stream', buffer: Buffer.from(await currentPackage(HISTORY_DECK)) });
	await expect(page.getByTestId('history')).toHaveText('16 reviews of 5 cards; 5 keep their due dates from Anki; 2 stay suspended', READ_TIMEOUT);
	await expect(page.getByTestId('history-left-out')).toContainText('1 review in a filtered deck that does not reschedule');
	await expect(page.getByTestId('warnings')).toContainText('1 card studied in Anki has no review left to replay');
	await importPreviewed(page, 9);
	expect(await reviewCount(page)).toBe(reviews + EXPECTED.summary.reviews);
	const stored = await readStored(page, 'capitals');
	expect(stored.reviews).toHaveLength(EXPECTED.summary.reviews);
	const cards = new Map(stored.cards.map((card) => [card.fact, card]));
	for (const [fact, due] of Object.entries(EXPECTED.due)) expect([fact, cards.get(fact)!.due.getTime()]).toEqual([fact, due]);
	expect(cards.get('anki-g4')!.suspended).toBe(1);
	expect(cards.get('anki-g5')!.state).toBe(0);
});

test('a file dropped on the page is read like a picked one', async ({ page }) => {
	await page.goto('/import');
	const drop = await page.evaluateHandle((csv) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
		return transfer;
	}, CSV);
	const zone = page.getByRole('group').filter({ has: fileInput(page) });
	await zone.dispatchEvent('dragover', { dataTransfer: drop });
	await zone.dispatchEvent('drop', { dataTransfer: drop });
	await expect(page.getByRole('heading', { name: 'dropped', level: 2 })).toBeVisible();
	await expect(page.getByTestId('question-count')).toHaveText('3');
});

test('importing the same file again asks, and Replace keeps one bank', async ({ page }) => {
	const csv = { name: 'capitals.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) };
	await page.goto('/import');
	await fileInput(page).setInputFiles(csv);
	await importPreviewed(page, 3);
	await page.getByRole('button', { name: 'Import another file' }).click();
	await fileInput(page).setInputFiles(csv);
	await page.getByRole('button', { name: 'Import 3 questions' }).click();
	await expect(page.getByRole('button', { name: 'Add as a copy' })).toBeFocused();
	await page.getByRole('button', { name: 'Keep mine' }).click();
	await expect(page.getByRole('button', { name: 'Import 3 questions' })).toBeVisible();
	await page.getByRole('button', { name: 'Import 3 questions' }).click();
	await page.getByRole('button', { name: 'Replace mine' }).click();
	await page.getByRole('button', { name: 'Replace', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Imported 3 questions' })).toBeVisible();
	expect((await storedBankIds(page)).filter((id) => id.startsWith('capitals'))).toEqual(['capitals']);
});

test('damaged files show what is wrong and leave the library unchanged', async ({ page }) => {
	const before = await libraryTitles(page);
	const ids = await storedBankIds(page);
	await page.goto('/import');

	const deck = readFileSync(SHARED + 'apkg/update1.apkg');
	await fileInput(page).setInputFiles({ name: 'update1.apkg', mimeType: 'application/octet-stream', buffer: deck.subarray(0, deck.length >> 1) });
	await expect(page.getByRole('alert')).toContainText('update1.apkg was read as Anki package but cannot be imported', READ_TIMEOUT);
	await expect(page.getByTestId('problems')).toContainText('not a zip archive');

	const broken = 'front,back\n"Capital of France,Paris\nCapital of Spain,Madrid\n';
	await fileInput(page).setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
	await expect(page.getByTestId('problems')).toContainText('line 2: a quoted field is never closed');
	await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);

	expect(await storedBankIds(page)).toEqual(ids);
	expect(await libraryTitles(page)).toEqual(before);
});

test('a full backup is sent to Settings', async ({ page }) => {
	const backup = JSON.stringify({
		format: 'factdeck.backup',
		version: 1,
		exportedAt: { $date: '2024-01-01T00:00:00.000Z' },
		banks: [],
		cards: [],
		reviews: [],
		attempts: [],
		settings: {}
	});
	await page.goto('/import');
	await fileInput(page).setInputFiles({ name: 'factdeck-backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This is a full backup; restore it in Settings');
	await expect(alert.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
});
