/**
 * The card browser's search at a collection size: seeds `cards` cards with
 * one question each over 50 banks, then runs bench/browser/browse.ts in the
 * page. The target (issue 15) is a search answered in 100 ms or less.
 */
import type { Browser } from 'playwright-core';
import type { WithBench } from './bench-page';
import { BANKS, benchPage, NOW } from './in-page';
import { summarize, type Stats } from './browser/stats';

export interface BrowseResult {
	cards: number;
	rows: number;
	loadMs: number;
	indexMs: number;
	firstSort: Stats;
	search: Stats;
	matches: Record<string, number>;
}

/** Seeds `cards` cards with questions and times the browser's load and searches, `runs` rounds. */
export async function browseAt(browser: Browser, url: string, cards: number, runs: number): Promise<BrowseResult> {
	const page = await benchPage(browser, url);
	const name = `bench-browse-${cards}`;
	try {
		await page.evaluate(({ name, spec }) => (globalThis as unknown as WithBench).FactdeckBench.seed(name, spec), {
			name,
			spec: { cards, banks: BANKS, now: NOW, seed: 7, questions: true, history: false }
		});
		const s = await page.evaluate((a) => (globalThis as unknown as WithBench).FactdeckBench.browse(a.name, a.now, a.runs), { name, now: NOW, runs });
		return { cards, rows: s.rows, loadMs: s.loadMs, indexMs: s.indexMs, firstSort: summarize(s.firstSort), search: summarize(s.search), matches: s.matches };
	} finally {
		await page.evaluate((n) => (globalThis as unknown as WithBench).FactdeckBench.drop(n), name).catch(() => {});
		await page.close();
	}
}
