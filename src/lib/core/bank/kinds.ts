/**
 * The kinds of question, their plain names and the cloze blank, apart from the schema: the study
 * page needs these constants on its way to the first card, and importing
 * schema.ts would bring the whole validation library with them.
 */

export const QUESTION_TYPES = ['flashcard', 'cloze', 'mcq', 'truefalse', 'short', 'multi', 'matching', 'numerical'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Recognition types are answered by picking; recall types by producing the answer. */
export const RECOGNITION_TYPES: readonly QuestionType[] = ['mcq', 'truefalse', 'multi', 'matching'];
export const RECALL_TYPES: readonly QuestionType[] = ['cloze', 'short', 'flashcard', 'numerical'];

/** A cloze prompt marks its blank with three or more underscores. */
export const CLOZE_BLANK = /_{3,}/;

/** What a type is called where a learner reads it, and after a count above one. */
interface TypeName {
	one: string;
	many: string;
}

// The one place a type gets the name people read: data and code keep the short
// internal names (`mcq`, `short`, `cloze`), every page, report and message shows these.
const TYPE_NAMES: Record<QuestionType, TypeName> = {
	flashcard: { one: 'Flashcard', many: 'flashcards' },
	cloze: { one: 'Fill in the blank', many: 'fill in the blanks' },
	mcq: { one: 'Multiple choice', many: 'multiple choice' },
	truefalse: { one: 'True or false', many: 'true or false' },
	short: { one: 'Typed answer', many: 'typed answers' },
	multi: { one: 'Choose all that apply', many: 'choose all that apply' },
	matching: { one: 'Matching', many: 'matching questions' },
	numerical: { one: 'Number', many: 'number questions' }
};

/** The plain name of a question type, as a label: "Multiple choice". */
export function typeName(type: QuestionType): string {
	return TYPE_NAMES[type].one;
}

/** A count of questions of one type in running text: "1 flashcard", "3 typed answers". */
export function typeCount(type: QuestionType, n: number): string {
	return `${n} ${n === 1 ? TYPE_NAMES[type].one.toLowerCase() : TYPE_NAMES[type].many}`;
}
