/**
 * Two devices of one account (two browser contexts) study the same bank,
 * each partly offline, then sync: every review is stored once on the server
 * and both show the same cards. Another account sees none of it; a push cut
 * off mid-way is sent again and stored once; a first sign-in on a device with
 * data says what it merged. A server of the file's own, PGlite in memory.
 */
import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from '../../src/server/start';
import { answerCard, countsText, reviewCount, STUDY_PATH, waitForOfflineReady } from './helpers';
import { deviceReviewIds, enter, newDevice, serverReviews, studiedCards, syncNow } from './sync';

// The offline steps wait for the service worker, which on a loaded machine has taken over 40 s to
// take control of a page of this server, once for each device: the test has two minutes, and is retried once.
test.describe.configure({ retries: 1, timeout: 120_000 });

let server: RunningServer;
test.beforeAll(async () => {
	server = await startServer({ dir: 'build', port: 0 });
});
test.afterAll(() => server?.close());

/** Answers `n` cards of the seed bank on a page already on its study screen. */
async function study(page: import('@playwright/test').Page, n: number) {
	for (let i = 0; i < n; i++) await answerCard(page, { rating: i % 3 === 0 ? 'Again' : 'Good' });
}

test('two devices study offline, sync, and agree; another account sees none of it', async ({ browser }) => {
	const laptop = await newDevice(browser, server);
	const phone = await newDevice(browser, server);
	expect(await enter(laptop.page, 'ana', true)).toBe('Nothing on this device to send; nothing new from your account.');
	expect(await enter(phone.page, 'ana', false)).toMatch(/^Nothing on this device to send/);

	// The laptop studies two cards online, then two with the network gone.
	// Offline study needs the app cached: each device waits for its service worker before the network goes.
	await laptop.page.goto(STUDY_PATH);
	await waitForOfflineReady(laptop.page);
	await study(laptop.page, 2);
	await laptop.context.setOffline(true);
	await study(laptop.page, 2);
	// The phone studies offline from its first card: some of the same cards, in its own order of answers.
	await phone.page.goto(STUDY_PATH);
	await waitForOfflineReady(phone.page);
	await phone.context.setOffline(true);
	await study(phone.page, 3);
	await expect(phone.page.getByTestId('sync-status')).toHaveText('Offline · 3 changes waiting');

	await laptop.context.setOffline(false);
	await phone.context.setOffline(false);
	await syncNow(laptop.page);
	await syncNow(phone.page);
	await syncNow(laptop.page);

	const stored = await serverReviews(server);
	expect(stored.rows).toBe(7);
	expect(stored.ids).toHaveLength(7);
	expect(await deviceReviewIds(laptop.page)).toEqual(stored.ids);
	expect(await deviceReviewIds(phone.page)).toEqual(stored.ids);
	const cards = await studiedCards(laptop.page);
	expect(cards.length).toBeGreaterThan(0);
	expect(await studiedCards(phone.page)).toEqual(cards);
	// The study screens agree too, once each shows its first card.
	for (const device of [laptop, phone]) {
		await device.page.goto(STUDY_PATH);
		await expect(device.page.locator('[data-mode]')).toBeVisible();
	}
	expect(await countsText(phone.page)).toBe(await countsText(laptop.page));

	// Another learner's device, on the same server: nothing of Ana's comes to it.
	const other = await newDevice(browser, server);
	expect(await enter(other.page, 'ben@example.org', true)).toBe('Nothing on this device to send; nothing new from your account.');
	expect(await reviewCount(other.page)).toBe(0);
	await syncNow(other.page);
	expect(await reviewCount(other.page)).toBe(0);
	for (const device of [laptop, phone, other]) await device.context.close();
});

test('a push cut off after the server stored it is sent again and stored once', async ({ browser }) => {
	const device = await newDevice(browser, server);
	await enter(device.page, 'cleo', true);
	const before = (await serverReviews(server)).rows;
	// Studied offline, so that no sync of the header's sends the answers before the push below.
	await device.page.goto(STUDY_PATH);
	await waitForOfflineReady(device.page);
	await device.context.setOffline(true);
	await study(device.page, 3);

	// The push reaches the server and is stored, then the connection drops before the answer arrives and the
	// tab is closed: the outbox keeps it. The route is settled (aborted) before the tab closes: closing a tab
	// from inside a route handler that never settles its request has left the tab half-closed past the timeout.
	let cutOff: Promise<void> | undefined;
	await device.context.route('**/api/sync/push', (route) => {
		if (cutOff) return route.continue();
		cutOff = route.fetch().then(() => route.abort('connectionclosed'));
		return cutOff;
	});
	// Back online, the header syncs at once, or "Sync now" does: either push is the one cut off.
	await device.context.setOffline(false);
	await device.page.goto('/settings');
	const syncButton = device.page.getByRole('button', { name: 'Sync now' });
	await expect
		.poll(async () => {
			if (!cutOff && (await syncButton.isEnabled({ timeout: 2000 }))) await syncButton.click({ timeout: 2000 });
			return cutOff !== undefined;
		})
		.toBe(true);
	await cutOff;
	await device.page.close();
	expect((await serverReviews(server)).rows).toBe(before + 3);

	// Open again: the status says what waits, and the next sync sends it again.
	const page = await device.context.newPage();
	await page.goto('/settings');
	await syncNow(page);
	const after = await serverReviews(server);
	expect(after.rows).toBe(before + 3);
	expect(after.ids).toHaveLength(after.rows);
	await expect(page.getByTestId('sync-line')).not.toContainText('waiting');

	// A push that fails outright (the network drops it) is retried too, and nothing is lost. Every push
	// fails from before the answer: the header's own syncs on the study page fail with it.
	await device.context.unrouteAll();
	await device.context.route('**/api/sync/push', (route) => route.abort('failed'));
	await page.goto(STUDY_PATH);
	await study(page, 1);
	await page.goto('/settings');
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(page.getByTestId('sync-line')).toContainText('1 change waiting');
	await device.context.unrouteAll();
	await syncNow(page);
	expect((await serverReviews(server)).rows).toBe(before + 4);
	await device.context.close();
});

test('a first sign-in on a device that has studied says what it merged', async ({ browser }) => {
	const first = await newDevice(browser, server);
	await first.page.goto(STUDY_PATH);
	await study(first.page, 2);
	expect(await enter(first.page, 'dara', true)).toBe('Sent 2 reviews; nothing new from your account.');

	const second = await newDevice(browser, server);
	await second.page.goto(STUDY_PATH);
	await study(second.page, 1);
	expect(await enter(second.page, 'dara', false)).toBe('Sent 1 review; received 2 reviews.');
	expect(await reviewCount(second.page)).toBe(3);
	await syncNow(first.page);
	expect(await reviewCount(first.page)).toBe(3);
	await first.context.close();
	await second.context.close();
});

test('signed out, the app calls no server and shows no sync status, as before sync existed', async ({ browser }) => {
	const device = await newDevice(browser, server);
	const calls: string[] = [];
	device.page.on('request', (request) => {
		// The status's stylesheet is the one file of sync's whose name says so.
		const path = new URL(request.url()).pathname;
		if (path.startsWith('/api/') || path.includes('SyncBadge')) calls.push(path);
	});
	await device.page.goto('/');
	await device.page.goto(STUDY_PATH);
	await answerCard(device.page);
	// Past the idle moment at which a signed-in device fetches its status (at most 2 s after the page is up).
	await device.page.waitForTimeout(2500);
	expect(calls).toEqual([]);
	await expect(device.page.getByTestId('sync-status')).toHaveCount(0);
	await device.context.close();
});
