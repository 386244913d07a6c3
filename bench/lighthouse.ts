/**
 * Lighthouse (12.2.3, Node API) on the built app, served by the app's server (src/server/start.ts),
 * in Debian's Chromium with the bench's flags: the default mobile profile
 * (Moto G Power screen, simulated slow 4G and 4x CPU slowdown).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { summarize, type Stats } from './browser/stats';

export interface LighthouseResult {
	path: string;
	/** Which server served the build (src/server/start.ts). */
	server: string;
	/** Performance score, 0-100, per run. */
	scores: number[];
	score: Stats;
	/** The median run's metrics, ms (CLS unitless). */
	metrics: Metrics;
	/** Every run's score and metrics, in run order: a missed run is explained by its own numbers, not the median's. */
	runs: (Metrics & { score: number })[];
}

type Metrics = Record<'fcp' | 'lcp' | 'tbt' | 'si' | 'cls', number>;

const AUDITS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	si: 'speed-index',
	cls: 'cumulative-layout-shift'
} as const;

/** One run's metrics, ms (CLS unitless). */
function metricsOf(lhr: { audits: Record<string, { numericValue?: number }> }): Metrics {
	const metric = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
	return { fcp: metric(AUDITS.fcp), lcp: metric(AUDITS.lcp), tbt: metric(AUDITS.tbt), si: metric(AUDITS.si), cls: metric(AUDITS.cls) };
}

/** Runs Lighthouse `runs` times on each path of the app at `baseUrl`; the median run's full report goes to `outDir`. */
export async function lighthouseScores(baseUrl: string, paths: string[], runs: number, outDir: string, server: string): Promise<LighthouseResult[]> {
	const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
	try {
		const results: LighthouseResult[] = [];
		for (const path of paths) {
			const lhrs = [];
			for (let i = 0; i < runs; i++) {
				const result = await lighthouse(new URL(path, baseUrl).href, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
				if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
				const { lhr } = result;
				if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
				lhrs.push(lhr);
			}
			const scores = lhrs.map((lhr) => Math.round((lhr.categories.performance.score ?? 0) * 100));
			// The run whose score is the median one: its metrics explain the score shown.
			const median = lhrs[scores.map((s, i) => [s, i]).sort((a, b) => a[0] - b[0])[Math.floor(runs / 2)][1]];
			const slug = `${server}${path}`.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '');
			writeFileSync(join(outDir, `lighthouse-${slug}.json`), JSON.stringify(median));
			results.push({
				path,
				server,
				scores,
				score: summarize(scores),
				metrics: metricsOf(median),
				runs: lhrs.map((lhr, i) => ({ score: scores[i], ...metricsOf(lhr) }))
			});
		}
		return results;
	} finally {
		chrome.kill();
	}
}
