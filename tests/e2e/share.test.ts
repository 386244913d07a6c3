/**
 * Opening a shared bank link: the bank is previewed from the fragment, nothing
 * is stored until "Add to my library", and it then studies offline. Tests
 * that go offline run their own server, so they can stop it.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Bank } from '$lib/core/bank/schema';
import { encodeBankLink } from '$lib/core/share/link';
import { realisticBank, smallBank } from '../unit/core/share/fixtures';
import { readStored } from './durability';
import { ownServer, storedBankIds, studyOneCard } from './imported';
import { waitForOfflineReady } from './probes';

/** The large bank is the shipped seed grown to 100 questions; a new id keeps it apart from the seed itself. */
const SMALL: Bank = { ...smallBank(), id: 'shared-capitals' };
const LARGE: Bank = { ...realisticBank(100), id: 'shared-korea-100', title: 'Korea diplomacy, 100 questions' };

const plural = (n: number) => `${n} ${n === 1 ? 'question' : 'questions'}`;

/** Checks the preview of the link's bank, with nothing stored yet. */
async function seePreview(page: Page, bank: Bank): Promise<void> {
	await expect(page.getByRole('heading', { name: bank.title, level: 2 })).toBeVisible();
	await expect(page.getByTestId('question-count')).toHaveText(String(bank.questions.length));
	const { title = '', publisher = '', published = '' } = bank.source ?? {};
	const source = page.getByRole('definition').filter({ has: page.getByText(title, { exact: true }) });
	for (const part of [publisher, published]) await expect(source).toContainText(part);
	expect(await storedBankIds(page)).not.toContain(bank.id);
}

async function add(page: Page, bank: Bank): Promise<void> {
	await page.getByRole('button', { name: 'Add to my library' }).click();
	await expect(page.getByRole('heading', { name: `Added ${plural(bank.questions.length)} to your library` })).toBeVisible();
	expect(await storedBankIds(page)).toContain(bank.id);
}

for (const bank of [SMALL, LARGE]) {
	test(`a link to a ${bank.questions.length}-question bank previews, adds on request, and studies offline`, async ({ browser }) => {
		const run = await ownServer(browser);
		try {
			const page = await run.context.newPage();
			await page.goto(encodeBankLink(bank, run.url));
			await seePreview(page, bank);
			await add(page, bank);
			await waitForOfflineReady(page);

			await run.stop();
			await studyOneCard(page, bank.id);
		} finally {
			await run.close();
		}
	});
}

test('once installed, a link opened with no connection still adds its bank', async ({ browser }) => {
	const run = await ownServer(browser);
	try {
		const first = await run.context.newPage();
		await first.goto('/');
		await waitForOfflineReady(first);
		await run.stop();

		const page = await run.context.newPage();
		await page.goto(encodeBankLink(SMALL, run.url));
		await seePreview(page, SMALL);
		await add(page, SMALL);
		await page.getByRole('link', { name: 'Study now' }).click();
		await expect(page.locator('[data-mode]')).toBeVisible();
	} finally {
		await run.close();
	}
});

test('the same link twice asks first, and Add as a copy makes a second bank', async ({ browser }) => {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const link = encodeBankLink(SMALL, '');
		await page.goto(link);
		await add(page, SMALL);

		await page.goto('/');
		await page.goto(link);
		await page.getByRole('button', { name: 'Add to my library' }).click();
		await expect(page.getByRole('heading', { name: 'A bank in your library has the same id' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Add as a copy' })).toBeFocused();
		await page.getByRole('button', { name: 'Add as a copy' }).click();
		await expect(page.getByRole('link', { name: 'Study now' })).toHaveAttribute('href', `/study/${SMALL.id}-2`);
		expect((await storedBankIds(page)).filter((id) => id.startsWith(SMALL.id))).toEqual([SMALL.id, `${SMALL.id}-2`]);
		await page.goto('/');
		await expect(page.getByRole('heading', { name: SMALL.title, level: 2 })).toHaveCount(2);
	} finally {
		await context.close();
	}
});

test('a link with the id of a studied bank: Enter keeps the progress; Replace snapshots first, and the snapshot brings it back', async ({ browser }) => {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(encodeBankLink(SMALL, ''));
		await add(page, SMALL);
		await studyOneCard(page, SMALL.id);
		await studyOneCard(page, SMALL.id);
		const studied = await readStored(page, SMALL.id);
		const count = studied.cards.filter((c) => c.state !== 0).length;
		expect(count).toBeGreaterThan(0);

		// Anyone can send a bank under this id and any title; this one shares no fact with the learner's.
		const theirs: Bank = { ...SMALL, title: 'Capitals, corrected', questions: SMALL.questions.map((q) => ({ ...q, fact: `other-${q.fact}` })) };
		const link = encodeBankLink(theirs, '');
		const lose = `${count} studied ${count === 1 ? 'card loses its' : 'cards lose their'} progress`;
		await page.goto('/');
		await page.goto(link);
		await page.getByRole('button', { name: 'Add to my library' }).click();
		await expect(page.getByText(`If you replace yours, ${lose}`)).toBeVisible();
		await expect(page.getByText('The titles differ.')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Add as a copy' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('link', { name: 'Study now' })).toHaveAttribute('href', `/study/${SMALL.id}-2`);
		expect(await readStored(page, SMALL.id)).toEqual(studied);

		await page.goto('/');
		await page.goto(link);
		await page.getByRole('button', { name: 'Add to my library' }).click();
		await page.getByRole('button', { name: 'Replace mine' }).click();
		await expect(page.getByRole('group', { name: `Replace “${SMALL.title}”? ${lose}.` })).toBeVisible();
		await page.getByRole('button', { name: 'Replace', exact: true }).click();
		await expect(page.getByTestId('snapshot-taken')).toBeVisible();
		expect((await readStored(page, SMALL.id)).cards.filter((c) => c.state !== 0)).toEqual([]);

		await page.getByRole('link', { name: 'Settings › Snapshots' }).click();
		const snapshot = page.getByRole('listitem').filter({ hasText: `Before replacing “${SMALL.title}”` });
		await snapshot.getByRole('button', { name: /^Restore the snapshot of / }).click();
		await page.getByRole('button', { name: 'Restore this snapshot' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Restored the snapshot' })).toBeVisible();
		expect(await readStored(page, SMALL.id)).toEqual(studied);
	} finally {
		await context.close();
	}
});

test('a damaged or cut-off link says what is wrong and stores nothing', async ({ page }) => {
	const link = encodeBankLink(SMALL, '');
	const at = link.length - 30;
	const damaged = link.slice(0, at) + (link[at] === 'x' ? 'y' : 'x') + link.slice(at + 1);
	await page.goto(damaged);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(/^This link is damaged: /);
	await expect(page.getByRole('link', { name: 'Go to your library' })).toHaveAttribute('href', '/');
	await expect(page.getByRole('button', { name: 'Add to my library' })).toHaveCount(0);

	// A new fragment in the same tab is read at once.
	await page.evaluate((hash) => (location.hash = hash), new URL(link, 'http://x').hash.slice(0, 60));
	await expect(alert).toContainText('This link is damaged: it is cut off');
	expect(await storedBankIds(page)).not.toContain(SMALL.id);
});

test('a fragment holding a script is not a Factdeck link, and runs nothing', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto('/share#b=<script>alert(1)</script>');
	await expect(page.getByRole('alert')).toContainText('This is not a Factdeck link');
	await expect(page.getByRole('alert')).not.toContainText('Update the app');
	expect(dialogs).toEqual([]);
});
