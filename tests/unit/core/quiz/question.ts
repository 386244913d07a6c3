/** A one-question fixture for the grading tests: a short answer, or true/false for a boolean. */
import type { Question } from '$lib/core/bank/schema';

/** A question with `answer`, of type true/false for a boolean and short otherwise, changed by `extra`. */
export function question(answer: string | boolean, extra: Partial<Question> = {}): Question {
	return {
		id: 'q-1',
		fact: 'fact-1',
		type: typeof answer === 'boolean' ? 'truefalse' : 'short',
		prompt: 'Who?',
		answer,
		...extra
	};
}
