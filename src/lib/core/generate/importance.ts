/**
 * How much an article rests on each of its sentences. Three signs, as a
 * teacher reads: a sentence that shares its words with many others is
 * central (TextRank over a word-overlap graph); one close to the headline
 * and the lead states the story; one that gives a cause, a result or a
 * decision carries it. Captions, credits and bylines carry nothing.
 */
import type { Analysis } from './types';

const STOP = new Set(
	`the a an of in on at to and or for by with as is was were be been being has have had that this these those it its from
	not but than then into over after before about also their there they them he she his her him which who whom what when
	while would will could should can may might more most some such other only very just out up said says say told one two`.split(/\s+/)
);
/** Words that mark a cause, a result or a decision: the sentences a story turns on. */
const TURNS =
	/\b(?:because|so that|in order to|as a result|led to|leading to|caused|resulted|therefore|consequently|due to|failed|decided|agreed|signed|announced|launched|won|lost|became|found|discovered|invented|introduced|passed|banned|approved|argues?|warned|proved|showed)\b/i;
/** Captions, photo credits and bylines. */
const CREDIT = /(?:\bCredit:|\bPhoto(?:graph)?\s+(?:by|courtesy)|\bImage:|©|\bGetty Images\b|^By\s+\p{Lu}[\p{L}.-]+\s+\p{Lu})/u;
const ITERATIONS = 30;
const DAMPING = 0.85;
/** A word in more than this share of sentences links everything to everything and says nothing about centrality. */
const COMMON_SHARE = 0.3;
/** And past this many sentences a word's pairs would cost more than they tell (the work grows with its square). */
const MOST_SENTENCES_PER_WORD = 120;

/** The content words of a text, crudely stemmed so "launch", "launched" and "launches" meet. */
function contentWords(text: string): Set<string> {
	const out = new Set<string>();
	for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
		if (raw.length < 3 || STOP.has(raw)) continue;
		out.add(raw.length > 5 ? raw.replace(/(?:ing|ed|es|s)$/, '') : raw);
	}
	return out;
}

/** TextRank centrality of every sentence, scaled so the most central is 1. */
function centrality(sets: Set<string>[]): number[] {
	const n = sets.length;
	const postings = new Map<string, number[]>();
	sets.forEach((set, i) => {
		for (const w of set) {
			const list = postings.get(w);
			if (list) list.push(i);
			else postings.set(w, [i]);
		}
	});
	const limit = Math.min(MOST_SENTENCES_PER_WORD, Math.max(3, Math.ceil(n * COMMON_SHARE)));
	const shared: Map<number, number>[] = sets.map(() => new Map());
	for (const list of postings.values()) {
		if (list.length < 2 || list.length > limit) continue;
		for (let x = 0; x < list.length; x++) {
			for (let y = x + 1; y < list.length; y++) {
				shared[list[x]].set(list[y], (shared[list[x]].get(list[y]) ?? 0) + 1);
				shared[list[y]].set(list[x], (shared[list[y]].get(list[x]) ?? 0) + 1);
			}
		}
	}
	const norm = sets.map((s) => Math.log(2 + s.size));
	const edges = shared.map((m, i) => [...m].map(([j, count]) => [j, count / (norm[i] + norm[j])] as const));
	const out = edges.map((e) => e.reduce((sum, [, w]) => sum + w, 0));
	let rank = new Array<number>(n).fill(1);
	for (let k = 0; k < ITERATIONS; k++) {
		const next = new Array<number>(n).fill(1 - DAMPING);
		edges.forEach((e, i) => {
			for (const [j, w] of e) next[j] += (DAMPING * rank[i] * w) / out[i];
		});
		rank = next;
	}
	const max = rank.reduce((m, r) => Math.max(m, r), 1e-9);
	return rank.map((r) => r / max);
}

/** Each sentence's importance in [0, 1], in sentence order. */
export function importance(a: Analysis): number[] {
	const sets = a.sentences.map((s) => contentWords(s.text));
	const central = centrality(sets);
	const firstParagraph = a.sentences[0]?.paragraph;
	const lead = contentWords(
		`${a.headline ?? ''} ${a.sentences
			.filter((s) => s.paragraph === firstParagraph)
			.map((s) => s.text)
			.join(' ')}`
	);
	return a.sentences.map((s, i) => {
		if (CREDIT.test(s.text)) return 0.05;
		const words = sets[i];
		const near = words.size ? [...words].filter((w) => lead.has(w)).length / Math.min(words.size, 8) : 0;
		const turn = TURNS.test(s.text) ? 0.15 : 0;
		return Math.min(1, 0.6 * central[i] + 0.25 * Math.min(1, near) + turn);
	});
}
