/**
 * Runs a command line tool of this checkout in a child process under a heap
 * cap and a time cap, as the attack tests need: a parser that blows up dies
 * alone (the test then fails) instead of taking the test runner with it.
 */
import { spawn } from 'node:child_process';
import { OUT_OF_MEMORY } from '../../../scripts/attack-measure';
import { ROOT } from '../core/formats/helpers';

/** V8's old-space cap for each child, in MB: a run past it dies with "heap out of memory". */
export const HEAP_CAP_MB = 512;
/** Peak resident memory allowed, in MB: WebAssembly memory and buffers live outside V8's heap. */
export const PEAK_RSS_CAP_MB = 1024;
/** Time allowed each run, in seconds: generous, so a regression fails instead of hanging. */
export const TIME_CAP_S = 45;

const PEAK_TAG = 'attack-peak-rss-kb:';
// Loaded before the tool: on the way out the child reports its own peak resident memory.
const REPORT_PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\n${PEAK_TAG}'+process.resourceUsage().maxRSS+'\\n'))`;

/** How a run ended. */
export interface CliRun {
	code: number | null;
	signal: NodeJS.Signals | null;
	timedOut: boolean;
	outOfMemory: boolean;
	seconds: number;
	/** Peak resident memory in MB, when the child lived to report it. */
	peakMb?: number;
	stdout: string;
	/** Lines on stderr other than `warning:` lines. */
	errors: string[];
	warnings: number;
}

let running = 0;
const waiting: (() => void)[] = [];
/** At most two children at once: the machine has two cores. */
async function slot(): Promise<() => void> {
	if (running >= 2) await new Promise<void>((go) => waiting.push(go));
	running++;
	return () => {
		running--;
		waiting.shift()?.();
	};
}

/** Runs `node <script> ...args` from the project root with the caps above. */
export async function runCli(args: string[]): Promise<CliRun> {
	const release = await slot();
	try {
		return await run(args);
	} finally {
		release();
	}
}

function run(args: string[]): Promise<CliRun> {
	const started = performance.now();
	const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, '--import', 'tsx', '--import', REPORT_PEAK, ...args], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
	child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		child.kill('SIGKILL');
	}, TIME_CAP_S * 1000);
	return new Promise((resolve) => {
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			const lines = stderr.split('\n').filter((l) => l.trim());
			const peak = lines.find((l) => l.startsWith(PEAK_TAG));
			const told = lines.filter((l) => !l.startsWith(PEAK_TAG));
			resolve({
				code,
				signal,
				timedOut,
				outOfMemory: OUT_OF_MEMORY.test(stderr),
				seconds: (performance.now() - started) / 1000,
				peakMb: peak ? Math.round(Number(peak.slice(PEAK_TAG.length)) / 1024) : undefined,
				stdout,
				errors: told.filter((l) => !l.startsWith('warning:')),
				warnings: told.filter((l) => l.startsWith('warning:')).length
			});
		});
	});
}

/** One line saying how a run ended, for failure messages. */
export function summary(run: CliRun): string {
	const how = run.timedOut ? `killed at the ${TIME_CAP_S} s cap` : run.signal ? `killed by ${run.signal}` : `exit ${run.code}`;
	return `${how}${run.outOfMemory ? ', out of memory' : ''}, ${run.seconds.toFixed(1)} s, peak ${run.peakMb ?? '?'} MB; stderr: ${run.errors.slice(0, 3).join(' / ').slice(0, 300)}`;
}
