/**
 * Stage 4: how worth asking each sentence is. A sentence dense with
 * entities the article keeps returning to, early in the article, stated
 * plainly, makes a good fact question; hedges, opinion and quotations make
 * poor fact questions (though quotations make good "who said" questions).
 */
import type { Analysis, Sentence } from './types';
import { HEDGES, OPINION } from './extract/lexicon';
import { importance } from './importance';

const AUTHOR_NOTE =
	/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+(?:writes|reports|is\s+an?\s+(?:\p{L}+\s+)?(?:columnist|writer|journalist|reporter|correspondent|editor|contributor|author))\b/u;

/** How good a sentence is for fact questions and for who-said questions, each in [0, 1]. */
export type SentenceScore = { fact: number; speech: number };

const INFORMATIVE = new Set(['person', 'org', 'place', 'name', 'date', 'number', 'ordinal', 'acronym', 'term']);

/** Counts how often each entity is mentioned across the article. */
function frequencies(a: Analysis): Map<string, number> {
	const counts = new Map<string, number>();
	for (const m of a.mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
	return counts;
}

/** Scores every sentence of the analysis, in sentence order. */
export function scoreSentences(a: Analysis): SentenceScore[] {
	const freq = frequencies(a);
	const maxFreq = Math.max(2, ...freq.values());
	const paragraphs = Math.max(1, a.paragraphs.length);
	const bySentence = new Map<number, string[]>();
	for (const m of a.mentions) {
		if (INFORMATIVE.has(m.kind)) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m.key]);
	}
	const quoted = new Set(a.quotes.filter((q) => !q.indirect).map((q) => q.sentence));
	const reported = new Set(a.quotes.filter((q) => q.indirect).map((q) => q.sentence));
	const weight = importance(a);
	return a.sentences.map((s: Sentence) => {
		const keys = [...new Set(bySentence.get(s.index) ?? [])];
		const words = s.tokens.length;
		// A date says when, not how much the article rests on a sentence: "in 1855 he wrote to The Times" is no more central for its year.
		const weighty = keys.filter((k) => !k.startsWith('date:')).length;
		// Names and amounts give a sentence something to ask, but an explainer's mechanism ("the jumper arches his back so that …")
		// names nothing and is still what the article rests on: they weigh less than importance does.
		const density = 0.6 + 0.4 * Math.min(1, weighty / 3);
		const centrality = keys.length ? keys.reduce((sum, k) => sum + Math.log(1 + (freq.get(k) ?? 1)) / Math.log(1 + maxFreq), 0) / keys.length : 0;
		// Early paragraphs lead a news story but open a biography with childhood: position counts for little beside importance.
		const position = 1 - (0.1 * s.paragraph) / paragraphs + (s.order === 0 ? 0.05 : 0);
		// What the article rests on counts as much as what the sentence holds.
		let fact = density * (0.75 + 0.25 * centrality) * position * (0.3 + weight[s.index]);
		const lower = s.tokens.map((t) => t.text.toLowerCase());
		if (lower.some((w) => HEDGES.has(w))) fact *= 0.75;
		if (lower.some((w) => OPINION.has(w))) fact *= 0.75;
		if (quoted.has(s.index)) fact *= 0.55;
		// A sentence this short leans on the ones around it ("New York’s toll is a month old.").
		if (words < 8) fact *= 0.45;
		if (words > 40) fact *= 0.85;
		if (words > 55) fact *= 0.8;
		if (s.text.trimEnd().endsWith('?')) fact *= 0.3;
		// "Harriet Cole writes about work and the economy.": the writer's note under a column is no part of its story.
		if (AUTHOR_NOTE.test(s.text)) fact *= 0.1;
		const speech = quoted.has(s.index) || reported.has(s.index) ? Math.min(1, 0.7 + 0.3 * centrality) * position * (0.55 + 0.6 * weight[s.index]) : 0;
		return { fact: Math.min(1, fact), speech };
	});
}
