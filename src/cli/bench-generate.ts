/**
 * `npm run bench:generate`: how fast the generator is. Prints the cold start
 * (loading the generator and compromise, then the first bank, in this fresh
 * process) and, per article, the median warm time and milliseconds per
 * 1,000 words; the target is at most 150 ms per 1,000 words warm.
 */
import { readFile } from 'node:fs/promises';
import { runCli } from './run';

const ARTICLES = [
	{ file: 'questions/article-korea-diplomacy-2021.txt', published: '2021-02-03' },
	{ file: 'tests/fixtures/articles/chandrayaan-3-2023.txt', published: '2023-09-20' },
	{ file: 'tests/fixtures/articles/zheng-he-voyages.txt', published: '2024-07-11' },
	{ file: 'tests/fixtures/articles/asian-financial-crisis-1997.txt', published: '2022-07-02' }
];
const WARMUP = 5;
const RUNS = 15;
const TARGET_MS_PER_1000 = 150;

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<number> {
	const texts = await Promise.all(ARTICLES.map(async (a) => ({ ...a, text: await readFile(a.file, 'utf8') })));
	const t0 = performance.now();
	const { generateBank } = await import('../lib/core/generate/index');
	const loaded = performance.now();
	generateBank(texts[0].text, { published: texts[0].published });
	const first = performance.now();
	console.log(`cold start: ${(first - t0).toFixed(0)} ms (load ${(loaded - t0).toFixed(0)} ms + first bank ${(first - loaded).toFixed(0)} ms, ${texts[0].file})`);
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
		console.log(`  ${a.file.split('/').pop()?.padEnd(36)} ${String(words).padStart(5)} words  ${ms.toFixed(1).padStart(6)} ms  ${rate.toFixed(1).padStart(6)} ms per 1,000 words`);
	}
	const overall = median(rates);
	console.log(`median: ${overall.toFixed(1)} ms per 1,000 words warm (target ≤ ${TARGET_MS_PER_1000})`);
	return overall <= TARGET_MS_PER_1000 ? 0 : 1;
}

await runCli(main);
