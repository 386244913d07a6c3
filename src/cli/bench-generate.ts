/**
 * `npm run bench:generate`: how fast the generator is. Prints the cold start
 * (loading the generator and compromise, then the first bank, in this fresh
 * process) and, for every article with gold facts, the median warm time and milliseconds per
 * 1,000 words; the target is at most 150 ms per 1,000 words warm.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCommandLine, runCli } from './run';

const USAGE = 'usage: bench:generate';
const GOLD_DIR = 'tests/fixtures/gold';
const WARMUP = 5;
const RUNS = 15;
const TARGET_MS_PER_1000 = 150;

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(argv: string[]): Promise<number> {
	readCommandLine(argv, USAGE, {});
	// Every article with gold facts: the genres the generator is measured on are the ones it is timed on.
	const golds = (await readdir(GOLD_DIR)).filter((f) => f.endsWith('.json')).sort();
	const articles = await Promise.all(golds.map(async (f) => JSON.parse(await readFile(join(GOLD_DIR, f), 'utf8')) as { article: string; published?: string }));
	const texts = await Promise.all(articles.map(async (a) => ({ file: a.article, published: a.published, text: await readFile(a.article, 'utf8') })));
	const t0 = performance.now();
	const { generateBank } = await import('../lib/core/generate/index');
	const loaded = performance.now();
	generateBank(texts[0].text, { published: texts[0].published });
	const first = performance.now();
	console.log(
		`cold start: ${(first - t0).toFixed(0)} ms (load ${(loaded - t0).toFixed(0)} ms + first bank ${(first - loaded).toFixed(0)} ms, ${texts[0].file})`
	);
	console.log(`warm, median of ${RUNS} runs after ${WARMUP} warm-up runs:`);
	const rates: number[] = [];
	for (const a of texts) {
		const words = a.text.split(/\s+/).filter(Boolean).length;
		for (let i = 0; i < WARMUP; i++) generateBank(a.text, { published: a.published });
		const times: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const t = performance.now();
			generateBank(a.text, { published: a.published });
			times.push(performance.now() - t);
		}
		const ms = median(times);
		const rate = (ms * 1000) / words;
		rates.push(rate);
		console.log(
			`  ${a.file.split('/').pop()?.padEnd(36)} ${String(words).padStart(5)} words  ${ms.toFixed(1).padStart(6)} ms  ${rate.toFixed(1).padStart(6)} ms per 1,000 words`
		);
	}
	const overall = median(rates);
	console.log(`median: ${overall.toFixed(1)} ms per 1,000 words warm (target ≤ ${TARGET_MS_PER_1000})`);
	return overall <= TARGET_MS_PER_1000 ? 0 : 1;
}

await runCli(main);
