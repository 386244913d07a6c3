// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parseBankJson } from '$lib/core/bank/validate';
import { emitJson } from '$lib/core/formats/json';
import { everyTypeBank, ROOT } from '../core/formats/helpers';
import { readSheet, workbook } from '../core/formats/sheet-helpers';

const TSX = join(ROOT, 'node_modules/.bin/tsx');

type Run = { code: number; stdout: string; stderr: string };

/** Runs the convert command as a user would, from the project root. */
function convert(...args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(TSX, ['src/cli/convert.ts', ...args], { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) => {
			const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
			resolve({ code, stdout, stderr });
		});
	});
}

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('convert to and from Kahoot and Quizizz sheets', { timeout: 60_000 }, () => {
	let dir: string;
	let bankFile: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'factdeck-sheets-'));
		bankFile = join(dir, 'bank.json');
		writeFileSync(bankFile, emitJson(everyTypeBank()));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('reads a Kahoot sheet into a JSON bank, the dropped time limits on stderr', async () => {
		const run = await convert('tests/fixtures/sheets/kahoot-quiz.xlsx', '--to', 'json');
		expect(run.code, run.stderr).toBe(0);
		const bank = parseBankJson(run.stdout);
		expect(bank.ok && bank.bank.questions.map((q) => q.type)).toEqual(['mcq', 'truefalse', 'multi', 'mcq', 'mcq']);
		expect(lines(run.stderr)).toEqual(['warning: the time limits of 5 questions (10–60 s) are not kept: Factdeck times a whole test, not each question']);
	});

	it('writes a Kahoot sheet by default, naming each question it leaves out', async () => {
		const out = join(dir, 'kahoot.xlsx');
		const run = await convert(bankFile, '--to', 'xlsx', '--out', out);
		expect(run.code, run.stderr).toBe(0);
		expect(run.stdout).toBe('');
		expect(lines(run.stderr)).toEqual([
			'warning: question 1 left out ("Capital of South Korea"): flashcard questions cannot go to Kahoot: its quizzes take only 2 to 4 answers to pick from',
			'warning: question 2 left out ("____ is the capital of South Korea."): fill in the blank questions cannot go to Kahoot: its quizzes take only 2 to 4 answers to pick from',
			'warning: question 5 left out ("Name the river through Seoul."): typed answer questions cannot go to Kahoot: its quizzes take only 2 to 4 answers to pick from'
		]);
		const back = readSheet(new Uint8Array(readFileSync(out)));
		expect(back.ok && back.bank.questions.map((q) => q.type)).toEqual(['mcq', 'truefalse']);
	});

	it('writes a Quizizz sheet with --template quizizz, text that looks like a formula kept as text', async () => {
		const bank = everyTypeBank();
		bank.questions[4] = { ...bank.questions[4], prompt: '=HYPERLINK("http://evil.example","Click me")' };
		const file = join(dir, 'formula.json');
		writeFileSync(file, emitJson(bank));
		const out = join(dir, 'quizizz.xlsx');
		const run = await convert(file, '--to', 'xlsx', '--template', 'quizizz', '--out', out);
		expect(run.code, run.stderr).toBe(0);
		const bytes = new Uint8Array(readFileSync(out));
		const sheet = new TextDecoder().decode(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
		expect(sheet).not.toContain('<f>');
		const back = readSheet(bytes);
		expect(back.ok && back.bank.questions.map((q) => q.prompt).at(-1)).toBe('=HYPERLINK("http://evil.example","Click me")');
	});

	it.each([
		[['--to', 'xlsx'], 'factdeck: xlsx is a binary file: name the file to write with --out (it is not written to the terminal)'],
		[['--to', 'xlsx', '--template', 'blooket', '--out', 'x.xlsx'], 'factdeck: unknown template blooket: --template must be kahoot or quizizz'],
		[['--to', 'gift', '--template', 'quizizz'], 'factdeck: --template goes with --to xlsx only']
	])('refuses %j with one line and writes nothing to stdout', async (args, message) => {
		const run = await convert(bankFile, ...args);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(lines(run.stderr)).toEqual([message]);
	});

	it('fails on a spreadsheet with no template header, in one line', async () => {
		const file = join(dir, 'scores.xlsx');
		writeFileSync(
			file,
			workbook([
				['Name', 'Score'],
				['Ada', 10]
			])
		);
		const run = await convert(file, '--to', 'json');
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(lines(run.stderr)).toHaveLength(1);
		expect(run.stderr).toMatch(/^factdeck: .*scores\.xlsx: no Kahoot or Quizizz header row found/);
	});
});
