/**
 * The answers of a sheet row to a question, shared by both templates: the
 * correct answer cell names answers by number ("1", "1,3"); one right answer
 * is multiple choice (true or false when the answers are True and False),
 * several are choose all that apply.
 */
import { multiAnswerText } from '../bank/derived-answer';
import type { Draft } from './build';

/** A numbered answer of a row: its number in the template (from 1) and its text. */
export interface NumberedAnswer {
	n: number;
	text: string;
}

/** What a row gave besides its question: its time in seconds and whether it linked an image. */
export interface RowExtras {
	time?: number;
	image: boolean;
}

/** A time cell's seconds; undefined when it is empty or not a number. */
export function timeCell(cell: string): number | undefined {
	const seconds = Number(cell);
	return cell !== '' && Number.isFinite(seconds) ? seconds : undefined;
}

/** The answer numbers a correct-answer cell names, or why it names none usable. */
export function correctNumbers(cell: string, answers: NumberedAnswer[], noun: string): number[] | string {
	const text = cell.trim();
	if (!text) return `no correct answer is given; name at least one ${noun} by its number`;
	if (!/^\d+(?:\s*[,;]\s*\d+)*$/.test(text)) return `the correct answer ${JSON.stringify(text)} is not ${noun} numbers such as 1 or 1,3`;
	const numbers = [...new Set(text.split(/\s*[,;]\s*/).map(Number))];
	const given = answers.map((a) => a.n);
	for (const n of numbers) {
		if (!given.includes(n)) return `the correct answer names ${noun} ${n}, but the row's ${noun}s are ${given.join(', ') || 'empty'}`;
	}
	return numbers;
}

/**
 * Weights for several right answers. A live game counts a multi-select answer
 * right or wrong as a whole; the nearest Moodle-style weights give each right
 * choice an equal share of 100 and each wrong one -100, so a single wrong pick
 * takes the question to no credit (a pick that misses a right choice still
 * earns the shares of the ones it found). Rounded to five places, as Moodle
 * writes 33.33333, within the validator's slack.
 */
export function allOrNothingWeights(count: number, right: readonly number[]): number[] {
	const share = Number((100 / right.length).toFixed(5));
	return Array.from({ length: count }, (_, i) => (right.includes(i) ? share : -100));
}

const isTrueFalse = (texts: string[]) =>
	texts.length === 2 && new Set(texts.map((t) => t.toLowerCase())).size === 2 && texts.every((t) => /^(true|false)$/i.test(t));

/** The question a row's answers and right answer numbers make; `several` when the row asks to choose all that apply (Quizizz's Checkbox) whatever the count. */
export function choiceDraft(prompt: string, answers: NumberedAnswer[], right: number[], several = false): Draft {
	const choices = answers.map((a) => a.text);
	const at = right.map((n) => answers.findIndex((a) => a.n === n));
	if (several && at.length === 1) return multiDraft(prompt, choices, at);
	if (at.length === 1 && isTrueFalse(choices)) return { type: 'truefalse', prompt, answer: /^true$/i.test(choices[at[0]]) };
	if (at.length === 1) return { type: 'mcq', prompt, answer: choices[at[0]], choices };
	return multiDraft(prompt, choices, at);
}

function multiDraft(prompt: string, choices: string[], right: number[]): Draft {
	const weights = allOrNothingWeights(choices.length, right);
	return { type: 'multi', prompt, answer: multiAnswerText(choices, weights), choices, weights };
}
