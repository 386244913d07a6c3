/**
 * `npm run bench`: builds the app and the bench bundle, then measures in
 * Debian's Chromium (storage, imports, generator, offline first card,
 * Lighthouse) and in Node (generator), and prints one table plus the same
 * numbers as JSON (also written to bench/.out/results.json).
 *
 * Options: --no-build (measure the existing build/), --quick (smaller sizes
 * and fewer runs, for a try-out), --only=<sections> (comma-separated, from
 * SECTIONS), --strict (exit 1 when a target is missed). docs/performance.md
 * says what each number depends on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../src/server/start';
import { CliError, readCommandLine, runCli } from '../src/cli/run';
import { browseAt } from './browse';
import { bundleBench, OUT, ROOT } from './bundle';
import { CHROMIUM_PATH, launchOptions, requireChromium } from './chromium';
import { firstCardOffline } from './first-card';
import { generateInNode } from './generate-node';
import { generateInChromium, idbFloorOf, importsOf, storageAt, type Effort } from './in-page';
import { lighthouseScores } from './lighthouse';
import { optimizerInChromium, optimizerRows, type OptimizerBench } from './optimizer';
import { table } from './report';
import { rescheduleAt } from './reschedule';
import { routeSizes } from './route-size';
import { allRows, type Results } from './rows';
import { statsPageAt } from './stats';

const SECTIONS = ['storage', 'browse', 'reschedule', 'import', 'generate', 'size', 'offline', 'stats', 'lighthouse', 'optimizer'];
const USAGE = `usage: bench [--quick] [--no-build] [--strict] [--only=${SECTIONS.join(',')}]`;
const OPTIONS = { quick: { type: 'boolean' }, 'no-build': { type: 'boolean' }, strict: { type: 'boolean' }, only: { type: 'string' } } as const;

const ARTICLE = join(ROOT, 'questions/article-korea-diplomacy-2021.txt');
const STUDY_PATH = '/study/korea-diplomacy-2021';

/** What to measure and how much, from the command line. */
function readPlan(argv: string[]) {
	const { values } = readCommandLine(argv, USAGE, OPTIONS);
	const quick = values.quick === true;
	const only = values.only?.split(',');
	const unknown = only?.filter((s) => !SECTIONS.includes(s)) ?? [];
	if (unknown.length > 0) throw new CliError(`unknown section ${unknown.join(', ')}: choose from ${SECTIONS.join(', ')}`);
	const effort: Effort = {
		steps: quick ? 15 : 40,
		compareSteps: quick ? 15 : 40,
		naiveSteps: (cards) => (cards >= 100_000 ? 3 : cards >= 10_000 ? 5 : 10),
		countRuns: quick ? 5 : 15
	};
	return {
		quick,
		build: values['no-build'] !== true,
		strict: values.strict === true,
		wants: (section: string) => !only || only.includes(section),
		sizes: quick ? [1_000, 10_000] : [1_000, 10_000, 100_000],
		/** [cards, reviews per studied card]: two thirds of the cards are studied. */
		reschedules: (quick
			? [[15_000, 10]]
			: [
					[15_000, 10],
					[150_000, 4]
				]) as [number, number][],
		/** [questions, runs, also write the CSV import]: at 100k the CSV is only parsed, as the write is the JSON one's again. */
		imports: (quick
			? [[10_000, 1, true]]
			: [
					[10_000, 3, true],
					[100_000, 1, false]
				]) as [number, number, boolean][],
		effort,
		/** Cards and reviews of the statistics page's collection. */
		stats: quick ? { cards: 10_000, reviews: 100_000, runs: 3 } : { cards: 100_000, reviews: 1_000_000, runs: 5 }
	};
}

const started = Date.now();
const log = (message: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Runs Node with `argv` in the project folder; its stdout. */
function node(argv: string[]): string {
	return execFileSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
}

/** Measures what the command line asks; exit code 1 under --strict when a target is missed. */
async function main(argv: string[]): Promise<number> {
	const { quick, build, strict, wants, sizes, reschedules, imports, effort, stats } = readPlan(argv);
	requireChromium();
	const results: Results & { optimizer?: OptimizerBench } = { storage: [], browse: [], reschedule: [], imports: [], routes: [], lighthouse: [], firstCard: [] };
	log("bundling bench/browser with the app's storage and core");
	await bundleBench();
	// The in-page measurements need an origin, not the app: a blank one keeps them independent of build/.
	const blank = join(OUT, 'origin');
	mkdirSync(blank, { recursive: true });
	writeFileSync(join(blank, 'index.html'), '<!doctype html><title>bench origin</title>\n');
	const needsApp = wants('size') || wants('offline') || wants('stats') || wants('lighthouse') || wants('optimizer');
	if (needsApp && build) {
		log('building the app (vite build)');
		try {
			node([join(ROOT, 'node_modules/vite/bin/vite.js'), 'build']);
		} catch (err) {
			const e = err as { stdout?: string; stderr?: string };
			// The error path prints one line: vite's own output goes first, in full.
			process.stderr.write(`${(e.stdout ?? '') + (e.stderr ?? '')}`.slice(0, 4000));
			throw new Error('vite build failed (its output is above)', { cause: err });
		}
	} else if (needsApp && !existsSync(join(ROOT, 'build/index.html'))) throw new Error('no build/ to measure: drop --no-build');
	if (wants('size')) results.routes = routeSizes(ROOT);

	const origin = await startServer({ dir: blank, port: 0 });
	const browser = await chromium.launch(launchOptions());
	try {
		if (wants('storage')) {
			log('IndexedDB floor');
			results.floor = await idbFloorOf(browser, origin.url, quick ? 1 : 3);
			for (const cards of sizes) {
				log(`storage with ${cards.toLocaleString('en')} cards`);
				results.storage.push(await storageAt(browser, origin.url, cards, effort));
			}
		}
		if (wants('browse')) {
			for (const cards of sizes) {
				log(`card browser with ${cards.toLocaleString('en')} cards`);
				results.browse.push(await browseAt(browser, origin.url, cards, quick ? 3 : 10));
			}
		}
		if (wants('reschedule')) {
			for (const [cards, reviews] of reschedules) {
				log(`change of retention with ${cards.toLocaleString('en')} cards, ${reviews} reviews per studied card`);
				results.reschedule.push(await rescheduleAt(browser, origin.url, cards, reviews));
			}
		}
		if (wants('import')) {
			for (const [count, runs, csvWrite] of imports) {
				log(`importing ${count.toLocaleString('en')} questions (${runs}x)`);
				results.imports.push(await importsOf(browser, origin.url, count, runs, csvWrite));
			}
		}
		if (wants('generate')) {
			log('generator in Chromium and in Node');
			const article = readFileSync(ARTICLE, 'utf8');
			results.generate = {
				chromium: await generateInChromium(browser, origin.url, article, quick ? 1 : 3, quick ? 3 : 5),
				node: generateInNode(ROOT)
			};
		}
		if (wants('offline')) {
			log('first card after an offline reload');
			results.firstCard.push(...(await firstCardOffline(browser, [STUDY_PATH], quick ? 3 : 7, 0)));
			if (!quick) {
				log('first card after an offline reload, with 100,000 more cards');
				results.firstCard.push(...(await firstCardOffline(browser, [STUDY_PATH, '/study'], 5, 100_000)));
			}
		}
		if (wants('stats')) {
			log(`statistics page with ${stats.cards.toLocaleString('en')} cards and ${stats.reviews.toLocaleString('en')} reviews`);
			results.stats = await statsPageAt(stats.cards, stats.reviews, stats.runs);
		}
		if (wants('optimizer')) {
			log('FSRS optimizer on the real review log');
			results.optimizer = await optimizerInChromium(browser, join(ROOT, 'build'), quick ? 1 : 3);
		}
	} finally {
		await browser.close();
		await origin.close();
	}
	if (wants('lighthouse')) {
		log('Lighthouse, mobile');
		const app = await startServer({ dir: join(ROOT, 'build'), port: 0 });
		try {
			results.lighthouse = await lighthouseScores(app.url, ['/', STUDY_PATH], quick ? 1 : 3, OUT, 'start.ts');
		} finally {
			await app.close();
		}
	}

	const rows = [...allRows(results), ...optimizerRows(results.optimizer)];
	const meta = {
		date: new Date().toISOString(),
		chromium: execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
		node: process.version,
		cpus: cpus().length,
		loadavg: loadavg().map((x) => Number(x.toFixed(2))),
		quick,
		seconds: Math.round((Date.now() - started) / 1000)
	};
	const json = { meta, rows, results };
	writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(json, null, '\t')}\n`);
	console.log(table(rows));
	const missed = rows.filter((r) => r.pass === false).length;
	console.log(`\n${missed === 0 ? 'Every target met.' : `${missed} target(s) missed.`} ${meta.chromium}, ${meta.cpus} cores, ${meta.seconds} s.`);
	console.log('\nJSON:');
	console.log(JSON.stringify({ meta, rows }));
	return strict && missed > 0 ? 1 : 0;
}

await runCli(main, 'bench failed');
