/** Fixture articles and gold files for the generator tests, read once per test file. */
import { readFileSync } from 'node:fs';
import type { Gold } from '$lib/core/generate/eval/coverage';
import { analyze } from '$lib/core/generate/extract/index';
import { propositions, render } from '$lib/core/generate/clauses';
import { scoreSentences } from '$lib/core/generate/score';
import type { TemplateContext } from '$lib/core/generate/templates/draft';
import { mentionWeight } from '$lib/core/generate/templates/blank-weight';

export const SEED = 'korea-diplomacy-2021';
export const OTHERS = ['chandrayaan-3-2023', 'zheng-he-voyages', 'asian-financial-crisis-1997'];

/** The gold file of an article, by name. */
export function gold(name: string): Gold {
	return JSON.parse(readFileSync(`tests/fixtures/gold/${name}.json`, 'utf8')) as Gold;
}

/** The text of the article a gold file describes. */
export function article(name: string): string {
	return readFileSync(gold(name).article, 'utf8');
}

/**
 * About `chars` characters of prose made of the fixture articles' sentences:
 * paragraphs of three sentences, drawn with a stride that grows each round,
 * so no paragraph repeats (the cleaner drops repeated lines) while every
 * sentence, name and date comes back many times, as in a long article.
 */
export function longProse(chars: number): string {
	const sentences = [...OTHERS, SEED]
		.flatMap((name) => article(name).split('\n'))
		.map((line) => line.trim())
		.filter((line) => line.split(/\s+/).length >= 12 && /[.”"]$/.test(line))
		.flatMap((line) => line.split(/(?<=[.!?”])\s+(?=[A-Z“])/));
	const n = sentences.length;
	const paragraphs: string[] = [];
	let size = 0;
	for (let stride = 1; ; stride++) {
		for (let j = 0; j < n; j++) {
			const paragraph = [j, j + stride, j + 3 * stride].map((i) => sentences[i % n]).join(' ');
			if (size + paragraph.length + 2 > chars) return paragraphs.join('\n\n');
			paragraphs.push(paragraph);
			size += paragraph.length + 2;
		}
	}
}

/** What every template reads of a text published on `published`: its analysis, sentence scores and propositions. */
export function templateContext(text: string, published = '2024-01-01'): TemplateContext {
	const a = analyze(text, published);
	return { a, scores: scoreSentences(a), props: a.sentences.map((s) => propositions(a, s)) };
}

/** How good a blank the mention written `answer` makes in `text`. */
export function weightOf(text: string, answer: string): number {
	const a = analyze(text, '2026-12-05');
	const m = a.mentions.find((x) => x.text === answer);
	if (!m) throw new Error(`no mention "${answer}" in: ${text}`);
	return mentionWeight(a, m, new Map());
}

/** The main clause of sentence `index`, as a prompt would read it. */
export function reads(text: string, index: number, published = '2021-02-03'): string {
	const a = analyze(text, published);
	return render(a, propositions(a, a.sentences[index])[0]);
}
