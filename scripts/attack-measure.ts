/**
 * `npx tsx scripts/attack-measure.ts [--root checkout] [--cap 120] [--heap 4096] [--only text] [--dir folder]`:
 * runs every attack file, at full size, through the command line of a
 * checkout (convert for bank files, validate for bank JSON, generate for
 * articles) in a child process under `/usr/bin/time -v`, and prints a table
 * of outcome, seconds and peak resident memory. A run past the cap is killed.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCommandLine, runCli } from '../src/cli/run';
import type { AttackFormat } from '../tests/fixtures/attack/build';
import { writeAttackFiles } from './attack-files';

interface Options {
	root: string;
	capSeconds: number;
	heapMb: number;
	only?: string;
	dir: string;
}

/** One row of the table. */
export interface Measured {
	name: string;
	size: number;
	outcome: string;
	seconds: number;
	peakMb?: number;
}

/** The command line tool and its arguments for a format; none for what only the browser reads. */
export function cliArgs(format: AttackFormat, file: string, out: string): string[] | undefined {
	if (format === 'json') return ['src/cli/validate.ts', file];
	if (format === 'article') return ['src/cli/generate.ts', file];
	if (format === 'result' || format === 'link') return undefined;
	return ['src/cli/convert.ts', file, '--to', 'json', '--out', out];
}

/** What a child's stderr says when it ran out of memory: V8's heap, SQLite's WebAssembly memory, a buffer. */
export const OUT_OF_MEMORY = /heap out of memory|Cannot enlarge memory|Aborted\(OOM\)|out of memory|Array buffer allocation failed/i;

/** The pid of the one child of `pid` (the tool under /usr/bin/time). */
function childOf(pid: number): number | undefined {
	try {
		const list = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
		return list.length ? Number(list[0]) : undefined;
	} catch {
		return undefined;
	}
}

/** What a successful run produced: a question count where the output says it. */
function success(format: AttackFormat, out: string, stdout: string, warnings: number): string {
	const noted = warnings ? `, ${warnings} warning line${warnings === 1 ? '' : 's'}` : '';
	if (format === 'json') return `ok: ${stdout.trim().split('\n')[0].slice(0, 120)}`;
	const path = format === 'article' ? stdout : out;
	try {
		if (!existsSync(path) || statSync(path).size > 800 * 1024 * 1024) return `exit 0${noted}`;
		const bank = JSON.parse(readFileSync(path, 'utf8')) as { questions: unknown[] };
		return `exit 0: ${bank.questions.length.toLocaleString('en')} questions${noted}`;
	} catch {
		return `exit 0${noted}`;
	}
}

/** Runs one file through the checkout's command line tool. */
async function measure(opts: Options, name: string, format: AttackFormat, file: string, size: number): Promise<Measured> {
	const out = join(opts.dir, 'out.json');
	const stdoutFile = join(opts.dir, 'stdout.txt');
	const report = join(opts.dir, 'time.txt');
	const args = cliArgs(format, file, out);
	if (!args) return { name, size, outcome: 'no command line input (browser only)', seconds: 0 };
	await rm(out, { force: true });
	const stdoutFd = openSync(stdoutFile, 'w');
	const started = performance.now();
	const child = spawn('/usr/bin/time', ['-v', '-o', report, process.execPath, `--max-old-space-size=${opts.heapMb}`, '--import', 'tsx', ...args], {
		cwd: opts.root,
		stdio: ['ignore', stdoutFd, 'pipe']
	});
	let firstError: string | undefined;
	let warnings = 0;
	let pending = '';
	let oom = false;
	// stderr is a pipe (stdio above), so it is there.
	const stderr = child.stderr as NonNullable<typeof child.stderr>;
	stderr.setEncoding('utf8');
	stderr.on('data', (chunk: string) => {
		const lines = (pending + chunk).split('\n');
		pending = lines.pop() ?? '';
		for (const line of lines) {
			if (line.startsWith('warning:')) warnings++;
			else if (line.trim() && firstError === undefined) firstError = line.trim();
			if (OUT_OF_MEMORY.test(line)) oom = true;
		}
	});
	let killed = false;
	const timer = setTimeout(() => {
		killed = true;
		const tool = child.pid && childOf(child.pid);
		if (tool) process.kill(tool, 'SIGKILL');
	}, opts.capSeconds * 1000);
	const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
	clearTimeout(timer);
	closeSync(stdoutFd);
	if (pending.trim() && firstError === undefined) firstError = pending.trim();
	if (OUT_OF_MEMORY.test(pending)) oom = true;
	const seconds = (performance.now() - started) / 1000;
	const timeReport = existsSync(report) ? readFileSync(report, 'utf8') : '';
	const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport);
	const peakMb = rss ? Math.round(Number(rss[1]) / 1024) : undefined;
	const exit = /Exit status: (\d+)/.exec(timeReport)?.[1] ?? String(code);
	const signal = /Command terminated by signal (\d+)/.exec(timeReport)?.[1];
	let outcome: string;
	if (killed) outcome = `killed at the ${opts.capSeconds} s cap`;
	else if (oom) outcome = `out of memory (${signal ? `signal ${signal}` : `exit ${exit}`})`;
	else if (signal) outcome = `killed by signal ${signal}: ${(firstError ?? '').slice(0, 100)}`;
	else if (exit === '0') outcome = success(format, out, format === 'article' ? stdoutFile : readFileSync(stdoutFile, 'utf8').slice(0, 2000), warnings);
	else outcome = `exit ${exit}: ${(firstError ?? '(nothing on stderr)').slice(0, 140)}`;
	return { name, size, outcome, seconds, peakMb };
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);

/** The rows as a Markdown table. */
export function table(rows: Measured[]): string {
	const lines = ['| File | Size | Outcome | Seconds | Peak MB |', '|---|---|---|---|---|'];
	for (const r of rows) {
		const cell = (s: string) => s.replace(/\|/g, '\\|');
		lines.push(`| ${r.name} | ${sizeText(r.size)} | ${cell(r.outcome)} | ${r.seconds ? r.seconds.toFixed(1) : '—'} | ${r.peakMb ?? '—'} |`);
	}
	return lines.join('\n');
}

const USAGE = 'usage: attack-measure [--root checkout] [--cap seconds] [--heap MB] [--only text] [--dir folder]';
const OPTIONS = { root: { type: 'string' }, cap: { type: 'string' }, heap: { type: 'string' }, only: { type: 'string' }, dir: { type: 'string' } } as const;

/** The options, with their defaults; `kept` when --dir named a folder to keep. */
function parseOptions(argv: string[]): Options & { kept: boolean } {
	const { values } = readCommandLine(argv, USAGE, OPTIONS);
	return {
		root: resolve(values.root ?? process.cwd()),
		capSeconds: Number(values.cap ?? 120),
		heapMb: Number(values.heap ?? 4096),
		only: values.only,
		dir: resolve(values.dir ?? join(tmpdir(), `factdeck-attack-${process.pid}`)),
		kept: values.dir !== undefined
	};
}

async function main(argv: string[]): Promise<void> {
	const opts = parseOptions(argv);
	process.stderr.write(`building the attack files in ${opts.dir}…\n`);
	const files = await writeAttackFiles(opts.dir, { want: (f) => !opts.only || f.name.includes(opts.only) });
	const rows: Measured[] = [];
	for (const { file, path, size } of files) {
		const row = await measure(opts, file.name, file.format, path, size);
		process.stderr.write(`${row.name}: ${row.outcome}, ${row.seconds.toFixed(1)} s, ${row.peakMb ?? '?'} MB\n`);
		rows.push(row);
	}
	process.stdout.write(`Checkout: ${opts.root}; heap cap ${opts.heapMb} MB; time cap ${opts.capSeconds} s\n\n${table(rows)}\n`);
	if (!opts.kept) await rm(opts.dir, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await runCli(main, 'attack-measure');
}
