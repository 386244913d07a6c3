/**
 * Quizizz's spreadsheet template: question text, a question type, up to five
 * options, the right option numbers, a time, an image link and an
 * explanation. Multiple Choice and Checkbox become multiple choice, true or
 * false and choose all that apply; Fill-in-the-Blank a typed answer (the
 * options are the accepted answers), or fill in the blank when its text has a
 * blank. Open-Ended, Poll and Draw questions have no answer to study: each is
 * reported with its row and not imported.
 */
import { CLOZE_BLANK } from '../bank/kinds';
import type { Question } from '../bank/schema';
import type { BankCollector } from './build';
import { choiceDraft, correctNumbers, timeCell, type NumberedAnswer, type RowExtras } from './sheet-choices';
import { choiceColumns, QUIZIZZ_OPTIONS, typedOptions } from './sheet-fit';
import { cellAt, type QuizizzColumns } from './sheet-columns';
import type { SheetRow } from './sheet-read';

/** The time written for every question: the template's default. */
export const QUIZIZZ_TIME_SEC = 30;

const FILL_IN = /^fill[ -]?in[ -]?the[ -]?blanks?$/;

/** Reads one row below the header into `out`. */
export function readQuizizzRow(row: SheetRow, columns: QuizizzColumns, out: BankCollector): RowExtras {
	const at = { line: row.line };
	const prompt = cellAt(row, columns.question);
	const typeCell = cellAt(row, columns.type);
	const type = typeCell.toLowerCase().replace(/\s+/g, ' ') || 'multiple choice';
	const options: NumberedAnswer[] = columns.options.map((col, i) => ({ n: i + 1, text: cellAt(row, col) })).filter((a) => a.text !== '');
	const extras: RowExtras = { time: timeCell(cellAt(row, columns.time)), image: cellAt(row, columns.image) !== '' };
	const explanation = cellAt(row, columns.explanation) || undefined;
	if (!prompt) {
		if (options.length > 0) out.skip('empty question', 'the question is empty', at);
		return extras;
	}
	if (FILL_IN.test(type)) {
		if (options.length === 0) out.skip('invalid', 'a Fill-in-the-Blank question needs its answer in Option 1', at);
		else {
			const [answer, ...accept] = options.map((o) => o.text);
			out.add({ type: CLOZE_BLANK.test(prompt) ? 'cloze' : 'short', prompt, answer, accept, explanation }, at);
		}
		return extras;
	}
	if (type !== 'multiple choice' && type !== 'checkbox') {
		out.skip(type, `Quizizz ${JSON.stringify(typeCell)} questions have no right answer to study, so they are not imported`, at);
		return extras;
	}
	if (options.length < 2) out.skip('too few answers', `the question has ${options.length === 1 ? 'only one option' : 'no options'}; it needs at least 2`, at);
	else {
		const right = correctNumbers(cellAt(row, columns.correct), options, 'option');
		if (typeof right === 'string') out.skip('invalid', right, at);
		else out.add({ ...choiceDraft(prompt, options, right, type === 'checkbox'), explanation }, at);
	}
	return extras;
}

/** The header row of Quizizz's template, in its own words. */
export const QUIZIZZ_HEADER = [
	'Question Text',
	'Question Type',
	'Option 1',
	'Option 2',
	'Option 3',
	'Option 4',
	'Option 5',
	'Correct Answer',
	'Time in seconds',
	'Image Link',
	'Answer explanation'
];

/** The row of hints the template has under its header (the reader skips it). */
export const QUIZIZZ_HINTS = [
	'Text of the question (required)',
	'Question Type (default is Multiple Choice)',
	'Text for option 1 (required in all cases except open-ended & draw questions)',
	'Text for option 2 (required in all cases except open-ended & draw questions)',
	'Text for option 3 (optional)',
	'Text for option 4 (optional)',
	'Text for option 5 (optional)',
	'The correct option choice (between 1-5). Leave blank for "Open-Ended", "Poll", "Draw" and "Fill-in-the-Blank".',
	'Time in seconds (optional, default value is 30 seconds)',
	'Link of the image (optional)',
	'Explanation for the answer (optional)'
];

/** The template's row for a question that fits (see sheet-fit.ts). */
export function quizizzRow(q: Question): (string | number)[] {
	const columns = choiceColumns(q);
	const options = columns ? columns.choices : typedOptions(q);
	const type = !columns ? 'Fill-in-the-Blank' : q.type === 'multi' ? 'Checkbox' : 'Multiple Choice';
	const cells = Array.from({ length: QUIZIZZ_OPTIONS }, (_, i) => options[i] ?? '');
	return [q.prompt, type, ...cells, columns ? columns.right.join(',') : '', QUIZIZZ_TIME_SEC, '', q.explanation ?? ''];
}
