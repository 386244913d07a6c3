/** What the study card gives an answer widget of a choose all that apply or matching card (see pickers.ts). */
import type { Question } from '$lib/core/bank/schema';
import type { PickedAnswer } from '$lib/core/quiz/grade-kinds';

export interface PickerProps {
	question: Question;
	answered: boolean;
	/** What was ticked or matched, as one text, once answered. */
	given?: string | null;
	/** The card was checked: the picks, and as one text. */
	onpicked?: (answer: PickedAnswer, given: string) => void;
}
