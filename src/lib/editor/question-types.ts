/** How question types and their fields are named in the editor. */
import type { QuestionType } from '$lib/core/bank/schema';

export const TYPE_LABELS: Record<QuestionType, string> = {
	flashcard: 'Flashcard',
	cloze: 'Cloze (fill the blank)',
	mcq: 'Multiple choice',
	truefalse: 'True or false',
	short: 'Short answer'
};

/** The label of the prompt field: what the learner reads first. */
export function promptLabel(type: QuestionType): string {
	if (type === 'flashcard') return 'Front';
	if (type === 'cloze') return 'Sentence with a blank';
	if (type === 'truefalse') return 'Statement';
	return 'Question';
}

/** The label of the answer field. */
export function answerLabel(type: QuestionType): string {
	if (type === 'flashcard') return 'Back';
	if (type === 'cloze') return 'Answer (what fills the blank)';
	if (type === 'truefalse') return 'The statement is';
	return 'Answer';
}
