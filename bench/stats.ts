/**
 * The statistics page at a heavy learner's size: 100,000 cards over 50 banks
 * and 1,000,000 reviews over two years, written into the app's database in
 * bulk, then /stats opened in the built app. The browser keeps its profile on
 * disk (in a temporary folder), as a learner's does: IndexedDB in a
 * throwaway context lives in memory and reads at other speeds. Timed from navigation start to
 * the frame that shows the page's numbers: once cold (the first visit counts
 * the whole log into the reviewStats cache, with a progress bar), then on
 * reloads (the cache is read). The hardest questions, read after the rest,
 * are timed too. Target (issue 18): the page shows in at most 1 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../src/server/start';
import { openBenchPage, type WithBench } from './bench-page';
import { BANKS } from './in-page';
import { launchOptions } from './chromium';
import { markShown, markTimes } from './first-card';
import { row, single, type Row } from './report';
import { summarize, type Stats } from './browser/stats';

const NUMBERS = 'bench:stats-numbers';
const PAINTED = 'bench:stats-painted';
const PROGRESS = 'bench:stats-progress';
const PROGRESS_PAINTED = 'bench:stats-progress-painted';
const CARDS = 'bench:stats-cards';
const CARDS_PAINTED = 'bench:stats-cards-painted';
const HARDEST = 'bench:stats-hardest';
const HARDEST_PAINTED = 'bench:stats-hardest-painted';
/** What the page shows once its numbers are read: the summary tiles, or the empty state. */
const MARKS = [
	markShown('main .stats-numbers', NUMBERS, PAINTED),
	markShown('main progress', PROGRESS, PROGRESS_PAINTED),
	markShown('main #forecast-h', CARDS, CARDS_PAINTED),
	markShown('main :is(ol.hardest, #hardest-h ~ p:not(.summary):not([role="status"]))', HARDEST, HARDEST_PAINTED)
];

export interface StatsPageResult {
	cards: number;
	reviews: number;
	seedSeconds: number;
	/** First visit: the whole log counted into the cache. */
	coldMs: number;
	/** When the progress bar of that first count showed, if it did. */
	progressMs: number | null;
	/** When the sections read from the cards (forecast, states) showed on that first visit, beside the progress bar. */
	cardsMs: number;
	warm: Stats;
	hardest: Stats;
}

/** One visit of /stats: when its numbers, its progress bar and its hardest questions were painted. */
async function visit(page: Page, url: string, reload: boolean, timeout: number) {
	if (reload) await page.reload();
	else await page.goto(url);
	const [numbers, progress, cards] = await markTimes(page, PAINTED, [PAINTED, PROGRESS_PAINTED, CARDS_PAINTED], timeout);
	const [hardest] = await markTimes(page, HARDEST_PAINTED, [HARDEST_PAINTED], timeout);
	return { numbers: numbers!, progress, cards: cards!, hardest: hardest! };
}

/** Seeds the app's database, then opens /stats once cold and `runs` times warm. */
export async function statsPageAt(cards: number, reviews: number, runs: number): Promise<StatsPageResult> {
	const server = await startServer({ dir: 'build', port: 0 });
	const profile = mkdtempSync(join(tmpdir(), 'factdeck-stats-'));
	const context = await chromium.launchPersistentContext(profile, { ...launchOptions(), serviceWorkers: 'block' });
	try {
		const t0 = Date.now();
		const bench = await openBenchPage(context, server.url);
		const now = Date.now();
		await bench.evaluate((a) => (globalThis as unknown as WithBench).FactdeckBench.seed('factdeck', a), {
			cards,
			banks: BANKS,
			now,
			seed: 31,
			questions: false,
			history: false,
			prefix: 'stats'
		});
		await bench.evaluate((a) => (globalThis as unknown as WithBench).FactdeckBench.seedReviews('factdeck', a), { reviews, days: 730, now, seed: 32 });
		await bench.close();
		const seedSeconds = (Date.now() - t0) / 1000;

		await context.addInitScript({ content: MARKS.join('\n') });
		const page = await context.newPage();
		page.on('pageerror', (err) => console.error(`app error: ${err.message}`));
		// The library first, untimed, as a learner with a long log has seen it: the banks that come with the app are stored.
		await page.goto(server.url);
		await page.getByRole('heading', { name: 'Bench bank 00' }).first().waitFor({ timeout: 120_000 });
		const url = new URL('/stats', server.url).href;
		const cold = await visit(page, url, false, 600_000);
		const warm: number[] = [];
		const hardest = [cold.hardest];
		for (let i = 0; i < runs; i++) {
			const v = await visit(page, url, true, 60_000);
			warm.push(v.numbers);
			hardest.push(v.hardest);
		}
		return {
			cards,
			reviews,
			seedSeconds,
			coldMs: cold.numbers,
			progressMs: cold.progress,
			cardsMs: cold.cards,
			warm: summarize(warm),
			hardest: summarize(hardest)
		};
	} finally {
		await context.close();
		await server.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));

/** The statistics page's rows. */
export function statsRows(r: StatsPageResult): Row[] {
	const on = `${k(r.cards)} cards, ${k(r.reviews)} reviews`;
	const progress = r.progressMs === null ? 'no progress bar shown' : `progress bar at ${Math.round(r.progressMs)} ms`;
	return [
		row('statistics page: numbers shown (cache kept)', on, r.warm, 'ms', { op: '<=', value: 1000 }, 'reload of /stats, from navigation start'),
		single('  first visit: whole log counted into the cache', on, r.coldMs / 1000, 's', undefined, `${progress}; once per device, then kept`),
		single(
			'  first visit: forecast and cards shown meanwhile',
			on,
			r.cardsMs,
			'ms',
			{ op: '<=', value: 1000 },
			'read from card indexes while the log is counted'
		),
		row('  hardest questions shown (read after the rest)', on, r.hardest, 'ms', undefined, 'every studied card read'),
		single('  seeding the collection (not the app)', on, r.seedSeconds, 's', undefined, 'bulkAdd in chunks')
	];
}
