// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBankJson } from '$lib/core/bank/validate';
import { emitBackup } from '$lib/core/formats/backup';
import { parseCsv } from '$lib/core/formats/csv';
import { emitJson } from '$lib/core/formats/json';
import { parseMoodleXml } from '$lib/core/formats/moodle-xml';
import { everyTypeBank, FIXTURES, ROOT } from '../core/formats/helpers';

const TSX = join(ROOT, 'node_modules/.bin/tsx');

type Run = { code: number; stdout: string; stderr: string };

/** Runs the convert command as a user would, from the project root. */
function convert(...args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(TSX, ['src/cli/convert.ts', ...args], { cwd: ROOT }, (err, stdout, stderr) => {
			const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
			resolve({ code, stdout, stderr });
		});
	});
}

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('convert command', { timeout: 60_000 }, () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'factdeck-convert-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('converts the Moodle GIFT examples to a valid JSON bank, warnings on stderr', async () => {
		const run = await convert(join(FIXTURES, 'shared/gift/moodle-examples.gift'), '--to', 'json');
		expect(run.code).toBe(0);
		const bank = parseBankJson(run.stdout);
		expect(bank.ok && bank.bank.questions.length).toBe(43);
		expect(lines(run.stderr).length).toBeGreaterThan(0);
		expect(lines(run.stderr).every((l) => l.startsWith('warning: line '))).toBe(true);
	});

	it('converts the current-format Anki deck to CSV in a file', async () => {
		const out = join(dir, 'zhongwen.csv');
		const run = await convert(join(FIXTURES, 'shared/apkg/zhongwen-anki21b.apkg'), '--to', 'csv', '--out', out);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain('warning: the package holds no review history');
		const back = parseCsv(readFileSync(out));
		expect(back.ok && back.bank.questions.map((q) => q.prompt)).toEqual(['Simplified', '向量', '矩阵']);
	});

	it('writes Aiken and says which questions it left out', async () => {
		const file = join(dir, 'bank.json');
		writeFileSync(file, emitJson(everyTypeBank()));
		const run = await convert(file, '--to', 'aiken');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('ANSWER: B');
		expect(lines(run.stderr)).toEqual(['warning: 3 question(s) left out: Aiken holds only multiple choice and true/false']);
	});

	it('rounds partial credit Moodle does not offer when writing GIFT, and names each question it rounded', async () => {
		const file = join(dir, 'weights.json');
		const bank = everyTypeBank();
		const multi = { id: 'w', fact: 'w', type: 'multi' as const, prompt: 'Pick', answer: 'a\nb', choices: ['a', 'b', 'c'], weights: [44, 56, -100] };
		writeFileSync(file, emitJson({ ...bank, questions: [...bank.questions, multi] }));
		const run = await convert(file, '--to', 'gift');
		expect(run.code, run.stderr).toBe(0);
		expect(run.stdout).toContain('~%40%a');
		expect(lines(run.stderr)).toEqual([
			`warning: question ${bank.questions.length + 1}: partial credit Moodle does not offer, rounded to its nearest grade (or refused by Moodle where that breaks a 100% total)`
		]);
	});

	it('converts a bank to Moodle XML, and a Moodle XML file with an image to Moodle XML keeping the image', async () => {
		const file = join(dir, 'moodle.json');
		writeFileSync(file, emitJson(everyTypeBank()));
		const run = await convert(file, '--to', 'moodle-xml');
		expect(run.code, run.stderr).toBe(0);
		expect(run.stderr).toBe('');
		const back = parseMoodleXml(run.stdout);
		expect(back.ok && back.bank.questions.map((q) => q.prompt)).toEqual(everyTypeBank().questions.map((q) => q.prompt));
		const out = join(dir, 'cells.xml');
		const sample = join(ROOT, 'tests/fixtures/moodle-xml/categories-image.xml');
		const again = await convert(sample, '--to', 'moodle-xml', '--out', out);
		expect(again.code, again.stderr).toBe(0);
		expect(again.stderr).toBe('');
		const read = parseMoodleXml(readFileSync(out));
		expect(read.ok && [...(read.media?.keys() ?? [])]).toEqual(['cell part.png']);
		const toJson = await convert(sample, '--to', 'json');
		expect(lines(toJson.stderr)).toEqual(['warning: 1 image file(s) not written: convert writes the questions only']);
	});

	it('picks one bank of a backup with --bank', async () => {
		const [a, b] = [everyTypeBank(), { ...everyTypeBank(), id: 'other', title: 'Other' }];
		const file = join(dir, 'backup.json');
		writeFileSync(
			file,
			emitBackup({
				format: 'factdeck.backup',
				version: 1,
				exportedAt: new Date('2024-01-01T00:00:00Z'),
				banks: [a, b],
				cards: [],
				reviews: [],
				attempts: [],
				settings: {}
			})
		);
		const without = await convert(file, '--to', 'gift');
		expect(without.code).not.toBe(0);
		expect(lines(without.stderr)).toEqual([`factdeck: ${file}: the backup holds the banks korean-capitals, other; choose one with --bank`]);
		const chosen = await convert(file, '--to', 'gift', '--bank', 'other');
		expect(chosen.code).toBe(0);
		expect(chosen.stdout).toContain('$CATEGORY: $course$/top/Other');
	});

	it.each([
		[
			'a damaged GIFT file',
			['bad.gift', 'Capital? {=Seoul\n'],
			['--to', 'json'],
			/^factdeck: .*bad\.gift: line 1: the answers opened with \{ are never closed with \}$/
		],
		[
			'prose of no known format',
			['notes.txt', 'just one line of prose\n'],
			['--to', 'json'],
			/^factdeck: .*notes\.txt: cannot tell its format; name it with --from/
		],
		[
			'an unknown target',
			['ok.gift', 'Q? {=A}\n'],
			['--to', 'pdf'],
			/^factdeck: cannot write pdf: --to must be one of json, gift, aiken, csv, moodle-xml, apkg, xlsx$/
		],
		['a missing --to', ['ok2.gift', 'Q? {=A}\n'], [], /^factdeck: --to is required/]
	])('fails on %s with one line on stderr and a non-zero exit', async (_what, [name, content], args, message) => {
		const file = join(dir, name);
		writeFileSync(file, content);
		const run = await convert(file, ...args);
		expect(run.code).not.toBe(0);
		expect(run.stdout).toBe('');
		expect(lines(run.stderr)).toHaveLength(1);
		expect(run.stderr.trim()).toMatch(message);
	});

	it('shows the usage on --help, and refuses an unknown option or an option without its value', async () => {
		const usage =
			'usage: convert <input> --to json|gift|aiken|csv|moodle-xml|apkg|xlsx [--out file] [--template kahoot|quizizz] [--from format] [--title text] [--bank id] [--history]';
		const help = await convert('--help');
		expect(help.code).toBe(0);
		expect(lines(help.stdout)).toEqual([usage]);
		const bad = await convert('x.gift', '--to', 'json', '--force');
		expect(bad.code).toBe(2);
		expect(lines(bad.stderr)).toEqual([`factdeck: unknown option --force; ${usage}`]);
		const inline = await convert('x.gift', '--to=json', '--out=');
		expect(lines(inline.stderr)).toEqual([`factdeck: --out needs a value; ${usage}`]);
	});

	it('fails on a missing file without a stack trace', async () => {
		const run = await convert(join(dir, 'nope.csv'), '--to', 'json');
		expect(run.code).not.toBe(0);
		expect(lines(run.stderr)).toEqual([`factdeck: ${join(dir, 'nope.csv')}: cannot read: no such file`]);
	});

	it('fails, saying why, when every question was rejected, instead of writing an empty bank', async () => {
		const file = join(dir, 'essays.gift');
		writeFileSync(file, '::E1:: Write about the war. {}\n\n::E2:: Describe the sea. {}\n\n::E3:: Tell us more. {}\n');
		const run = await convert(file, '--to', 'json');
		expect(run.code).not.toBe(0);
		expect(run.stdout).toBe('');
		expect(lines(run.stderr)).toEqual([
			`factdeck: ${file}: no question could be converted: 3 records were unsupported (first: line 1: an essay question (free text, graded by a teacher) is not imported)`
		]);
	});

	it('fails on a bank that holds no questions', async () => {
		const file = join(dir, 'empty-bank.json');
		writeFileSync(file, JSON.stringify({ ...everyTypeBank(), questions: [] }));
		const run = await convert(file, '--to', 'csv');
		expect(run.code).not.toBe(0);
		expect(lines(run.stderr)).toHaveLength(1);
		expect(run.stderr).toMatch(/no question could be converted/);
	});

	it('writes CSV whose cells no spreadsheet runs as formulas, and reads it back unchanged', async () => {
		const bank = everyTypeBank();
		bank.questions[0] = { ...bank.questions[0], prompt: '=HYPERLINK("http://evil.example","Click me")', answer: '-5' };
		const file = join(dir, 'formula.json');
		writeFileSync(file, emitJson(bank));
		const run = await convert(file, '--to', 'csv');
		expect(run.code, run.stderr).toBe(0);
		expect(run.stdout.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""Click me""\)",'-5,Flashcard,/);
		const back = parseCsv(run.stdout);
		expect(back.ok && [back.bank.questions[0].prompt, back.bank.questions[0].answer]).toEqual([bank.questions[0].prompt, '-5']);
	});
});
