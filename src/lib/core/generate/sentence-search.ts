/**
 * Which sentences hold a piece of text (lower-cased, anywhere, as
 * `includes` finds it), without reading every sentence for every piece: an
 * index of the three-character runs of each sentence gives the few
 * sentences worth reading. Asked for every true/false swap, a scan of the
 * article each time grew with the square of its length.
 */
import type { Sentence } from './types';

/** Length of the runs indexed; a shorter piece is looked for in every sentence. */
const RUN = 3;

/** A search of the sentences; each piece's answer, in article order, is remembered. */
export function sentenceSearch(sentences: Sentence[]): (lowered: string) => Sentence[] {
	const texts = sentences.map((s) => s.text.toLowerCase());
	const found = new Map<string, Sentence[]>();
	let runs: Map<string, number[]> | undefined;
	/** Sentence numbers holding each run, each number once and in order; built on the first question. */
	const index = () => {
		if (runs) return runs;
		runs = new Map();
		texts.forEach((text, i) => {
			for (let at = 0; at + RUN <= text.length; at++) {
				const run = text.slice(at, at + RUN);
				const list = runs!.get(run);
				if (!list) runs!.set(run, [i]);
				else if (list[list.length - 1] !== i) list.push(i);
			}
		});
		return runs;
	};
	return (lowered) => {
		let list = found.get(lowered);
		if (list) return list;
		if (lowered.length < RUN) {
			list = sentences.filter((_, i) => texts[i].includes(lowered));
		} else {
			// A sentence holding the piece holds each of its runs: read only those holding its rarest run.
			let fewest: number[] = [];
			for (let at = 0; at + RUN <= lowered.length; at++) {
				const holders = index().get(lowered.slice(at, at + RUN)) ?? [];
				if (at === 0 || holders.length < fewest.length) fewest = holders;
				if (!fewest.length) break;
			}
			list = fewest.filter((i) => texts[i].includes(lowered)).map((i) => sentences[i]);
		}
		found.set(lowered, list);
		return list;
	};
}
