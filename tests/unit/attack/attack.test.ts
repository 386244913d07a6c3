// @vitest-environment node
/**
 * Every attack file of issue 12 through the command line, as a user would
 * run it, in a child process capped in heap, time and resident memory: the
 * outcome is a bank within the caps or a one-line refusal, never a crash, a
 * hang or an empty bank. The large deck, the large CSV, the large Moodle XML
 * file and the sheet zip bomb are built smaller here (10,000 notes, 5 MB,
 * 20,000 questions, a sheet of 64 MB) to keep this file near a minute on two
 * cores; `scripts/attack-measure.ts` runs them at full size (200,000 notes,
 * 50 MB, 300,000 questions, 4 GB).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bank } from '$lib/core/bank/schema';
import { decodeBankLink } from '$lib/core/share/link';
import { aggregateResults, parseResult } from '$lib/core/quiz/results';
import { attackFiles, type AttackFile } from '../../fixtures/attack/build';
import { seedBank } from '../../fixtures/attack/json';
import { CAPS, INTERNAL_ERROR, questionTexts } from '../../fixtures/attack/promise';
import { cliArgs } from '../../../scripts/attack-measure';
import { COMMIT_BYTES, COMMITTED_DIR } from '../../../scripts/attack-files';
import { ROOT } from '../core/formats/helpers';
import { HEAP_CAP_MB, PEAK_RSS_CAP_MB, runCli, summary, TIME_CAP_S, type CliRun } from './cli-run';

/** Each run waits its turn for one of two slots, so a test may wait for several runs before its own. */
const LONG_WAIT = 600_000;
const FILES = attackFiles({ deckNotes: 10_000, bigCsvBytes: 5 * 1024 * 1024, xmlQuestions: 20_000, sheetBombBytes: 64 * 1024 * 1024 });
const CLI_FILES = FILES.filter((f) => cliArgs(f.format, 'x', 'y'));
const byName = (name: string) => FILES.find((f) => f.name === name) as AttackFile;

/** Fails unless the bank holds at least one question and stays within the caps. */
function expectWithinCaps(bank: Bank, what: string): void {
	expect(bank.questions.length, `${what}: an empty bank must be a refusal, not a success`).toBeGreaterThan(0);
	expect(bank.questions.length, `${what}: questions`).toBeLessThanOrEqual(CAPS.MAX_QUESTIONS_PER_BANK);
	let longest = 0;
	for (const q of bank.questions) for (const t of questionTexts(q)) longest = Math.max(longest, t.length);
	expect(longest, `${what}: longest field`).toBeLessThanOrEqual(CAPS.MAX_FIELD_CHARS);
}

/** Fails unless the run ended by itself, in time, within the memory caps. */
function expectBounded(run: CliRun): void {
	const how = summary(run);
	expect(run.timedOut, how).toBe(false);
	expect(run.outOfMemory, how).toBe(false);
	expect(run.signal, how).toBeNull();
	expect(run.peakMb, how).toBeDefined();
	expect(run.peakMb as number, how).toBeLessThan(PEAK_RSS_CAP_MB);
}

/**
 * A refusal in plain words: validate exits 1 with one line per problem, each
 * naming the file; convert and generate exit 2 (an expected failure; 1 is an
 * exception that escaped) with one line.
 */
function expectOneLineRefusal(run: CliRun, file: AttackFile): void {
	const how = summary(run);
	if (file.format === 'json') {
		expect(run.code, how).toBe(1);
		expect(run.errors.length, how).toBeGreaterThan(0);
		expect(
			run.errors.every((l) => l.includes(file.name)),
			how
		).toBe(true);
	} else {
		expect(run.code, how).toBe(2);
		expect(run.errors, how).toHaveLength(1);
		expect(run.errors[0], how).toMatch(/^factdeck: \S/);
	}
	expect(
		run.errors.filter((l) => INTERNAL_ERROR.test(l)),
		how
	).toEqual([]);
}

let dir: string;
const paths = new Map<string, string>();

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'factdeck-attack-'));
	for (const file of FILES) {
		const path = join(dir, file.name);
		writeFileSync(path, await file.bytes());
		paths.set(file.name, path);
	}
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`attack files through the command line (heap ${HEAP_CAP_MB} MB, ${TIME_CAP_S} s each)`, () => {
	for (const file of CLI_FILES) {
		it.concurrent(`${file.name}: ${file.description} — read within the caps or refused in one line`, { timeout: LONG_WAIT }, async () => {
			const path = paths.get(file.name) as string;
			const out = join(dir, `${file.name}.out.json`);
			const run = await runCli(cliArgs(file.format, path, out) as string[]);
			expectBounded(run);
			if (run.code !== 0) return expectOneLineRefusal(run, file);
			if (file.format === 'json') return;
			const bank = JSON.parse(file.format === 'article' ? run.stdout : readFileSync(out, 'utf8')) as Bank;
			expectWithinCaps(bank, file.name);
		});
	}

	it.concurrent('a valid bank file with a 10 MB field: validate and import agree on the field-length cap', { timeout: LONG_WAIT }, async () => {
		const path = paths.get('bank-10mb-field.json') as string;
		const out = join(dir, 'bank-10mb.converted.json');
		const [validated, converted] = [
			await runCli(cliArgs('json', path, out) as string[]),
			await runCli(['src/cli/convert.ts', path, '--to', 'json', '--out', out])
		];
		expectBounded(validated);
		expectBounded(converted);
		// The file is valid, so import reads it; but never with the 10 MB field in it.
		expect(converted.code, summary(converted)).toBe(0);
		expectWithinCaps(JSON.parse(readFileSync(out, 'utf8')) as Bank, 'the converted bank');
		// validate may call the file valid only if import keeps all of it.
		expect(validated.code, `validate accepts a field past the cap that import leaves out: ${summary(validated)}`).not.toBe(0);
	});

	it.concurrent('a prompt =HYPERLINK(…) goes out of convert --to csv escaped, so a spreadsheet shows it as text', { timeout: LONG_WAIT }, async () => {
		const run = await runCli(['src/cli/convert.ts', paths.get('formula-prompt.csv') as string, '--to', 'csv']);
		expectBounded(run);
		expect(run.code, summary(run)).toBe(0);
		expect(run.stdout).toContain('HYPERLINK');
		// A cell, quoted or not, that a spreadsheet would run as a formula.
		expect(run.stdout).not.toMatch(/(^|[,\t;\n])"?[=+\-@\t\r]/);
	});

	it.concurrent('a backup with malformed attempts is refused when read, naming the attempts', { timeout: LONG_WAIT }, async () => {
		const run = await runCli(['src/cli/convert.ts', paths.get('backup-bad-attempts.json') as string, '--to', 'json']);
		expectBounded(run);
		expectOneLineRefusal(run, byName('backup-bad-attempts.json'));
		expect(run.errors[0]).toMatch(/attempts/);
	});
});

describe('attack files that only the app reads', () => {
	it('a forged result is counted by the re-grade of its answers, never by its claims', async () => {
		const parsed = parseResult(new TextDecoder().decode(await byName('forged-result.json').bytes()));
		if (!parsed.ok) return expect(parsed.error.split('\n')).toHaveLength(1);
		const aggregate = aggregateResults(seedBank(), [parsed.result]);
		expect(aggregate.perQuestion.reduce((sum, q) => sum + q.correct, 0)).toBe(0);
		expect(aggregate.perStudent.every((s) => s.correct === 0 && s.percent === 0)).toBe(true);
	});

	it('a share link whose fragment is a script is called not a Factdeck link, in one line', async () => {
		const decoded = decodeBankLink(new TextDecoder().decode(await byName('share-script-link.txt').bytes()).trim());
		expect(decoded.ok).toBe(false);
		const error = decoded.ok ? '' : decoded.error;
		expect(error.split('\n')).toHaveLength(1);
		expect(error).toMatch(/not a Factdeck link/i);
		expect(error).not.toMatch(/update/i);
	});
});

describe('the attack files kept in git', () => {
	it('are exactly what the builder makes, and every small file is kept', () => {
		const small = FILES.filter((f) => readFileSync(paths.get(f.name) as string).byteLength < COMMIT_BYTES).map((f) => f.name);
		expect(readdirSync(join(ROOT, COMMITTED_DIR)).sort()).toEqual(small.sort());
		for (const name of small) expect(readFileSync(join(ROOT, COMMITTED_DIR, name)).equals(readFileSync(paths.get(name) as string)), name).toBe(true);
	});
});
