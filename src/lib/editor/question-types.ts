/** How the fields of each question type are named in the editor; the types' own names are in core/bank/kinds. */
import type { QuestionType } from '$lib/core/bank/schema';
import type { QuestionField } from '$lib/core/bank/edit-problems';

/** The one field holding the key of a type whose answer follows from it, with its label and how to write it. */
export const KIND_FIELDS: Partial<Record<QuestionType, { field: Extract<QuestionField, 'choices' | 'pairs' | 'numbers'>; label: string; help: string }>> = {
	multi: {
		field: 'choices',
		label: 'Choices (one per line, * before each right one)',
		help: 'The right ones share full marks and a wrong one ticked takes off as much; or give weights: 50% Red, -100% Green'
	},
	matching: { field: 'pairs', label: 'Pairs (one per line: item -> what it matches)', help: 'A line "-> Moo" adds a choice that matches nothing' },
	numerical: { field: 'numbers', label: 'Accepted numbers (one per line)', help: 'A number, 3.14 ± 0.01 or 3.1..3.2; after it 50% for partial credit' }
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
