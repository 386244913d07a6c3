/**
 * Article → question bank, offline and deterministic: the same text and
 * options always give byte-identical JSON. Runs unchanged in Node (the
 * command line, the tests) and in a browser Web Worker (the /create page).
 */
import { slugify } from '../bank/ids';
import { BANK_FORMAT, BANK_VERSION, isCalendarDate } from '../bank/schema';
import type { Bank } from '../bank/schema';
import { analyze } from './extract/index';
import { rankQuestions } from './rank';
import { scoreSentences } from './score';
import { draftQuestions } from './templates/index';

/** What the caller may say about the article and the bank it wants. */
export type GenerateOptions = {
	/** Bank and source title; the article's headline when omitted. */
	title?: string;
	/** Publication date, YYYY-MM-DD: year-less dates in the article are read relative to it. */
	published?: string;
	/** At most this many questions, the best ones. */
	max?: number;
	/** Bank id (a slug); derived from the title when omitted. */
	id?: string;
	/** Called as the work advances, with a fraction in [0, 1] and the stage's name. */
	onProgress?: (fraction: number, stage: string) => void;
};

/** The bank's title: the one given, the article's headline, or the start of its first sentence. */
function titleFor(options: GenerateOptions, headline: string | undefined, firstSentence: string | undefined): string {
	const given = options.title?.trim();
	if (given) return given;
	if (headline) return headline;
	if (!firstSentence) return 'Untitled article';
	return firstSentence.length > 80 ? `${firstSentence.slice(0, 77).replace(/\s+\S*$/, '')}…` : firstSentence;
}

/** Generates a question bank from an article; pure and deterministic. */
export function generateBank(articleText: string, options: GenerateOptions = {}): Bank {
	const progress = options.onProgress ?? (() => {});
	const published = options.published && isCalendarDate(options.published) ? options.published : undefined;
	progress(0, 'reading');
	const analysis = analyze(articleText, published);
	progress(0.6, 'scoring');
	const scores = scoreSentences(analysis);
	progress(0.7, 'writing questions');
	const drafts = draftQuestions(analysis, scores);
	progress(0.85, 'checking and ranking');
	const max = options.max !== undefined && options.max >= 0 ? Math.floor(options.max) : undefined;
	const questions = rankQuestions(drafts, analysis, max);
	const title = titleFor(options, analysis.headline, analysis.sentences[0]?.text);
	const source: Bank['source'] = { title };
	if (published) source.published = published;
	source.text = articleText;
	const bank: Bank = {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		id: slugify(options.id ?? title, 'article'),
		title,
		description: `Questions generated from the article “${title}”.`,
		language: 'en',
		source,
		questions
	};
	progress(1, 'done');
	return bank;
}

export { failedGates } from './gates';
export { analyze } from './extract/index';
