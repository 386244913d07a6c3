/**
 * The FSRS optimizer in Chromium on the built app, on the real review log
 * (tests/fixtures/revlog: 12,580 reviews of 1,205 cards), restored through
 * Settings as a learner would. Each run starts from FSRS's defaults (the
 * learner's "Reset to FSRS defaults" between runs) and is timed from the
 * click on "Optimize parameters", with the moments the panel changes stage:
 * reading the log and fitting (five folds and the final fit in the worker,
 * then the scores) until it starts recomputing due dates with the
 * parameters it kept, and that recomputation until the outcome shows. The
 * reference optimizer (the same fsrs-rs, native, in Node) on the same items
 * gives a floor to compare with.
 */
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../src/server/start';
import { trainingItems, utcDay } from '../src/lib/core/srs/optimize/items';
import { runOptimizer, type OptimizerResult } from '../src/lib/core/srs/optimize/run';
import { restoreRealLog } from '../tests/fixtures/revlog/backup';
import { referenceFit } from '../tests/fixtures/revlog/reference';
import { readRevlog } from '../tests/fixtures/revlog/revlog';
import { summarize, type Stats } from './browser/stats';
import { row, type Row } from './report';

export interface OptimizerBench {
	reviews: number;
	/** Click to the start of the due-date recomputation: reading, six fits, scores. */
	fit: Stats;
	/** The recomputation of every studied card's due dates with the kept parameters. */
	reschedule: Stats;
	/** Click to the outcome on screen. */
	whole: Stats;
	/** The same run with the reference optimizer in Node. */
	referenceMs: number;
	app: { fitted: number; current: number };
	reference: { fitted: number; current: number };
	threads: number;
}

const PANEL = 'Fit the scheduler to your memory';

/**
 * Marks, in the page's timeline, the first moment the panel shows each
 * stage. Source text, so that the Node-side compiler adds no helpers.
 */
const WATCH_STAGES = `(() => {
	const marks = {};
	const panel = document.querySelector('[aria-labelledby="optimize-h"]');
	const seen = () => {
		const text = panel.innerText;
		for (const [name, needle] of [['rescheduling', 'Recomputing due dates with the new'], ['outcome', 'New parameters kept.'], ['kept-old', 'Parameters in use kept.']]) {
			if (!marks[name] && text.includes(needle)) marks[name] = performance.now();
		}
	};
	new MutationObserver(seen).observe(panel, { childList: true, subtree: true, characterData: true });
	window.__optimizerMarks = marks;
})()`;

/** One run from the defaults: milliseconds to the recomputation, and to the outcome. */
async function timedRun(page: Page): Promise<{ fit: number; whole: number }> {
	const panel = page.getByRole('region', { name: PANEL });
	// The panel renders after the settings page's data: watching before it is there observes nothing (and throws).
	await panel.waitFor();
	await page.evaluate(WATCH_STAGES);
	const start = await page.evaluate(() => performance.now());
	await panel.getByRole('button', { name: 'Optimize parameters' }).click();
	await panel.getByTestId('optimize-outcome').waitFor({ timeout: 180_000 });
	const marks = await page.evaluate(() => (window as unknown as { __optimizerMarks: Record<string, number> }).__optimizerMarks);
	const end = marks.outcome ?? marks['kept-old'];
	return { fit: (marks.rescheduling ?? end) - start, whole: end - start };
}

/** Back to FSRS's defaults (rescheduling every card), as the next run's start. */
async function resetToDefaults(page: Page): Promise<void> {
	const panel = page.getByRole('region', { name: PANEL });
	await panel.getByRole('button', { name: 'Reset to FSRS defaults' }).click();
	await panel.getByRole('button', { name: 'Reset to defaults' }).click();
	await panel.getByText('Back to FSRS’s default parameters').waitFor({ timeout: 120_000 });
}

/** The stored record of the last run: both log losses, at full precision. */
function lastScores(page: Page): Promise<{ fitted: number; current: number }> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('meta').objectStore('meta').get('lastOptimization');
					get.onerror = () => reject(get.error);
					get.onsuccess = () => {
						const last = get.result.value;
						open.result.close();
						resolve({ fitted: last.fitted.logLoss, current: last.current.logLoss });
					};
				};
			})
	);
}

/** Restores the real log in a fresh context of the built app and times `runs` optimizer runs. */
export async function optimizerInChromium(browser: Browser, buildDir: string, runs: number): Promise<OptimizerBench> {
	const app = await startServer({ dir: buildDir, port: 0 });
	// UTC days from midnight: the same items as the reference below.
	const context = await browser.newContext({ baseURL: app.url, timezoneId: 'UTC' });
	try {
		const page = await context.newPage();
		const reviews = await restoreRealLog(page, { dayStartHour: 0 });
		const samples: { fit: number; whole: number }[] = [];
		for (let i = 0; i < runs; i++) {
			if (i > 0) await resetToDefaults(page);
			samples.push(await timedRun(page));
		}
		const appScores = await lastScores(page);
		const threads = await page.evaluate(() => navigator.hardwareConcurrency);
		const started = performance.now();
		const reference: OptimizerResult = await runOptimizer({ items: trainingItems(readRevlog(), utcDay), current: null, fit: referenceFit });
		const referenceMs = performance.now() - started;
		return {
			reviews,
			fit: summarize(samples.map((s) => s.fit)),
			reschedule: summarize(samples.map((s) => s.whole - s.fit)),
			whole: summarize(samples.map((s) => s.whole)),
			referenceMs,
			app: appScores,
			reference: { fitted: reference.fitted.logLoss, current: reference.current.logLoss },
			threads
		};
	} finally {
		await context.close();
		await app.close();
	}
}

/** The optimizer's rows. */
export function optimizerRows(o: OptimizerBench | undefined): Row[] {
	if (!o) return [];
	const on = `real log, ${o.reviews.toLocaleString('en')} reviews`;
	const ms = (value: number): Stats => ({ n: 1, median: value, p95: value, min: value, max: value });
	const seconds = (s: Stats): Stats => ({ n: s.n, median: s.median / 1000, p95: s.p95 / 1000, min: s.min / 1000, max: s.max / 1000 });
	const scores = (s: { fitted: number; current: number }) => `log loss ${s.fitted.toFixed(4)}, defaults ${s.current.toFixed(4)}`;
	return [
		row('optimizer: read, 6 fits, scores (Chromium)', on, seconds(o.fit), 's', { op: '<=', value: 10 }, `${o.threads} threads; ${scores(o.app)}`),
		row('  due dates recomputed with the kept parameters', on, seconds(o.reschedule), 's'),
		row('  click to outcome', on, seconds(o.whole), 's'),
		row('  reference optimizer, native in Node', on, seconds(ms(o.referenceMs)), 's', undefined, scores(o.reference))
	];
}
