/**
 * The kinds of question and the cloze blank, apart from the schema: the study
 * page needs these constants on its way to the first card, and importing
 * schema.ts would bring the whole validation library with them.
 */

export const QUESTION_TYPES = ['flashcard', 'cloze', 'mcq', 'truefalse', 'short'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Recognition types are answered by picking; recall types by producing the answer. */
export const RECOGNITION_TYPES: readonly QuestionType[] = ['mcq', 'truefalse'];
export const RECALL_TYPES: readonly QuestionType[] = ['cloze', 'short', 'flashcard'];

/** A cloze prompt marks its blank with three or more underscores. */
export const CLOZE_BLANK = /_{3,}/;
