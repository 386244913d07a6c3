/** The generator's speed in the page, as the /create worker runs it: ms per 1,000 words of article. */
import { generateBank } from '$lib/core/generate';

const WARMUP = 3;
const PUBLISHED = '2021-02-03';

/** Words as a reader counts them: runs of non-space characters. */
function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The first run (cold: lexicons built, code not yet optimized) and, after a
 * short warm-up, `warmRuns` more, each in ms per 1,000 words. Cold is only
 * truly cold as the first call in a freshly loaded page; the driver makes
 * sure of that. The publication date is the seed article's.
 */
export function generateSpeed(article: string, warmRuns: number): { words: number; questions: number; coldMs: number; warmMs: number[] } {
	const words = wordCount(article);
	const per1000 = (ms: number) => (ms / words) * 1000;
	const t0 = performance.now();
	const bank = generateBank(article, { published: PUBLISHED });
	const coldMs = per1000(performance.now() - t0);
	// Untimed runs between cold and warm, so that warm means compiled (as bench:generate does in Node).
	for (let i = 0; i < WARMUP; i++) generateBank(article, { published: PUBLISHED });
	const warmMs: number[] = [];
	for (let i = 0; i < warmRuns; i++) {
		const t = performance.now();
		generateBank(article, { published: PUBLISHED });
		warmMs.push(per1000(performance.now() - t));
	}
	return { words, questions: bank.questions.length, coldMs, warmMs };
}
