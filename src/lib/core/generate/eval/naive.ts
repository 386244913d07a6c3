/**
 * The naive peer the generator is measured against: one cloze per sentence,
 * blanking its first name or number, in article order. Same cleaning and
 * sentence splitting as the generator, so only the choice of questions differs.
 */
import { questionId } from '../../bank/ids';
import type { Question } from '../../bank/schema';
import { clean } from '../clean';
import { segment } from '../segment';

/** The first run of capitalised words after the sentence's first word, or the first number. */
const FIRST = /(?<=\S\s+)(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)|\d[\d,.]*/u;

/** Naive cloze questions for an article. */
export function naiveQuestions(text: string): Question[] {
	const sentences = segment(text, clean(text).paragraphs);
	const questions: Question[] = [];
	for (const s of sentences) {
		const m = FIRST.exec(s.text);
		if (!m) continue;
		const answer = m[0].replace(/[.,’']+$/, '').replace(/[’']s$/, '');
		const at = m.index ?? 0;
		const prompt = `${s.text.slice(0, at)}____${s.text.slice(at + answer.length)}`;
		questions.push({
			id: questionId({ type: 'cloze', prompt, answer }),
			fact: `s${s.index}`,
			type: 'cloze',
			prompt,
			answer,
			source: { text: s.text, start: s.start, end: s.end }
		});
	}
	return questions;
}
