import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FIELD_CHARS } from '$lib/core/bank/limits';
import { validBank } from '../core/bank/fixtures';

// A plain path: under jsdom the global URL is not the one node:url expects.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

type Run = { code: number; stdout: string; stderr: string };

/** Runs the validate command as a user would, from the project root. */
function validate(...args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(TSX, ['src/cli/validate.ts', ...args], { cwd: ROOT }, (err, stdout, stderr) => {
			const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
			resolve({ code, stdout, stderr });
		});
	});
}

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('validate command', { timeout: 30_000 }, () => {
	let dir: string;
	let good: string;
	let bad: string;
	let notJson: string;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'factdeck-validate-'));
		good = join(dir, 'good.json');
		bad = join(dir, 'bad.json');
		notJson = join(dir, 'broken.json');
		writeFileSync(good, JSON.stringify(validBank()));
		const broken = validBank();
		broken.version = 3;
		broken.questions[2].choices = ['Busan', 'Daegu'];
		writeFileSync(bad, JSON.stringify(broken));
		writeFileSync(notJson, '{ "format": "factdeck.bank", ');
	});

	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('prints one summary line for a valid bank and exits 0', async () => {
		const run = await validate(good);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(lines(run.stdout)).toEqual([`ok ${good}: "Korean capitals", 5 questions, 2 facts, types: cloze 1, flashcard 1, mcq 1, short 1, truefalse 1`]);
	});

	it('prints one line per problem, prefixed by the file, and exits non-zero', async () => {
		const run = await validate(bad);
		expect(run.code).not.toBe(0);
		expect(run.stdout).toBe('');
		expect(lines(run.stderr)).toEqual([`${bad}: version: version must be 1`, `${bad}: questions[2].choices: the answer "Seoul" is not among the choices`]);
	});

	it('calls a bank with a field past the cap invalid, as import leaves that question out', async () => {
		const long = join(dir, 'long.json');
		const bank = validBank();
		bank.questions[1].explanation = 'x'.repeat(MAX_FIELD_CHARS + 1);
		writeFileSync(long, JSON.stringify(bank));
		const run = await validate(long);
		expect(run.code).not.toBe(0);
		expect(run.stdout).toBe('');
		expect(lines(run.stderr)).toEqual([`${long}: questions[1]: a field of this question holds 100,001 characters; Factdeck reads at most 100,000 per field`]);
	});

	it('reports bad JSON in one line', async () => {
		const run = await validate(notJson);
		expect(run.code).not.toBe(0);
		expect(lines(run.stderr)).toHaveLength(1);
		expect(run.stderr).toMatch(new RegExp(`^${notJson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not JSON: `));
	});

	it('reports an unreadable file in one line, without a stack trace', async () => {
		const missing = join(dir, 'missing.json');
		const run = await validate(missing);
		expect(run.code).not.toBe(0);
		expect(lines(run.stderr)).toEqual([`${missing}: cannot read: no such file`]);
	});

	it('shows usage in one line when given no files', async () => {
		const run = await validate();
		expect(run.code).not.toBe(0);
		expect(lines(run.stderr)).toHaveLength(1);
		expect(run.stderr).toMatch(/usage/);
		expect(run.stderr).not.toMatch(/\n\s+at /);
	});

	it('shows the usage on --help, and refuses an unknown option with it', async () => {
		const help = await validate('--help');
		expect(help.code).toBe(0);
		expect(help.stderr).toBe('');
		expect(lines(help.stdout)).toEqual(['usage: validate <bank.json>...']);
		const bad = await validate('--strict', good);
		expect(bad.code).toBe(2);
		expect(bad.stdout).toBe('');
		expect(lines(bad.stderr)).toEqual(['factdeck: unknown option --strict; usage: validate <bank.json>...']);
	});

	it('checks every file given, failing if any one fails', async () => {
		const run = await validate(good, bad, 'questions/korea-diplomacy-2021.json');
		expect(run.code).not.toBe(0);
		const ok = lines(run.stdout);
		expect(ok).toHaveLength(2);
		expect(ok[0]).toMatch(/^ok .*good\.json: /);
		expect(ok[1]).toMatch(
			/^ok questions\/korea-diplomacy-2021\.json: "Seeking North Korea Breakthrough, Seoul Looks to Biden Administration", \d+ questions, \d+ facts, types: cloze \d+, flashcard \d+, mcq \d+, short \d+, truefalse \d+$/
		);
		expect(lines(run.stderr).every((line) => line.startsWith(`${bad}: `))).toBe(true);
	});
});
