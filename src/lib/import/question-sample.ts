/**
 * The first questions of an incoming bank as the preview shows them: each
 * with its type in plain words, its answer as text, and the warnings the
 * reader gave for the line or record it came from.
 */
import type { Bank, Question } from '$lib/core/bank/schema';
import type { Located, Warning } from '$lib/core/formats/errors';
import { typeName } from '$lib/core/bank/kinds';

/** How many questions the preview shows before "and N more". */
export const SAMPLE_SIZE = 10;

export interface SampleQuestion {
	question: Question;
	type: string;
	answer: string;
	/** Where it came from, as "line 4" or "record 2", when the reader said. */
	place?: string;
	/** What the reader warned about for that place. */
	problems: string[];
}

const placeOf = (at: Located | undefined) => (at?.line !== undefined ? `line ${at.line}` : at?.record !== undefined ? `record ${at.record}` : undefined);

/** The first `size` questions with their problems, and how many more there are. */
export function sampleQuestions(bank: Bank, warnings: Warning[], origins: Located[] = [], size = SAMPLE_SIZE): { shown: SampleQuestion[]; more: number } {
	const byPlace = new Map<string, string[]>();
	for (const w of warnings) {
		const key = placeOf(w);
		if (key) byPlace.set(key, [...(byPlace.get(key) ?? []), w.message]);
	}
	const shown = bank.questions.slice(0, size).map((question, i) => {
		const place = placeOf(origins[i]);
		const answer = typeof question.answer === 'boolean' ? (question.answer ? 'True' : 'False') : question.answer;
		return { question, type: typeName(question.type), answer, place, problems: (place && byPlace.get(place)) || [] };
	});
	return { shown, more: Math.max(0, bank.questions.length - size) };
}
