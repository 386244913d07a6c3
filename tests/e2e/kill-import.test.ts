/**
 * A bank import killed midway leaves the bank entirely there or entirely
 * absent. The browser is SIGKILLed (the process and all its children, see
 * kill.ts) at several moments of a large write, started again on the same
 * profile, and the stored rows counted straight from IndexedDB.
 *
 * The large write goes through the app's own import code: the first-run load
 * of the shipped banks (syncShippedBanks → writeBank, the writer importBank
 * uses too), with one shipped bank file swapped for a large bank on the wire.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { BANK_ID, BANK_TITLE } from './bank';
import { until } from './helpers';
import { forget, indexedDbBytes, killBrowser, largeBank, launch, newProfile, PROBE_PATH, removeProfile, storedBank, type StoredBank } from './kill';

const LARGE_ID = 'large-import';
// Large enough that the write still spans the moments below: since questions are stored 500 to a
// record and New cards not at all (schema version 8), 6,000 questions put well under 1 MB on disk.
const SIZE = 30_000;
const LARGE_JSON = JSON.stringify(largeBank(LARGE_ID, SIZE));
const SHIPPED_FILE = /\/korea-diplomacy-2021-generated\.[\w-]+\.json$/;

/** Where the write is when the browser is killed. */
interface Moment {
	label: string;
	/** Resolves at the moment to kill; `baseline` is the IndexedDB size when the write was handed over. */
	reached: (page: Page, profile: string, baseline: number) => Promise<unknown>;
}

/** Progress, not time: the database files grew by `kb` since the write began, whatever the machine's speed. */
const afterKb = (kb: number): Moment => ({
	label: `once ${kb} KB of it were on disk`,
	reached: (_page, profile, baseline) => until(`${kb} KB written`, async () => indexedDbBytes(profile) - baseline >= kb * 1024, 90_000)
});
const committed: Moment = {
	label: 'just after it committed',
	reached: (page) => until('the bank to be stored', async () => (await storedBank(page, LARGE_ID)).row, 90_000)
};
// Each kill costs two browser launches, so each way in gets a few moments that
// span the write: early, late, and just after the commit (the first-run load,
// the same writer, once in the middle).
const FIRST_RUN_MOMENTS: Moment[] = [afterKb(1024)];
const IMPORT_MOMENTS: Moment[] = [afterKb(256), afterKb(3072), committed];

/** Entirely there: the row, every question, one card per fact. Entirely absent: nothing at all. */
function expectWholeOrNothing(stored: StoredBank, what: string): 'present' | 'absent' {
	if (stored.row === null) {
		expect(stored, `${what}: absent, so no rows of it either`).toEqual({ row: null, questions: 0, cards: 0 });
		return 'absent';
	}
	expect(stored, `${what}: present, so all of it`).toEqual({
		row: { questionCount: SIZE, factCount: SIZE },
		questions: SIZE,
		cards: SIZE
	});
	return 'present';
}

/**
 * Starts the write in a fresh browser, kills it at `moment`, relaunches on the
 * same profile and returns what is stored of the large bank (and of the
 * shipped bank written in the same transaction).
 */
async function killDuring(baseURL: string, moment: Moment, start: (context: BrowserContext) => Promise<Page>) {
	const profile = newProfile();
	try {
		const context = await launch(profile, baseURL);
		const page = await start(context);
		const startedAt = Date.now();
		await moment.reached(page, profile, indexedDbBytes(profile));
		const progress = `${Date.now() - startedAt} ms, ${Math.round(indexedDbBytes(profile) / 1024)} KB on disk`;
		killBrowser(profile);
		await forget(context);

		const again = await launch(profile, baseURL);
		try {
			const probe = await again.newPage();
			await probe.goto(PROBE_PATH);
			const large = await storedBank(probe, LARGE_ID);
			const shipped = await storedBank(probe, BANK_ID);
			// The app starts normally on the profile the kill left behind.
			await probe.goto('/');
			await expect(probe.getByRole('heading', { name: BANK_TITLE, exact: true })).toBeVisible({ timeout: 60_000 });
			return { large, shipped, progress };
		} finally {
			await again.close();
		}
	} finally {
		removeProfile(profile);
	}
}

/** Opens the library of a fresh profile with the large bank served as a shipped one; resolves once it is sent. */
async function firstRunLoad(context: BrowserContext): Promise<Page> {
	let served = false;
	await context.route(SHIPPED_FILE, async (route) => {
		await route.fulfill({ contentType: 'application/json', body: LARGE_JSON });
		served = true;
	});
	const page = await context.newPage();
	await page.goto('/');
	await until('the large bank to be fetched', async () => served, 30_000);
	return page;
}

for (const moment of FIRST_RUN_MOMENTS) {
	test(`the first-run load killed ${moment.label} leaves the bank whole or absent`, async ({ baseURL }) => {
		test.setTimeout(180_000);
		const { large, shipped, progress } = await killDuring(baseURL!, moment, firstRunLoad);
		const outcome = expectWholeOrNothing(large, LARGE_ID);
		// Both shipped banks are written in one transaction: they share the outcome.
		expect(shipped.row !== null, `${BANK_ID} written with ${LARGE_ID}`).toBe(outcome === 'present');
		if (moment === committed) expect(outcome, 'a committed bank survives the kill').toBe('present');
		test.info().annotations.push({ type: 'outcome', description: `killed after ${progress}: ${outcome}` });
	});
}

/** Opens /import in a fresh profile, reads the large bank file and starts its import. */
async function importPageWrite(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.goto('/import');
	await page.locator('input[type="file"]').setInputFiles({ name: `${LARGE_ID}.json`, mimeType: 'application/json', buffer: Buffer.from(LARGE_JSON) });
	await page.getByRole('button', { name: /^Import \d/ }).click({ timeout: 60_000 });
	return page;
}

for (const moment of IMPORT_MOMENTS) {
	test(`an import from the /import page killed ${moment.label} leaves the bank whole or absent`, async ({ baseURL }) => {
		test.setTimeout(180_000);
		const { large, progress } = await killDuring(baseURL!, moment, importPageWrite);
		const outcome = expectWholeOrNothing(large, LARGE_ID);
		if (moment === committed) expect(outcome, 'a committed bank survives the kill').toBe('present');
		test.info().annotations.push({ type: 'outcome', description: `killed after ${progress}: ${outcome}` });
	});
}
