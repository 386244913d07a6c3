/**
 * How often teachers keep each kind of question. Blind reviews of the first
 * questions of 35 banks (tests/fixtures/reviews: 847 verdicts) kept a "why"
 * or "what was the result" card 5 times in 6, a card asking what someone did
 * on a date or a blank on an amount 2 times in 3, a blank on a name half the
 * time, and a choice among names or dates about a third of the time. Ranking
 * weighs each question by its kind's share, so that the top of a bank, which
 * is what a teacher reads and a quiz takes, holds the kinds that survive
 * review, while every fact keeps its place further down.
 */
import type { Question } from '../bank/schema';
import { dateWithoutYear, fragment, giveaway, trivia, unresolvedStart, verbatimTrue } from './eval/signs';
import type { ArticleOf } from './eval/sign-text';
import type { Draft } from './templates';

/** What an answer is, as reviewers judged blanks: a date, an amount, a name, or a common-noun term. */
type AnswerKind = 'date' | 'number' | 'name' | 'term';

function answerKind(answer: string): AnswerKind {
	if (/\b(?:1\d|20)\d\d\b/.test(answer) && answer.length < 25) return 'date';
	if (/\d/.test(answer)) return 'number';
	return /^\p{Lu}/u.test(answer) ? 'name' : 'term';
}

/** Share kept, per template, or per answer kind for blanks and choices built on a sentence. */
const KEPT_BY_TEMPLATE: Partial<Record<Draft['template'], number>> = {
	why: 0.85,
	result: 0.83,
	event: 0.68,
	'how-many': 0.69,
	when: 0.55,
	who: 0.35,
	'who-is': 0.58,
	'role-of': 0.58
};
const KEPT_CLOZE: Record<AnswerKind, number> = { number: 0.69, date: 0.56, name: 0.47, term: 0.36 };
const KEPT_CHOICE: Record<AnswerKind, number> = { number: 0.69, date: 0.36, name: 0.3, term: 0.34 };
/** Kinds reviewers saw too seldom to measure are taken at the overall share. */
const OVERALL = 0.55;

/** The share of questions like this one that blind reviewers kept, in (0, 1). */
export function keptShare(d: Pick<Draft, 'template' | 'type' | 'answer'>): number {
	const byTemplate = KEPT_BY_TEMPLATE[d.template];
	if (byTemplate !== undefined) return byTemplate;
	if (typeof d.answer !== 'string') return OVERALL;
	if (d.template === 'cloze') return KEPT_CLOZE[answerKind(d.answer)];
	if (d.template === 'mcq-cloze') return KEPT_CHOICE[answerKind(d.answer)];
	return OVERALL;
}

/** The rubric's reasons for dropping a question that a reader can see in its text alone. */
const DROP_SIGNS: ((q: Question, article: ArticleOf) => boolean)[] = [unresolvedStart, dateWithoutYear, giveaway, trivia, fragment, verbatimTrue];
/** What each such reason leaves of a question's chance of being kept. */
const PER_SIGN = 0.55;

/**
 * How likely a teacher keeps this question: its kind's share, lowered for
 * each reason to drop it that shows in its text (a prompt that leans on an
 * earlier sentence, a date without a year, a giveaway, trivia, a fragment).
 */
export function keepChance(d: Draft, q: Question, article: ArticleOf): number {
	const signs = DROP_SIGNS.filter((sign) => sign(q, article)).length;
	return keptShare(d) * PER_SIGN ** signs;
}
