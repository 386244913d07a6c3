/**
 * First card visible after an offline reload of the study page, measured
 * with performance marks in the page's own timeline (0 = navigation start):
 * an init script marks the moment the card enters the DOM and the frame
 * after it (what the learner sees). The app's own `first-card` mark, if it
 * sets one, is reported beside them.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer } from '../src/server/start';
import { openBenchPage, type WithBench } from './bench-page';
import { summarize, type Stats } from './browser/stats';
import { BANKS } from './in-page';

/** The app's mark, when it sets one. */
const APP_MARK = 'first-card';
const DOM_MARK = 'bench:card-in-dom';
const PAINT_MARK = 'bench:card-painted';

/**
 * An init script, run before the app on every navigation, that marks `domMark`
 * when an element matching `selector` enters the DOM, and `paintMark` in the
 * frame after it. Kept as source text: functions handed to the page must not
 * carry the helpers the Node-side compiler adds.
 */
export function markShown(selector: string, domMark: string, paintMark: string): string {
	return `(() => {
	const observer = new MutationObserver(() => {
		if (!document.querySelector(${JSON.stringify(selector)})) return;
		observer.disconnect();
		performance.mark('${domMark}');
		requestAnimationFrame(() => setTimeout(() => performance.mark('${paintMark}'), 0));
	});
	observer.observe(document, { childList: true, subtree: true });
})();`;
}

/** Marks the first `.card` inside <main>, then the frame that shows it. */
const MARK_FIRST_CARD = markShown('main .card', DOM_MARK, PAINT_MARK);

export interface FirstCardResult {
	path: string;
	/** Which collection was on the device: the shipped bank only, or 100,000 more cards. */
	collection: string;
	painted: Stats;
	inDom: Stats;
	/** The app's `first-card` mark, when the app sets it. */
	appMark?: Stats;
}

/** Waits for the mark `until`, then reads each of `names` (ms from navigation start; null when never set). */
export async function markTimes(page: Page, until: string, names: readonly string[], timeout: number): Promise<(number | null)[]> {
	await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, until, { timeout });
	return page.evaluate((list) => list.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null), [...names]);
}

async function markTime(page: Page, timeout: number): Promise<{ painted: number; inDom: number; app: number | null }> {
	const [app, inDom, painted] = await markTimes(page, PAINT_MARK, [APP_MARK, DOM_MARK, PAINT_MARK], timeout);
	return { painted: painted!, inDom: inDom!, app };
}

/** Fills the context's app database with `cards` synthetic cards (and their questions) before the app first opens it. */
async function seedApp(context: BrowserContext, url: string, cards: number): Promise<void> {
	const page = await openBenchPage(context, url);
	await page.evaluate(
		(a) => (globalThis as unknown as WithBench).FactdeckBench.seed('factdeck', a),
		// The app schedules against the real clock, so the collection is laid out around it (the bench's fixed NOW would leave every review overdue).
		{ cards, banks: BANKS, now: Date.now(), seed: 21, questions: true, history: false, prefix: 'heavy' }
	);
	await page.close();
}

/** Visits each path online once (installing the service worker), then reloads each `reloads` times offline. */
export async function firstCardOffline(browser: Browser, paths: string[], reloads: number, extraCards: number): Promise<FirstCardResult[]> {
	const server = await startServer({ dir: 'build', port: 0 });
	let online = true;
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	try {
		if (extraCards > 0) await seedApp(context, server.url, extraCards);
		await context.addInitScript({ content: MARK_FIRST_CARD });
		const page = await context.newPage();
		page.on('pageerror', (err) => console.error(`app error: ${err.message}`));
		for (const path of paths) {
			await page.goto(new URL(path, server.url).href);
			await markTime(page, 60_000);
		}
		await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30_000 });

		await server.close();
		online = false;
		await context.setOffline(true);
		await context.route('**/*', (route) => route.abort('internetdisconnected'));

		const results: FirstCardResult[] = [];
		for (const path of paths) {
			await page.goto(new URL(path, server.url).href);
			await markTime(page, 30_000);
			const painted: number[] = [];
			const inDom: number[] = [];
			const app: number[] = [];
			for (let i = 0; i < reloads; i++) {
				await page.reload();
				const t = await markTime(page, 30_000);
				painted.push(t.painted);
				inDom.push(t.inDom);
				if (t.app !== null) app.push(t.app);
			}
			const collection = extraCards > 0 ? `+${extraCards / 1000}k cards` : 'shipped bank only';
			const result: FirstCardResult = { path, collection, painted: summarize(painted), inDom: summarize(inDom) };
			if (app.length > 0) result.appMark = summarize(app);
			results.push(result);
		}
		return results;
	} finally {
		await context.close();
		if (online) await server.close();
	}
}
