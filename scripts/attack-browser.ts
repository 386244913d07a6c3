/**
 * `npx tsx scripts/attack-browser.ts [--root checkout] [--cap 120] [--only text]`:
 * opens the attack files that hurt the tab through /import of a checkout's build (run
 * `npx vite build` there first) in Chromium, one fresh tab each, and prints
 * a table: what the page showed (a message, a preview, or a crashed tab),
 * seconds to it, and the peak resident memory of the renderer processes.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchOptions } from '../bench/chromium';
import { readCommandLine, runCli } from '../src/cli/run';
import { startServer } from '../src/server/start';
import { attackFiles, IMPORTED_IN_BROWSER } from '../tests/fixtures/attack/build';

/** The files /import reads in the browser tests, and the two large ones that froze or slowed the tab. */
const WORST = [...IMPORTED_IN_BROWSER, 'questions-37608.csv', 'rows-50mb.csv'];

/** Peak resident memory in KB (VmHWM) of the renderer processes under `pid`, by pid. */
function renderers(pid: number): Map<number, number> {
	const children = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const ppid = Number(
				readFileSync(`/proc/${entry}/stat`, 'utf8')
					.replace(/^.*\) /s, '')
					.split(' ')[1]
			);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const out = new Map<number, number>();
	const walk = (p: number) => {
		for (const child of children.get(p) ?? []) {
			try {
				if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('--type=renderer')) {
					const rss = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child}/status`, 'utf8'));
					if (rss) out.set(child, Number(rss[1]));
				}
			} catch {
				// Gone already.
			}
			walk(child);
		}
	};
	walk(pid);
	return out;
}

/** The first thing the import page shows: a preview's count, an alert's first line, or the crash. */
async function outcome(page: Page, capMs: number, crashed: () => boolean): Promise<string | undefined> {
	const deadline = Date.now() + capMs;
	while (Date.now() < deadline) {
		if (crashed()) return 'tab crashed';
		try {
			const count = page.getByTestId('question-count');
			if (await count.isVisible({ timeout: 200 })) return `preview: ${await count.innerText()} questions`;
			const alert = page.getByRole('alert').first();
			if (await alert.isVisible({ timeout: 200 })) return `message: ${(await alert.innerText()).split('\n')[0].slice(0, 160)}`;
		} catch (err) {
			if (crashed()) return 'tab crashed';
			return `page error: ${String(err).split('\n')[0].slice(0, 120)}`;
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return undefined;
}

const USAGE = 'usage: attack-browser [--root checkout] [--cap seconds] [--only text]';

async function main(argv: string[]): Promise<void> {
	const { values } = readCommandLine(argv, USAGE, { root: { type: 'string' }, cap: { type: 'string' }, only: { type: 'string' } });
	const root = resolve(values.root ?? process.cwd());
	const capSeconds = Number(values.cap ?? 120);
	const only = values.only;
	// This checkout's server serves the other checkout's build: what is measured is the app in the tab.
	const server = await startServer({ dir: join(root, 'build'), port: 0 });
	const browser = await chromium.launch(launchOptions());
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-attack-browser-'));
	const rows: string[] = ['| File | Outcome in the tab | Seconds | Renderer peak MB |', '|---|---|---|---|'];
	try {
		for (const file of attackFiles().filter((f) => WORST.includes(f.name) && (!only || f.name.includes(only)))) {
			// A path, not a buffer: Playwright hands over at most 50 MB as a buffer.
			const path = join(dir, file.name);
			writeFileSync(path, await file.bytes());
			const context = await browser.newContext({ baseURL: server.url });
			const page = await context.newPage();
			let crashed = false;
			page.on('crash', () => (crashed = true));
			await page.goto('/');
			await page.getByRole('article').first().waitFor({ timeout: 60_000 });
			await page.goto('/import');
			let peakKb = 0;
			const sample = () => {
				// Chromium is a child of this process; its renderers are further down.
				for (const kb of renderers(process.pid).values()) peakKb = Math.max(peakKb, kb);
			};
			const sampler = setInterval(sample, 200);
			const started = performance.now();
			await page.getByLabel('Choose a file to import').setInputFiles(path);
			const shown = (await outcome(page, capSeconds * 1000, () => crashed)) ?? `nothing shown within the ${capSeconds} s cap`;
			const seconds = (performance.now() - started) / 1000;
			clearInterval(sampler);
			sample();
			rows.push(`| ${file.name} | ${shown.replace(/\|/g, '\\|')} | ${seconds.toFixed(1)} | ${Math.round(peakKb / 1024)} |`);
			process.stderr.write(`${rows[rows.length - 1]}\n`);
			await context.close().catch(() => undefined);
			rmSync(path, { force: true });
		}
	} finally {
		await browser.close();
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	}
	process.stdout.write(`Checkout: ${root}; Chromium; time cap ${capSeconds} s\n\n${rows.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await runCli(main, 'attack-browser');
}
