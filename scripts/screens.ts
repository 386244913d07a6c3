/**
 * Takes the screenshots in docs/screens/ from the built app (`npm run build` first): the study
 * page with a card answered, the card browser, and the end-of-session summary, each at desktop
 * (1280x800) and phone (390x844) sizes, in the light and the dark theme. Each shot starts from an
 * empty browser profile, as a new learner sees the app.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { launchOptions, requireChromium } from '../bench/chromium';
import { readCommandLine, runCli } from '../src/cli/run';
import { startServer } from '../src/server/start';
import { answerCard, waitForCard } from '../tests/e2e/helpers';

const ROOT = process.cwd();
const USAGE = 'usage: tsx scripts/screens.ts [--out DIR] [--port N]';
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const THEMES = ['light', 'dark'] as const;
const SAMPLE = '/study/korea-diplomacy-2021';

/** The study page with its first card answered, the feedback and ratings on screen. */
async function study(page: Page): Promise<void> {
	await page.goto(SAMPLE);
	const { kind } = await waitForCard(page);
	if (kind === 'reveal') await page.keyboard.press('Space');
	else if (kind === 'truefalse') await page.keyboard.press('t');
	else if (kind === 'choice') await page.keyboard.press('1');
	else {
		await page.getByRole('textbox', { name: 'Your answer' }).fill('Seoul');
		await page.keyboard.press('Enter');
	}
	await page.getByRole('button', { name: /^Again/ }).waitFor();
}

/** The card browser, searching the sample banks. */
async function browse(page: Page): Promise<void> {
	await page.goto('/browse');
	const search = page.getByRole('searchbox').first();
	await search.waitFor();
	await search.fill('Korea');
	await page
		.getByText(/ of \d+ questions?/)
		.first()
		.waitFor();
}

/** The summary after a short session: three New cards a day, answered one wrong and two right. */
async function summary(page: Page): Promise<void> {
	await page.goto('/settings');
	const field = page.getByLabel('New cards per bank per day');
	await field.fill('3');
	await field.press('Tab');
	await page.getByText('Saved.', { exact: true }).waitFor();
	await page.goto(SAMPLE);
	for (let n = 0; n < 20; n++) {
		if ((await waitForCard(page)).kind === 'done') break;
		await answerCard(page, n === 0 ? { correct: false, rating: 'Again' } : { rating: 'Good' });
	}
	await page.locator('section.done').waitFor();
}

const SCREENS = { study, browse, summary };

async function shoot(browser: Browser, base: string, out: string): Promise<void> {
	for (const [name, take] of Object.entries(SCREENS)) {
		for (const [size, viewport] of Object.entries(SIZES)) {
			for (const theme of THEMES) {
				const context = await browser.newContext({ baseURL: base, viewport, colorScheme: theme, serviceWorkers: 'block', deviceScaleFactor: 1 });
				const page = await context.newPage();
				await take(page);
				const file = join(out, `${name}-${size}-${theme}.png`);
				await page.screenshot({ path: file });
				console.log(file);
				await context.close();
			}
		}
	}
}

async function main(): Promise<void> {
	const { values } = readCommandLine(process.argv.slice(2), USAGE, { out: { type: 'string' }, port: { type: 'string' } });
	const out = values.out ?? join(ROOT, 'docs/screens');
	const port = Number(values.port ?? 4399);
	requireChromium();
	mkdirSync(out, { recursive: true });
	const server = await startServer({ dir: join(ROOT, 'build'), port });
	const browser = await chromium.launch(launchOptions());
	try {
		await shoot(browser, server.url, out);
	} finally {
		await browser.close();
		await server.close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCli(main, 'screens');
