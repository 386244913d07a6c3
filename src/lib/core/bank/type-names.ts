/**
 * The one place a question type gets the name a learner reads. Data and code
 * keep the short internal names (`mcq`, `short`, `cloze`); every page, report
 * and message shows these instead.
 */
import type { QuestionType } from './kinds';

interface TypeName {
	/** As a label: "Multiple choice". */
	one: string;
	/** After a count above one, lower case: "3 typed answers". */
	many: string;
}

const NAMES: Record<QuestionType, TypeName> = {
	flashcard: { one: 'Flashcard', many: 'flashcards' },
	cloze: { one: 'Fill in the blank', many: 'fill in the blanks' },
	mcq: { one: 'Multiple choice', many: 'multiple choice' },
	truefalse: { one: 'True or false', many: 'true or false' },
	short: { one: 'Typed answer', many: 'typed answers' }
};

/** The plain name of a question type, as a label: "Multiple choice". */
export function typeName(type: QuestionType): string {
	return NAMES[type].one;
}

/** A count of questions of one type in running text: "1 flashcard", "3 typed answers". */
export function typeCount(type: QuestionType, n: number): string {
	return `${n} ${n === 1 ? NAMES[type].one.toLowerCase() : NAMES[type].many}`;
}
