/**
 * The bench page, on the app's own origin: Playwright answers /__bench/
 * itself with a blank page and the bundle, so the bench can fill the very
 * database the app opens. The app's code never runs on this page.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { BUNDLE } from './bundle';
import type { BenchApi } from './browser/entry';

export const BENCH_PATH = '/__bench/';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Factdeck bench</title></head>
<body><script src="${BENCH_PATH}bench.js"></script></body></html>
`;

/** The bench API as seen from page.evaluate. */
export type WithBench = { FactdeckBench: BenchApi };

/** Opens the bench page in `context` on the origin of `baseUrl`, ready to call. */
export async function openBenchPage(context: BrowserContext, baseUrl: string): Promise<Page> {
	const origin = new URL(baseUrl).origin;
	const script = readFileSync(BUNDLE);
	await context.route(`${origin}${BENCH_PATH}**`, (route) => {
		const js = new URL(route.request().url()).pathname.endsWith('.js');
		return route.fulfill(js ? { body: script, contentType: 'text/javascript' } : { body: PAGE, contentType: 'text/html' });
	});
	const page = await context.newPage();
	page.on('pageerror', (err) => console.error(`bench page error: ${err.message}`));
	await page.goto(`${origin}${BENCH_PATH}`);
	await page.waitForFunction(() => 'FactdeckBench' in globalThis);
	return page;
}
