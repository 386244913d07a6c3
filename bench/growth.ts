/**
 * Growth (`--only=growth`): what a collection costs the device at 1k, 10k and
 * 100k cards. In a browser whose profile is on disk (as a learner's is; a
 * throwaway context keeps IndexedDB in memory), the collection is restored
 * through the app's own restore (bench/browser/growth.ts), four days' daily
 * snapshots taken, and the origin's usage read after each (growth-rows.ts
 * says how they are read); then the study page ("Study all") is opened in the built app and its JavaScript heap read after a full
 * garbage collection, at the first card and after a few answers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../src/server/start';
import { answerCard } from '../tests/e2e/helpers';
import { openBenchPage, type WithBench } from './bench-page';
import { launchOptions } from './chromium';
import { BANKS } from './in-page';
import { summarize } from './browser/stats';

const REVIEWS_PER_CARD = 4;
/** Time the app is left after its first card, so that the work it defers to idle time is done before the heap is read. */
const SETTLE_MS = 5_000;
const DAY = 86_400_000;
/** Storage usage is read once a second until it has not moved for this many reads, or this many in all. */
const STILL_READS = 3;
const MAX_READS = 60;

export interface GrowthResult {
	cards: number;
	studied: number;
	reviews: number;
	/** navigator.storage.estimate().usage, bytes: empty origin, right after the restore, after each of four daily snapshots. */
	usage: { empty: number; afterRestore: number; snapshots: number[] };
	restoreSeconds: number;
	snapshotSeconds: number;
	/** JS heap used after a full GC (CDP Runtime.getHeapUsage), bytes. */
	heap: { firstCard: number; answered: number };
	answers: number;
	/** performance.measureUserAgentSpecificMemory() at the first card (the page's whole memory as Chromium attributes it), when the page offers it. */
	uaMemory: number | null;
}

/** The JS heap the page uses after a full garbage collection. */
async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
	const cdp = await context.newCDPSession(page);
	try {
		await cdp.send('HeapProfiler.collectGarbage');
		return (await cdp.send('Runtime.getHeapUsage')).usedSize;
	} finally {
		await cdp.detach();
	}
}

/** The page's memory as Chromium measures it for the page itself (needs cross-origin isolation, which the app's server gives). */
async function uaMemory(page: Page): Promise<number | null> {
	return page.evaluate(async () => {
		const p = performance as Performance & { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> };
		if (!globalThis.crossOriginIsolated || !p.measureUserAgentSpecificMemory) return null;
		// Chromium answers at its next garbage collection, which may take a while; the bench does not wait for ever.
		const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 30_000));
		return Promise.race([p.measureUserAgentSpecificMemory().then((m) => m.bytes), timeout]);
	});
}

/** The origin's usage (navigator.storage.estimate(): in Chromium, the bytes of its IndexedDB folder) once it stops moving. */
async function settledUsage(page: Page): Promise<number> {
	const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
	let last = await usage();
	for (let same = 0, i = 0; same < STILL_READS && i < MAX_READS; i++) {
		await page.waitForTimeout(1_000);
		const now = await usage();
		same = now === last ? same + 1 : 0;
		last = now;
	}
	return last;
}

/** Restores `cards` cards into a fresh profile, then reads storage and the study page's memory; `answers` cards are answered. */
export async function growthAt(cards: number, answers: number): Promise<GrowthResult> {
	const server = await startServer({ dir: 'build', port: 0 });
	const profile = mkdtempSync(join(tmpdir(), 'factdeck-growth-'));
	// Eager: measureUserAgentSpecificMemory answers at once instead of at the next natural GC.
	const options = launchOptions();
	const args = [...options.args, '--enable-blink-features=ForceEagerMeasureMemory'];
	// No service worker: its caches would count in the origin's usage.
	const context = await chromium.launchPersistentContext(profile, { ...options, args, serviceWorkers: 'block' });
	// The app's uncaught errors, counted: said once each at the end rather than once per answer.
	const errors = new Map<string, number>();
	try {
		const bench = await openBenchPage(context, server.url);
		const empty = await settledUsage(bench);
		// The app schedules against the real clock, so the collection is laid out around it.
		const now = Date.now();
		const restored = await bench.evaluate((a) => (globalThis as unknown as WithBench).FactdeckBench.growthRestore('factdeck', a), {
			cards,
			banks: BANKS,
			reviewsPerCard: REVIEWS_PER_CARD,
			now,
			seed: 41
		});
		const afterRestore = await settledUsage(bench);
		const snapshots: number[] = [];
		const snapshotMs: number[] = [];
		// Four days' snapshots (see storageOf), the last dated now, so that the app finds today's taken and takes none while measured.
		for (const daysAgo of [3, 2, 1, 0]) {
			const at = now - daysAgo * DAY;
			snapshotMs.push((await bench.evaluate((n) => (globalThis as unknown as WithBench).FactdeckBench.growthSnapshot('factdeck', n), at)).ms);
			snapshots.push(await settledUsage(bench));
		}
		await bench.close();

		const page = await context.newPage();
		page.on('pageerror', (err) => errors.set(err.message, (errors.get(err.message) ?? 0) + 1));
		await page.goto(new URL('/study', server.url).href);
		await page.locator('main .card').first().waitFor({ timeout: 180_000 });
		await page.waitForTimeout(SETTLE_MS);
		const firstCard = await heapAfterGc(context, page);
		const ua = await uaMemory(page);
		for (let i = 0; i < answers; i++) await answerCard(page, { rating: 'Good' });
		const answered = await heapAfterGc(context, page);
		return {
			cards: restored.cards,
			studied: restored.studied,
			reviews: restored.reviews,
			usage: { empty, afterRestore, snapshots },
			restoreSeconds: restored.ms / 1000,
			snapshotSeconds: summarize(snapshotMs).median / 1000,
			heap: { firstCard, answered },
			answers,
			uaMemory: ua
		};
	} finally {
		for (const [message, n] of errors) console.error(`app error (${n}x): ${message}`);
		await context.close();
		await server.close();
		rmSync(profile, { recursive: true, force: true });
	}
}
