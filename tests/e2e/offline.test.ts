/**
 * These tests run their own server, in-process, so they can stop it or swap
 * its files without disturbing the tests that share the configured one.
 */
import { expect, test } from '@playwright/test';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/server/start';
import { bankEntry, STUDY_PATH, tabTo, waitForCard, waitForOfflineReady } from './helpers';

test('after one visit, a deep link never visited opens with the server stopped', async ({ browser }) => {
	const server = await startServer({ dir: 'build', port: 0 });
	let running = true;
	const context = await browser.newContext({ baseURL: server.url });
	try {
		const page = await context.newPage();
		await page.goto('/');
		await expect(bankEntry(page)).toBeVisible();
		await waitForOfflineReady(page);

		// The worker leaves the API to the network: the server's JSON 404 arrives as it is, never as the app shell.
		const missing = await page.goto('/api/no-such-endpoint');
		expect(missing?.fromServiceWorker()).toBe(false);
		expect(missing?.status()).toBe(404);
		expect(await missing?.json()).toEqual({ error: 'No such API endpoint.' });

		await server.close();
		running = false;
		await context.setOffline(true);
		await context.route('**/*', (route) => route.abort('internetdisconnected'));

		const offline = await context.newPage();
		await offline.goto(STUDY_PATH);
		const { kind } = await waitForCard(offline);
		expect(kind).not.toBe('done');
		await expect(offline.getByTestId('counts')).toBeVisible();

		await offline.goto('/');
		await expect(bankEntry(offline)).toBeVisible();
		// Offline, an API call fails as it should: the worker does not answer it with the cached shell.
		await expect(offline.goto('/api/health')).rejects.toThrow();
	} finally {
		await context.close();
		if (running) await server.close();
	}
});

test('a new deployed version shows "A new version is ready", and Reload switches to it', async ({ browser }) => {
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-deploy-'));
	cpSync('build', dir, { recursive: true });
	const server = await startServer({ dir, port: 0 });
	const context = await browser.newContext({ baseURL: server.url });
	try {
		const page = await context.newPage();
		await page.goto('/');
		await waitForOfflineReady(page);
		await expect(page.getByText('A new version is ready')).toHaveCount(0);

		// Any byte change to the worker is a new version to the browser.
		appendFileSync(join(dir, 'service-worker.js'), '\n// next deploy\n');
		// The app looks for a new version whenever the learner comes back to the tab.
		await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

		const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
		await expect(banner).toBeVisible({ timeout: 20_000 });
		// The page keeps running the old version until the learner chooses.
		expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);

		await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
		const reloaded = page.waitForEvent('load', { timeout: 15_000 });
		await tabTo(page, banner.getByRole('button', { name: 'Reload', exact: true }));
		await page.keyboard.press('Enter');
		await reloaded;

		expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
		await waitForOfflineReady(page);
		await expect(page.getByText('A new version is ready')).toHaveCount(0);
		expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
	} finally {
		await context.close();
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
