/** How the fields of each question type are named in the editor; the types' own names are in core/bank/kinds. */
import type { QuestionType } from '$lib/core/bank/schema';

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
