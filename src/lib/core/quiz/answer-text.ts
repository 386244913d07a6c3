/**
 * Reading true/false answers, and showing any question's answer. Kept apart
 * from grading (grade.ts), which the study page loads only once the first
 * card is on screen; the card itself needs only `answerText`.
 */
import type { Question } from '../bank/schema';
import { withoutHarmlessDifferences } from './harmless-differences';

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n']);

/** The question's answer as displayed: "True"/"False" for true/false questions. */
export function answerText(question: Question): string {
	const truth = booleanAnswer(question);
	if (truth !== undefined) return truth ? 'True' : 'False';
	return String(question.answer);
}

/** The truth a true/false question expects, or undefined for any other question. */
export function booleanAnswer(question: Question): boolean | undefined {
	if (typeof question.answer === 'boolean') return question.answer;
	if (question.type !== 'truefalse') return undefined;
	return truthWord(question.answer);
}

/** True or false for the words that mean it ("yes", "F", "true."), else undefined. */
export function truthWord(text: string): boolean | undefined {
	const word = bareWord(text);
	if (TRUE_WORDS.has(word)) return true;
	if (FALSE_WORDS.has(word)) return false;
	return undefined;
}

/** The text as one bare lower-case word: prepared, without punctuation. */
export function bareWord(text: string): string {
	return withoutHarmlessDifferences(text).toLowerCase().replace(/\p{P}/gu, '');
}
