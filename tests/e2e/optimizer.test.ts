/**
 * The FSRS optimizer in the built app, on a real learner's log (12,580
 * reviews, restored from a backup as a learner would bring them): it runs in
 * its worker with fsrs-browser, shows its progress, both parameter sets'
 * scores on the later reviews, and keeps the fitted ones. In the same test,
 * Node fits the reference optimizer (@open-spaced-repetition/binding) on the
 * same folds: the app's parameters must score within 0.005 log loss of the
 * reference's, and better than FSRS's defaults. Cancel stops a run, offline.
 *
 * The browser runs in UTC and the learner's day starts at midnight, so the
 * app's study days are the UTC calendar days the reference figures use.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';
import { mimeType } from '../../src/server/http/mime';
import { trainingItems, utcDay } from '$lib/core/srs/optimize/items';
import type { LastOptimization } from '$lib/core/srs/optimize/offer';
import { runOptimizer } from '$lib/core/srs/optimize/run';
import { referenceFit } from '../fixtures/revlog/reference';
import { readRevlog } from '../fixtures/revlog/revlog';
import { waitForOfflineReady } from './helpers';
import { restoreRealLog } from '../fixtures/revlog/backup';

test.use({ timezoneId: 'UTC' });
// A restore of 12,580 reviews and six fits on a 2-core machine shared with other tests.
test.setTimeout(180_000);

/** With the browser in UTC, study days from midnight are UTC calendar days, as in the reference figures. */
const UTC_DAYS = { dayStartHour: 0 };
/** Files only the optimizer needs: its worker, its thread helper and fsrs-browser's WebAssembly. */
const OPTIMIZER_FILES = /optimize\.worker|workerHelpers|fsrs_browser/;

/** A row of the app's database: the record of the last run and the learner's settings. */
function stored(page: Page) {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('factdeck');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const get = (store: string, key: string) =>
			new Promise<{ value: unknown } | undefined>((resolve, reject) => {
				const request = db.transaction(store).objectStore(store).get(key);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		const [last, learner] = await Promise.all([get('meta', 'lastOptimization'), get('settings', 'learner')]);
		db.close();
		return { last: last?.value as LastOptimization | undefined, params: (learner?.value as { fsrsParams?: number[] | null } | undefined)?.fsrsParams ?? null };
	});
}

test('fits FSRS to a real log in its worker, as well as the reference optimizer, and keeps the parameters', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	const reviews = await restoreRealLog(page, UTC_DAYS);
	const panel = page.getByRole('region', { name: 'Fit the scheduler to your memory' });
	await expect(panel.getByTestId('optimize-offer')).toContainText(`You have ${reviews.toLocaleString('en-US')} reviews`);
	await expect(panel.getByTestId('fsrs-params')).toHaveText('In use: FSRS’s default parameters.');
	expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
	// Nothing of the optimizer loads before it is asked for.
	expect(requested.filter((url) => OPTIMIZER_FILES.test(url))).toEqual([]);

	// The reference, on the same items and folds, while the browser works.
	const reference = runOptimizer({ items: trainingItems(readRevlog(), utcDay), current: null, fit: referenceFit });

	await panel.getByRole('button', { name: 'Optimize parameters' }).click();
	const bar = panel.getByRole('progressbar');
	const seen = new Set<number>();
	const outcome = panel.getByTestId('optimize-outcome');
	while (!(await outcome.isVisible())) {
		const now = await bar.evaluate((el: HTMLProgressElement) => el.value, undefined, { timeout: 1_000 }).catch(() => null);
		if (now !== null) seen.add(now);
		await page.waitForTimeout(100);
	}
	// The bar moved through the fit, not just from empty to full.
	expect([...seen].filter((v) => v > 0 && v < 100).length).toBeGreaterThan(2);
	expect(requested.some((url) => url.includes('fsrs_browser'))).toBe(true);

	await expect(outcome).toContainText('New parameters kept.');
	await expect(outcome.getByRole('table')).toContainText('Parameters in use');
	await expect(outcome.getByRole('table')).toContainText('Fitted to your reviews');
	await expect(panel.getByTestId('fsrs-params')).toHaveText('In use: parameters fitted to your reviews.');

	const { last, params } = await stored(page);
	const ref = await reference;
	console.log(
		`app: log loss ${last!.fitted.logLoss.toFixed(5)}, RMSE(bins) ${last!.fitted.rmseBins.toFixed(5)}; ` +
			`reference: ${ref.fitted.logLoss.toFixed(5)}, ${ref.fitted.rmseBins.toFixed(5)}; ` +
			`defaults: ${last!.current.logLoss.toFixed(5)}, ${last!.current.rmseBins.toFixed(5)} on ${last!.current.reviews} reviews`
	);
	// Same reviews, same folds: the defaults score the same in the browser and in Node.
	expect(last!.current.reviews).toBe(ref.current.reviews);
	expect(last!.current.logLoss).toBeCloseTo(ref.current.logLoss, 9);
	expect(Math.abs(last!.fitted.logLoss - ref.fitted.logLoss)).toBeLessThan(0.005);
	expect(last!.fitted.logLoss).toBeLessThan(last!.current.logLoss);
	expect(last!.kept).toBe(true);
	expect(params).toHaveLength(21);
	expect(params!.every(Number.isFinite)).toBe(true);
	await expect(outcome).toContainText(last!.fitted.logLoss.toFixed(3));
	await expect(outcome).toContainText(last!.current.rmseBins.toFixed(3));
});

test('Cancel stops a run before it changes anything, with the app offline', async ({ page, context }) => {
	await restoreRealLog(page, UTC_DAYS);
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await context.route('**/*', (route) => route.abort('internetdisconnected'));
	await page.reload();
	const panel = page.getByRole('region', { name: 'Fit the scheduler to your memory' });
	await panel.getByRole('button', { name: 'Optimize parameters' }).click();
	// Progress during the fit means the worker, its threads and the WebAssembly all loaded from the cache.
	await expect.poll(() => panel.getByRole('progressbar').evaluate((el: HTMLProgressElement) => el.value), { timeout: 60_000 }).toBeGreaterThan(0);
	await panel.getByRole('button', { name: 'Cancel' }).click();
	await expect(panel.getByRole('button', { name: 'Optimize parameters' })).toBeVisible();
	await expect(panel.getByRole('progressbar')).toHaveCount(0);
	expect(await stored(page)).toEqual({ last: undefined, params: null });
	await expect(panel.getByTestId('fsrs-params')).toHaveText('In use: FSRS’s default parameters.');
});

/** A bare static host: the built files and the SPA fallback, with no headers of its own (no COOP, no COEP). */
async function bareHost(): Promise<{ url: string; close: () => Promise<void> }> {
	const root = resolve('build');
	const server = createServer((req, res) => {
		const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
		const file = path.startsWith(root) && existsSync(path) && statSync(path).isFile() ? path : join(root, 'index.html');
		res.writeHead(200, { 'Content-Type': mimeType(file) });
		res.end(readFileSync(file));
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

test('on a static host without isolation headers, the service worker isolates the app; until it does, the panel asks for a reload', async ({ browser }) => {
	const host = await bareHost();
	try {
		// No service worker: nothing can add the headers, so the page is never isolated.
		const blocked = await browser.newContext({ baseURL: host.url, serviceWorkers: 'block', timezoneId: 'UTC' });
		const page = await blocked.newPage();
		await restoreRealLog(page, UTC_DAYS);
		expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
		const panel = page.getByRole('region', { name: 'Fit the scheduler to your memory' });
		await expect(panel.getByRole('alert')).toContainText('isolated from other sites');
		await expect(panel.getByRole('button', { name: 'Optimize parameters' })).toHaveCount(0);
		await expect(panel.getByRole('button', { name: 'Reload' })).toBeVisible();
		await blocked.close();

		// With the service worker: the first visit is not isolated, the next page it serves is.
		const allowed = await browser.newContext({ baseURL: host.url });
		const first = await allowed.newPage();
		await first.goto('/settings');
		expect(await first.evaluate(() => crossOriginIsolated)).toBe(false);
		await waitForOfflineReady(first);
		await first.reload();
		expect(await first.evaluate(() => crossOriginIsolated)).toBe(true);
		await allowed.close();
	} finally {
		await host.close();
	}
});
