/**
 * Kahoot's quiz template: a question of at most 120 characters, two to four
 * answers of at most 75, a time limit, and the numbers of the right answers.
 * Read row by row into multiple choice, true or false and choose all that
 * apply; written back in the same layout, each question Kahoot cannot take
 * left out with its reason rather than shortened, so the file imports into
 * Kahoot without errors and the teacher knows what to fix.
 */
import type { Question } from '../bank/schema';
import type { BankCollector } from './build';
import { choiceDraft, correctNumbers, timeCell, type NumberedAnswer, type RowExtras } from './sheet-choices';
import { choiceColumns, KAHOOT_LIMITS } from './sheet-fit';
import { cellAt, type KahootColumns } from './sheet-columns';
import type { SheetRow } from './sheet-read';

/** The time limit written for every question: Kahoot's default; its template takes 5, 10, 20, 30, 60, 90, 120 or 240 seconds. */
export const KAHOOT_TIME_SEC = 20;

/** Reads one row below the header into `out`; returns its time limit, if it gives one (Kahoot has no image column). */
export function readKahootRow(row: SheetRow, columns: KahootColumns, out: BankCollector): RowExtras {
	const at = { line: row.line };
	const prompt = cellAt(row, columns.question);
	const answers: NumberedAnswer[] = columns.answers.map((col, i) => ({ n: i + 1, text: cellAt(row, col) })).filter((a) => a.text !== '');
	// The template numbers its rows in the first column; a numbered row with nothing else is an unused slot.
	const extras = { time: timeCell(cellAt(row, columns.time)), image: false };
	if (!prompt && answers.length === 0) return extras;
	if (!prompt) out.skip('empty question', 'the question is empty', at);
	else if (answers.length < KAHOOT_LIMITS.minAnswers)
		out.skip('too few answers', `the question has ${answers.length === 1 ? 'only one answer' : 'no answers'}; it needs at least 2`, at);
	else {
		const right = correctNumbers(cellAt(row, columns.correct), answers, 'answer');
		if (typeof right === 'string') out.skip('invalid', right, at);
		else out.add(choiceDraft(prompt, answers, right), at);
	}
	return extras;
}

/** The header row Kahoot's template has, in its own words. */
export const KAHOOT_HEADER = [
	'',
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one'
];

/** The rows above the header, as the template has them: its title and how to fill it in. */
export const KAHOOT_PREAMBLE = [
	['', 'Quiz template'],
	['', 'Add questions, at least two answers, a time limit and the correct answers (at least one).'],
	['', 'Questions may be 120 characters long and answers 75. Separate several correct answers with commas.'],
	[],
	[],
	[],
	[]
];

/** The template's row for a question that fits (see sheet-fit.ts), numbered `n`. */
export function kahootRow(q: Question, n: number): (string | number)[] {
	const { choices, right } = choiceColumns(q) ?? { choices: [], right: [] };
	const answers = Array.from({ length: KAHOOT_LIMITS.maxAnswers }, (_, i) => choices[i] ?? '');
	return [n, q.prompt, ...answers, KAHOOT_TIME_SEC, right.join(',')];
}
