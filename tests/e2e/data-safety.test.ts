import { expect, test, type Page } from '@playwright/test';
import { answerCard, bankEntry, reviewCount, STUDY_PATH, waitForCard } from './helpers';

/** The app's database, as storage/db.ts names it. */
const DB_NAME = 'factdeck';

/** Answers `n` cards of the seed bank and waits until the log holds `total` reviews. */
async function study(page: Page, n: number, total: number): Promise<void> {
	await page.goto(STUDY_PATH);
	for (let i = 0; i < n; i++) await answerCard(page);
	await expect.poll(() => reviewCount(page)).toBe(total);
}

test('backs up everything, then restores it over later changes after a confirmation', async ({ page }) => {
	await study(page, 1, 1);
	await page.goto('/settings');
	await expect(page.getByTestId('last-backup')).toHaveText('No backup made yet on this device.');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up everything' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^factdeck-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const file = await download.path();
	await expect(page.getByTestId('last-backup')).toContainText('Last backup:');

	await study(page, 2, 3);
	await page.goto('/settings');
	await page.getByLabel('Choose a backup file…').setInputFiles(file);
	await expect(page.getByTestId('backup-summary')).toContainText('1 review,');
	await expect(page.getByText('This replaces everything on this device')).toBeVisible();
	await expect(page.getByText(/takes a snapshot of what is here now/)).toBeVisible();
	expect(await reviewCount(page)).toBe(3);
	await page.getByRole('button', { name: 'Replace everything with this backup' }).click();
	await expect(page.getByText('Restored.')).toBeVisible();
	expect(await reviewCount(page)).toBe(1);
	// The state before the restore is a snapshot, ready to undo it.
	await expect(page.getByRole('listitem').filter({ hasText: '3 reviews' })).toBeVisible();

	await page.getByRole('button', { name: 'Restore another backup' }).click();
	await page.getByLabel('Choose a backup file…').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
	await expect(page.getByRole('alert')).toContainText('"notes.json" is not a backup Factdeck can restore');
	await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
	expect(await reviewCount(page)).toBe(1);
});

test('Check database lists damage made on purpose, repairs it, and then finds none', async ({ page }) => {
	await page.goto('/');
	await expect(bankEntry(page)).toBeVisible();
	await page.evaluate(async (name) => {
		const done = (r: IDBRequest | IDBTransaction) =>
			new Promise<void>((resolve, reject) => {
				if (r instanceof IDBTransaction) r.oncomplete = () => resolve();
				else r.onsuccess = () => resolve();
				r.onerror = () => reject(r.error);
			});
		const open = indexedDB.open(name);
		await done(open);
		const db = open.result;
		// A New card never studied has no row (version 8): two rows are made from the first facts of the first bank's first page.
		const read = db.transaction('questionPages').objectStore('questionPages').getAll(undefined, 1);
		await done(read);
		const [page] = read.result as { bankId: string; questions: { fact: string }[]; firsts: number[] }[];
		const card = (i: number) => {
			const fact = page.questions[page.firsts[i]].fact;
			const schedule = { due: new Date(), stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0 };
			return { id: `${page.bankId}\u0000${fact}`, bankId: page.bankId, fact, order: page.firsts[i], ...schedule };
		};
		const [first, second] = [card(0), card(1)];
		const tx = db.transaction('cards', 'readwrite');
		const cards = tx.objectStore('cards');
		cards.put({ ...first, due: 'not a date' });
		cards.put({ ...second, stability: NaN });
		cards.put({ ...first, id: 'gone\u0000x', bankId: 'gone', fact: 'x' });
		await done(tx);
		db.close();
	}, DB_NAME);

	await page.goto('/settings');
	const status = page.getByTestId('check-status');
	await page.getByRole('button', { name: 'Check database' }).click();
	await expect(status).toHaveText('Found 3 problems.');
	await expect(page.getByRole('heading', { name: 'Damaged cards' })).toBeVisible();
	await expect(page.getByText('2 cards hold a schedule that makes no sense')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Left over from deleted banks' })).toBeVisible();
	await page.getByRole('button', { name: 'Repair' }).click();
	await expect(status).toContainText('Repaired 3 problems.');
	await page.getByRole('button', { name: 'Check database' }).click();
	await expect(status).toHaveText('No problems found.');
});

test('an old tab gives way to a newer database version in another tab and asks to reload', async ({ page, context }) => {
	await page.goto(STUDY_PATH);
	await waitForCard(page);
	const other = await context.newPage();
	// Any page of the same origin shares the database; an icon keeps the app out of tab B.
	await other.goto('/icon.svg');
	const opened = await other.evaluate(
		(name) =>
			new Promise<{ blocked: boolean; from: number; to: number }>((resolve, reject) => {
				const current = indexedDB.open(name);
				current.onerror = () => reject(current.error);
				current.onsuccess = () => {
					const from = current.result.version;
					current.result.close();
					let blocked = false;
					const upgrade = indexedDB.open(name, from * 10 + 1);
					upgrade.onblocked = () => (blocked = true);
					upgrade.onerror = () => reject(upgrade.error);
					upgrade.onsuccess = () => {
						upgrade.result.close();
						resolve({ blocked, from, to: upgrade.result.version });
					};
				};
			}),
		DB_NAME
	);
	expect(opened.blocked).toBe(false);
	expect(opened.to).toBe(opened.from * 10 + 1);

	await expect(page.getByRole('status').filter({ hasText: 'Factdeck was updated in another tab. Reload to continue.' })).toBeVisible();
	// A write from the old tab now fails at once, with a message rather than a spinner.
	await page.bringToFront();
	const { kind } = await waitForCard(page);
	if (kind === 'reveal') {
		await page.keyboard.press('Space');
		await page.keyboard.press('3');
	} else await answerCard(page).catch(() => undefined);
	await expect(page.getByRole('alert')).toBeVisible();

	await page.getByRole('button', { name: 'Reload' }).click();
	await waitForCard(page);
	await expect(page.getByText('Factdeck was updated in another tab')).toHaveCount(0);
});

test('without IndexedDB every page says why nothing can be stored, instead of loading for ever', async ({ page }) => {
	await page.addInitScript(() => {
		// As in a private window that refuses storage: the API is simply not there.
		delete (window as { indexedDB?: IDBFactory }).indexedDB;
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	for (const path of ['/', STUDY_PATH, '/settings']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { name: 'This browser does not let Factdeck store data' })).toBeVisible();
		await expect(page.getByText('Open Factdeck in a normal (not private) window.')).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
	}
});
