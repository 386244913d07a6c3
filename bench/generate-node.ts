/** The generator's speed in Node, as `src/cli/bench-generate.ts` (npm run bench:generate) measures it, read from its output. */
import { execFileSync } from 'node:child_process';
import { summarize, type Stats } from './browser/stats';

export interface NodeGenerate {
	/** Loading the generator plus the first bank, in a fresh process, ms. */
	coldMs: number;
	loadMs: number;
	firstBankMs: number;
	/** Warm ms per 1,000 words, one sample per article. */
	warm: Stats;
	articles: { file: string; words: number; msPer1000: number }[];
}

/** Runs the generator's own bench in a fresh Node process and parses what it prints. */
export function generateInNode(root: string): NodeGenerate {
	let text: string;
	try {
		text = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/bench-generate.ts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (err) {
		// It exits 1 when its own target is missed; its numbers are still what we want.
		text = String((err as { stdout?: string }).stdout ?? '');
		if (!text.includes('cold start')) throw err;
	}
	const cold = /cold start: (\d+) ms \(load (\d+) ms \+ first bank (\d+) ms/.exec(text);
	if (!cold) throw new Error(`unexpected output from src/cli/bench-generate.ts:\n${text}`);
	const articles = [...text.matchAll(/^\s+(\S+)\s+(\d+) words\s+[\d.]+ ms\s+([\d.]+) ms per 1,000 words$/gm)].map((m) => ({
		file: m[1],
		words: Number(m[2]),
		msPer1000: Number(m[3])
	}));
	return { coldMs: Number(cold[1]), loadMs: Number(cold[2]), firstBankMs: Number(cold[3]), warm: summarize(articles.map((a) => a.msPer1000)), articles };
}
