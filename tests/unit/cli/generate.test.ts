import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateBank } from '$lib/core/bank/validate';

// A plain path: under jsdom the global URL is not the one node:url expects.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SEED = 'questions/article-korea-diplomacy-2021.txt';
const USAGE = 'usage: generate <article.txt|.md|.html> [--title T] [--published YYYY-MM-DD] [--max N]';

type Run = { code: number; stdout: string; stderr: string };

/** Runs the generate command as a user would, from the project root. */
function generate(...args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(TSX, ['src/cli/generate.ts', ...args], { cwd: ROOT, maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
			const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
			resolve({ code, stdout, stderr });
		});
	});
}

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('generate command', { timeout: 60_000 }, () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'factdeck-generate-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('prints a valid bank for a .txt article, with title, date and at most --max questions', async () => {
		const run = await generate(SEED, '--title', 'Korea 2021', '--published', '2021-02-03', '--max', '12');
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const bank = JSON.parse(run.stdout);
		expect(validateBank(bank).ok).toBe(true);
		expect(bank.title).toBe('Korea 2021');
		expect(bank.source.published).toBe('2021-02-03');
		expect(bank.questions).toHaveLength(12);
	});

	it('reads .html with its tags stripped and .md with its markup removed', async () => {
		const html = join(dir, 'a.html');
		writeFileSync(
			html,
			'<html><body><h1>Talks</h1><p>Chinese leader <b>Xi Jinping</b> spoke with South Korean President Moon Jae-in on January 26.</p><p>Moon and Xi agreed to meet again in Seoul in May 2022.</p></body></html>'
		);
		const md = join(dir, 'a.md');
		writeFileSync(md, '# Talks\n\nChinese leader **Xi Jinping** spoke with South Korean President Moon Jae-in on January 26.\n');
		for (const file of [html, md]) {
			const run = await generate(file, '--published', '2021-02-03');
			expect(run.code, run.stderr).toBe(0);
			const bank = JSON.parse(run.stdout);
			expect(bank.source.text).not.toMatch(/[<>*#]/);
			expect(bank.questions.length).toBeGreaterThan(0);
		}
	});

	it('fails with one line on stderr for empty, binary, missing input and bad options', async () => {
		const empty = join(dir, 'empty.txt');
		writeFileSync(empty, '  \n\n');
		const binary = join(dir, 'image.txt');
		writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00]));
		const cases: string[][] = [
			[empty],
			[binary],
			[join(dir, 'missing.txt')],
			[dir],
			[],
			[SEED, '--published', 'yesterday'],
			[SEED, '--max', '0'],
			[SEED, '--colour']
		];
		for (const args of cases) {
			const run = await generate(...args);
			expect(run.code, args.join(' ')).not.toBe(0);
			expect(run.stdout, args.join(' ')).toBe('');
			expect(lines(run.stderr), args.join(' ')).toHaveLength(1);
			expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
		}
	});

	it('refuses an article over the length cap at once, in one line', { timeout: 120_000 }, async () => {
		const long = join(dir, 'long.txt');
		writeFileSync(long, `${readFileSync(join(ROOT, SEED), 'utf8')}\n\n`.repeat(260)); // about 2 MB
		const started = Date.now();
		const run = await generate(long);
		expect(run.code).not.toBe(0);
		expect(run.stdout).toBe('');
		expect(lines(run.stderr)).toEqual([
			expect.stringMatching(/^factdeck: .*long\.txt: This article is too long: the article holds 2,\d{3},\d{3} characters; Factdeck reads at most 600,000/)
		]);
		// Generous, for a busy machine (starting the command alone takes seconds): generating from it took minutes.
		expect(Date.now() - started).toBeLessThan(45_000);
		const huge = join(dir, 'huge.txt');
		writeFileSync(huge, 'word '.repeat(600_000)); // 3 MB: refused unread
		expect(lines((await generate(huge)).stderr)).toEqual([expect.stringMatching(/^factdeck: .*huge\.txt is too large for an article \(2930 KB\)\.$/)]);
	});

	it('refuses an unknown option with the usage, and shows the usage on --help', async () => {
		const bad = await generate(SEED, '--colour', 'red');
		expect(bad.code).toBe(2);
		expect(bad.stdout).toBe('');
		expect(lines(bad.stderr)).toEqual([`factdeck: unknown option --colour; ${USAGE}`]);
		const help = await generate('--help');
		expect(help.code).toBe(0);
		expect(help.stderr).toBe('');
		expect(lines(help.stdout)).toEqual([USAGE]);
	});

	it('refuses an option without its value, naming it', async () => {
		for (const args of [
			[SEED, '--title'],
			[SEED, '--title', '--max', '3'],
			[SEED, '--title=']
		]) {
			const run = await generate(...args);
			expect(run.code, args.join(' ')).toBe(2);
			expect(lines(run.stderr), args.join(' ')).toEqual([`factdeck: --title needs a value; ${USAGE}`]);
		}
	});

	it('refuses a publication date that is not in the calendar', { timeout: 120_000 }, async () => {
		// Every kind of impossible date is in U/core/bank/calendar-date.test.ts; here, that the command uses the check.
		for (const date of ['2024-02-30', '2023-02-29']) {
			const run = await generate(SEED, '--published', date);
			expect(run.code, date).not.toBe(0);
			expect(lines(run.stderr), date).toEqual([`factdeck: --published must be a real date written YYYY-MM-DD, not "${date}"`]);
		}
	});
});
