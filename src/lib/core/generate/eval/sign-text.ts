/**
 * What the sign detectors share: word lists and the few readings of a
 * question's text (its words, its answer, a cloze filled in) they all make.
 */
import type { Question } from '../../bank/schema';
import { isDigitForm, numberSpans } from '../../quiz/number-words';

/** The article a bank was generated from. */
export interface ArticleOf {
	text: string;
	title: string;
}

export const BLANK = /_{2,}/;
export const MONTH =
	'(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
export const MONTH_DAY = new RegExp(
	`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])(?!,?\\s*\\d{4})`,
	'u'
);
export const DAY_DATE = new RegExp(`^(?:\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s*\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)$`, 'u');
export const STOP = new Set(
	'a an the of and or but to in on at by for with from as is was are were be been that this these those it its his her their he she they who what when where why how which not no'.split(
		' '
	)
);
// The word before a unit is its quantity ("two hours", "31 minutes"): any word will do there.
export const QUANTITY = '[\\p{L}\\p{N}.,-]+';
export const UNIT =
	'(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|feet|foot|inches?|pounds?|ounces?|metres?|meters?|kilometres?|kilometers?|miles?|degrees?)';

/** Finite verbs a whole sentence or question has: auxiliaries, common irregular pasts and presents, any -ed form. */
export const AUXILIARY =
	/\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|said|says|told|spoke|took|made|went|came|gave|found|began|became|left|led|held|fell|rose|saw|met|won|lost|sent|built|brought|thought|knew|grew|wrote|ran|set|put|kept|paid|sold|struck|stood|hit|cut|sank|flew|drove|chose|broke|shrank|spread|swept|fought|bought|caught|taught|sought|felt|meant|lay|laid|rode|stole|threw|wore|bore|tore|drew|dug|hung|shot|spent|lent|bent|sang|began|swam|rang|slid|split|quit|let|forbade|undertook|overtook|withdrew|arose|awoke|plans|wants|needs|seems|means|remains|argues|believes|includes|shows|makes|takes|gives|calls|says|agrees|[a-z]+ed)\b/;
export const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
export const answerText = (q: Question): string => (typeof q.answer === 'string' ? q.answer : '');

/** Is the text one number, in digits or words ("four", "2,400")? */
export const isNumber = (text: string): boolean => numberSpans(text)[0]?.raw === text;

/** Is the answer a number written as a word ("Four", "Twenty-five")? */
export const isNumberWord = (answer: string): boolean => isNumber(answer) && !isDigitForm(answer);

/** The prompt as a student reads the fact: a cloze's blank filled with its answer. */
export function filled(q: Question): string {
	const answer = q.answer;
	// A function, so that "$75 million" is not read as a replacement pattern.
	return BLANK.test(q.prompt) && typeof answer === 'string' ? q.prompt.replace(BLANK, () => answer) : q.prompt;
}
