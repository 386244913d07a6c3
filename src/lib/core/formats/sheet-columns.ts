/**
 * Finding the header row of a Kahoot or Quizizz sheet, wherever it is: Kahoot's
 * template opens with a title and instruction rows, Quizizz's starts with the
 * header and follows it with a row of hints. Headers are matched by how they
 * begin ("Answer 2 - max 75 characters" is answer 2), in any column order.
 */
import type { SheetRow } from './sheet-read';

/** Rows searched for the header: Kahoot's template has it on row 8. */
const HEADER_SEARCH_ROWS = 50;

/** Where each field of Kahoot's template is, by column index; `answers[n]` is answer n + 1. */
export interface KahootColumns {
	template: 'kahoot';
	question: number;
	answers: number[];
	correct: number;
	time?: number;
}

/** Where each field of Quizizz's template is; `options[n]` is option n + 1. */
export interface QuizizzColumns {
	template: 'quizizz';
	question: number;
	type?: number;
	options: number[];
	correct?: number;
	time?: number;
	image?: number;
	explanation?: number;
}

export type SheetColumns = KahootColumns | QuizizzColumns;

/** A header cell in one form: lower case, one space between words. */
const norm = (cell: string) => cell.toLowerCase().replace(/\s+/g, ' ').trim();

function find(cells: string[], pattern: RegExp): number | undefined {
	const at = cells.findIndex((c) => pattern.test(c));
	return at >= 0 ? at : undefined;
}

/** Columns numbered by the header (answer 1, option 3), in number order, gaps kept out. */
function numbered(cells: string[], pattern: RegExp): number[] {
	const found: { n: number; at: number }[] = [];
	cells.forEach((c, at) => {
		const m = pattern.exec(c);
		if (m) found.push({ n: Number(m[1]), at });
	});
	found.sort((a, b) => a.n - b.n);
	// Kahoot and Quizizz number from 1; a column numbered out of sequence is ignored.
	const out: number[] = [];
	for (const { n, at } of found) if (n === out.length + 1) out.push(at);
	return out;
}

function kahootColumns(cells: string[]): KahootColumns | undefined {
	const answers = numbered(cells, /^answer ?(\d+)\b/);
	const question = find(cells, /^question\b(?! ?type)/);
	const correct = find(cells, /^correct answer/);
	if (answers.length === 0 || question === undefined || correct === undefined) return undefined;
	return { template: 'kahoot', question, answers, correct, time: find(cells, /^time limit/) };
}

function quizizzColumns(cells: string[]): QuizizzColumns | undefined {
	const options = numbered(cells, /^option ?(\d+)\b/);
	const question = find(cells, /^question(?: text)?$/);
	if (options.length === 0 || question === undefined) return undefined;
	return {
		template: 'quizizz',
		question,
		options,
		type: find(cells, /^question type\b/),
		correct: find(cells, /^correct answer/),
		time: find(cells, /^time\b/),
		image: find(cells, /^image\b/),
		explanation: find(cells, /^(?:answer )?explanation\b/)
	};
}

/** The header row among the first rows, and the columns it names; undefined when no row is a template's header. */
export function findHeader(rows: SheetRow[]): { index: number; columns: SheetColumns } | undefined {
	const searched = Math.min(rows.length, HEADER_SEARCH_ROWS);
	for (let index = 0; index < searched; index++) {
		const cells = rows[index].cells.map(norm);
		const columns = quizizzColumns(cells) ?? kahootColumns(cells);
		if (columns) return { index, columns };
	}
	return undefined;
}

/** Quizizz's template has a row of hints under the header ("Text of the question (required)"); it holds no question. */
export function isHintRow(row: SheetRow, columns: SheetColumns): boolean {
	const question = norm(row.cells[columns.question] ?? '');
	const type = columns.template === 'quizizz' && columns.type !== undefined ? norm(row.cells[columns.type] ?? '') : '';
	return /^text of the question\b/.test(question) || /\(default is /.test(type);
}

/** The cell at `column` of a row, '' when the row is shorter or the column absent. */
export function cellAt(row: SheetRow, column: number | undefined): string {
	return column === undefined ? '' : (row.cells[column] ?? '');
}
