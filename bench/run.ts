/**
 * `npm run bench`: builds the app and the bench bundle, then measures in
 * Debian's Chromium (storage, imports, generator, offline first card,
 * growth, Lighthouse) and in Node (generator). Each section prints its table
 * as soon as it is done and rewrites bench/.out/results.json with every
 * section done so far; a section whose browser died runs once more in a
 * fresh browser, and is skipped (and said to be) if it dies again. At the end
 * it prints a summary and one line of JSON with every row.
 *
 * Options: --no-build (measure the existing build/), --quick (smaller sizes
 * and fewer runs, for a try-out), --only=<sections> (comma-separated, from
 * plan.ts's SECTIONS), --strict (exit 1 when a target is missed or a section
 * was skipped). A section that fails for another reason makes the exit code 1.
 * docs/performance.md says what each number depends on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../src/server/start';
import { runCli } from '../src/cli/run';
import { bundleBench, OUT, ROOT } from './bundle';
import { CHROMIUM_PATH, launchOptions, requireChromium } from './chromium';
import { APP_SECTIONS, readPlan } from './plan';
import { browserDied, runSections } from './sections';
import { resultsJson, rowsOf, sectionText, writeResults } from './stream';
import { suite } from './suite';

const started = Date.now();
const log = (message: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const load = () => loadavg().map((x) => Number(x.toFixed(2)));

// A browser that dies also fails promises nobody awaits any more (a page's 'close' handler closing its
// context): Node would end the whole bench on them. The section that was using it hears of the death itself.
process.on('unhandledRejection', (err) => {
	if (!browserDied(err)) throw err;
	log(`after the browser died: ${err instanceof Error ? err.message : String(err)}`);
});

/** Runs Node with `argv` in the project folder; its stdout. */
function node(argv: string[]): string {
	return execFileSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
}

/** Builds the app into build/ with vite; on failure, vite's own output goes to stderr first. */
function buildApp(): void {
	try {
		node([join(ROOT, 'node_modules/vite/bin/vite.js'), 'build']);
	} catch (err) {
		const e = err as { stdout?: string; stderr?: string };
		process.stderr.write(`${(e.stdout ?? '') + (e.stderr ?? '')}`.slice(0, 4000));
		throw new Error('vite build failed (its output is above)', { cause: err });
	}
}

/** Measures what the command line asks; exit code 1 when a section failed, or under --strict when a target is missed or a section skipped. */
async function main(argv: string[]): Promise<number> {
	const plan = readPlan(argv);
	requireChromium();
	log("bundling bench/browser with the app's storage and core");
	await bundleBench();
	// The in-page measurements need an origin, not the app: a blank one keeps them independent of build/.
	const blank = join(OUT, 'origin');
	mkdirSync(blank, { recursive: true });
	writeFileSync(join(blank, 'index.html'), '<!doctype html><title>bench origin</title>\n');
	const needsApp = plan.sections.some((s) => APP_SECTIONS.includes(s));
	if (needsApp && plan.build) {
		log('building the app (vite build)');
		buildApp();
	} else if (needsApp && !existsSync(join(ROOT, 'build/index.html'))) throw new Error('no build/ to measure: drop --no-build');

	const version = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	const meta = () => ({
		date: new Date().toISOString(),
		chromium: version,
		node: process.version,
		cpus: cpus().length,
		loadavg: load(),
		quick: plan.quick,
		seconds: Math.round((Date.now() - started) / 1000)
	});
	const file = join(OUT, 'results.json');
	const origin = await startServer({ dir: blank, port: 0 });
	let outcomes;
	try {
		outcomes = await runSections(
			suite(plan, origin.url, log),
			() => chromium.launch(launchOptions()),
			(outcome, all) => {
				writeResults(file, meta(), all);
				console.log(`\n${sectionText(outcome)}\n(load average ${load().join(' ')})`);
			},
			log
		);
	} finally {
		await origin.close();
	}

	const rows = rowsOf(outcomes);
	const m = meta();
	const missed = rows.filter((r) => r.pass === false).length;
	const lost = outcomes.filter((o) => o.status === 'skipped' || o.status === 'failed');
	const lostText = lost.length === 0 ? '' : ` Not measured: ${lost.map((o) => `${o.section} (${o.status})`).join(', ')}.`;
	console.log(`\n${missed === 0 ? 'Every target met.' : `${missed} target(s) missed.`}${lostText} ${m.chromium}, ${m.cpus} cores, ${m.seconds} s.`);
	console.log('\nJSON:');
	const { results: _raw, ...summary } = resultsJson(m, outcomes);
	console.log(JSON.stringify(summary));
	if (outcomes.some((o) => o.status === 'failed')) return 1;
	return plan.strict && (missed > 0 || lost.length > 0) ? 1 : 0;
}

await runCli(main, 'bench failed');
