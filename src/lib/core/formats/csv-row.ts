/** One record of a separated-values file to its question(s). */
import { QUESTION_TYPES, type QuestionType } from '../bank/schema';
import { questionId } from '../bank/ids';
import { ClozeBudget, clozeCards, hasCloze } from './anki-cloze';
import { basicKind, isClozeName } from './anki-kinds';
import type { BankCollector, Draft } from './build';
import type { Role } from './csv-columns';
import type { Row } from './csv-read';
import { restoreFormula } from './csv-cell';
import { choicesWarning, semicolonSplits, splitChoiceCell } from './csv-choices';
import { readKind } from './csv-kinds';
import { hasMarkup, htmlToText } from './html';

/** What the file's header says about every record. */
export interface RowContext {
	html: boolean;
	/** The file's separator: a choices cell splits at `;` only in a file not separated by `;`. */
	separator: string;
	notetype?: string;
	tags: string[];
}

const TYPE_ALIASES: Record<string, QuestionType> = {
	'multiple choice': 'mcq',
	mc: 'mcq',
	'true/false': 'truefalse',
	'true false': 'truefalse',
	tf: 'truefalse',
	'true-false': 'truefalse',
	'true or false': 'truefalse',
	'short answer': 'short',
	typed: 'short',
	'typed answer': 'short',
	'fill in the blank': 'cloze',
	basic: 'flashcard',
	card: 'flashcard',
	'choose all that apply': 'multi',
	'multiple answer': 'multi',
	number: 'numerical'
};

function questionType(value: string): QuestionType | undefined {
	const key = value.trim().toLowerCase();
	if ((QUESTION_TYPES as readonly string[]).includes(key)) return key as QuestionType;
	return Object.prototype.hasOwnProperty.call(TYPE_ALIASES, key) ? TYPE_ALIASES[key] : undefined;
}

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1', 'right', 'correct']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0', 'wrong', 'incorrect']);

/** Values of a multi-valued cell: one per line (how `emitCsv` writes them). */
const values = (cell: string | undefined) =>
	(cell ?? '')
		.split(/\r\n|\r|\n/)
		.map((v) => v.trim())
		.filter(Boolean);

function tagValues(cell: string | undefined): string[] {
	if (!cell?.trim()) return [];
	return /[\r\n]/.test(cell) ? values(cell) : cell.trim().split(/\s+/);
}

/** Plain text and, in HTML mode, the markup. */
function field(raw: string, html: boolean): { text: string; html?: string } {
	if (!html) return { text: raw.trim() };
	return hasMarkup(raw) ? { text: htmlToText(raw), html: raw } : { text: raw.trim() };
}

/** The answer among the choices: as written, or a choice letter (`B`); otherwise it joins them, and `added` says so. */
function mcqChoices(answer: string, choices: string[]): { answer: string; choices: string[]; added?: true } {
	if (choices.includes(answer)) return { answer, choices };
	const letter = /^[A-Za-z]$/.test(answer) ? answer.toUpperCase().charCodeAt(0) - 65 : -1;
	if (letter >= 0 && letter < choices.length) return { answer: choices[letter], choices };
	return { answer, choices: [answer, ...choices], added: true };
}

/** The choices of a record, from every choices column, and the separators the cells used. */
function recordChoices(cells: string[], semicolons: boolean): { choices: string[]; kinds: string[] } {
	const kinds = new Set<string>();
	const choices = cells.flatMap((c) => {
		const split = splitChoiceCell(c, semicolons);
		for (const kind of split.kinds) kinds.add(kind);
		return split.choices;
	});
	return { choices, kinds: [...kinds] };
}

/** Column positions, worked out once per file rather than once per record. */
function layoutOf(roles: Role[], names: string[] | undefined) {
	const first = (role: Role) => roles.indexOf(role);
	const all = (role: Role) => roles.flatMap((r, i) => (r === role ? [i] : []));
	const isReverse = (i: number) => /^add reverse$/i.test(names?.[i] ?? '');
	return {
		prompt: first('prompt'),
		answer: first('answer'),
		type: first('type'),
		explanation: first('explanation'),
		tags: first('tags'),
		accept: first('accept'),
		fact: first('fact'),
		guid: first('guid'),
		notetype: first('notetype'),
		promptHtml: first('promptHtml'),
		answerHtml: first('answerHtml'),
		weights: first('weights'),
		name: first('name'),
		choices: all('choice'),
		extras: all('extra').filter((i) => !isReverse(i)),
		reverse: all('extra').find(isReverse) ?? -1
	};
}

/** A function that adds the question(s) of one record to `out`, or reports why it has none. */
export function rowReader(roles: Role[], names: string[] | undefined, ctx: RowContext): (row: Row, out: BankCollector) => void {
	const col = layoutOf(roles, names);
	const semicolons = semicolonSplits(ctx.separator, col.choices.length);
	// Columns of wrong answers only ("distractors", "wrong answer"): the answer is never among them, and one is enough.
	const distractors = col.choices.length > 0 && col.choices.every((i) => /distractor|wrong|incorrect/i.test(names?.[i] ?? ''));
	const width = roles.length;
	const widthSource = names ? `the header names ${width}` : `the first record has ${width}`;
	// One budget for the whole file: many fields each under the per-field cap could still make too much together.
	const clozeBudget = new ClozeBudget();
	return (row, out) => {
		const at = { line: row.line };
		if (row.cells.length > width && row.cells.slice(width).some((c) => c.trim()))
			out.warn(`${row.cells.length} cells, but ${widthSource}: the cells past column ${width} were left out`, at);
		const cell = (i: number) => (i >= 0 ? restoreFormula(row.cells[i] ?? '') : '');
		const prompt = field(cell(col.prompt), ctx.html);
		const answer = field(cell(col.answer), ctx.html);
		const notetype = cell(col.notetype).trim() || ctx.notetype || '';
		const tags = [...ctx.tags, ...tagValues(cell(col.tags))];
		const guid = cell(col.guid).trim();
		const fact = cell(col.fact).trim() || (guid ? `anki-${guid}` : undefined);
		const extraLines = col.extras.flatMap((i) => {
			const value = field(cell(i), ctx.html).text;
			return value ? [names?.[i] ? `${names[i]}: ${value}` : value] : [];
		});
		const explanation = [field(cell(col.explanation), ctx.html).text, ...extraLines].filter(Boolean).join('\n');
		const name = cell(col.name).trim();
		const base = { explanation, tags, ...(fact ? { fact } : {}), ...(name ? { name } : {}) };
		const typed = cell(col.type).trim();
		let type = typed ? questionType(typed) : undefined;
		if (typed && !type) out.warn(`unknown question type ${JSON.stringify(typed)}; guessed from the columns instead`, at);

		const rawPrompt = cell(col.prompt);
		if ((type === undefined || type === 'cloze') && (isClozeName(notetype) || hasCloze(rawPrompt))) {
			const cards = clozeCards(rawPrompt, clozeBudget);
			if (!Array.isArray(cards)) return out.skip('cloze', cards.refused, at);
			if (cards.length === 0) return out.skip('cloze', 'a cloze record without any {{c1::…}} deletion', at);
			// In a cloze record the second column is Anki's "Back Extra": shown after answering.
			const withExtra = [answer.text, base.explanation].filter(Boolean).join('\n');
			for (const card of cards) {
				const p = field(card.prompt, ctx.html);
				const a = field(card.answer, ctx.html);
				const html = p.html || a.html ? { prompt: p.html, answer: a.html } : undefined;
				const clozeFact = fact ? { fact: `${fact}-c${card.n}` } : {};
				out.add({ ...base, explanation: withExtra, type: 'cloze', prompt: p.text, answer: a.text, ...(html ? { html } : {}), ...clozeFact }, at);
			}
			return;
		}
		if (!prompt.text) return out.skip('empty', 'the question (front) is empty', at);
		const { choices, kinds } = recordChoices(
			col.choices.map((i) => field(cell(i), ctx.html).text),
			semicolons
		);
		type ??= choices.length ? 'mcq' : 'flashcard';
		const promptHtml = cell(col.promptHtml).trim() || prompt.html;
		const answerHtml = cell(col.answerHtml).trim() || answer.html;
		if (type === 'truefalse') {
			const word = answer.text.toLowerCase();
			if (!TRUE_WORDS.has(word) && !FALSE_WORDS.has(word))
				return out.skip('true or false', `a true or false answer must be true or false, not ${JSON.stringify(answer.text)}`, at);
			return out.add({ ...base, type, prompt: prompt.text, answer: TRUE_WORDS.has(word), ...(promptHtml ? { html: { prompt: promptHtml } } : {}) }, at);
		}
		if (!answer.text) return out.skip('empty', 'the answer (back) is empty', at);
		const draft: Draft = { ...base, type, prompt: prompt.text, answer: answer.text, accept: values(cell(col.accept)) };
		if (promptHtml || answerHtml) draft.html = { prompt: promptHtml || undefined, answer: answerHtml || undefined };
		const problem = readKind(draft, choices, { answer: cell(col.answer), weights: cell(col.weights), choices: col.choices.map(cell) });
		if (problem) return out.skip(type, problem, at);
		if (type === 'mcq') {
			const { added, ...picked } = mcqChoices(answer.text, choices);
			Object.assign(draft, picked);
			const odd = choicesWarning(choices, kinds, distractors);
			if (odd) out.warn(odd, at);
			if (added && choices.length > 1 && !distractors) out.warn(`the answer ${JSON.stringify(answer.text)} is not among the choices; it was added as one`, at);
		}
		const kind = notetype ? basicKind(notetype) : undefined;
		const wantsReverse = kind === 'reversed' || (kind === 'optional-reversed' && cell(col.reverse).trim() !== '');
		if (type !== 'flashcard' || !wantsReverse) return out.add(draft, at);
		// Both directions of a note test one fact, so they share one schedule.
		draft.fact ??= questionId({ type, prompt: draft.prompt, answer: draft.answer });
		const back: Draft = { ...draft, prompt: answer.text, answer: prompt.text, accept: undefined };
		back.html = draft.html ? { prompt: draft.html.answer, answer: draft.html.prompt } : undefined;
		out.add(draft, at);
		out.add(back, at);
	};
}
