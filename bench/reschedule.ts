/**
 * A change of desired retention at a collection size (bench/browser/reschedule.ts):
 * every studied card replayed from its reviews and written back in chunks,
 * and the settings page's workload table over the same cards.
 */
import type { Browser } from 'playwright-core';
import type { WithBench } from './bench-page';
import { BANKS, benchPage, NOW } from './in-page';
import type { RescheduleSamples } from './browser/reschedule';

/** Seeds `cards` cards (two thirds studied, `reviewsPerCard` reviews each) and measures once: the seed alone takes most of the time. */
export async function rescheduleAt(browser: Browser, url: string, cards: number, reviewsPerCard: number): Promise<RescheduleSamples> {
	const page = await benchPage(browser, url);
	const name = `bench-reschedule-${cards}`;
	try {
		return await page.evaluate((a) => (globalThis as unknown as WithBench).FactdeckBench.reschedule(a.name, a.spec), {
			name,
			spec: { cards, banks: BANKS, reviewsPerCard, now: NOW, seed: 11 }
		});
	} finally {
		await page.evaluate((n) => (globalThis as unknown as WithBench).FactdeckBench.drop(n), name).catch(() => {});
		await page.close();
	}
}
