/**
 * Which questions of a bank each quiz tool's template can take, apart from
 * the codec: the share menu lists what a sheet will leave out before it is
 * made, and this file loads neither SheetJS nor the bank validator.
 */
import { typeName } from '../bank/kinds';
import type { Bank, Question } from '../bank/schema';
import { formatCount } from '../count';

/** Kahoot's own limits, as its template states them. */
export const KAHOOT_LIMITS = { question: 120, answer: 75, minAnswers: 2, maxAnswers: 4 } as const;

/** Quizizz's template has five option columns. */
export const QUIZIZZ_OPTIONS = 5;

/** Excel's limit on the text of one cell; SheetJS refuses to write more. */
export const MAX_CELL_CHARS = 32_767;

/** The quiz tools whose templates are read and written. */
export const SHEET_TEMPLATES = ['kahoot', 'quizizz'] as const;
export type SheetTemplate = (typeof SHEET_TEMPLATES)[number];

/** A question a template cannot take: its number in the bank (from 1), its prompt and why. */
export interface SheetLeftOut {
	number: number;
	prompt: string;
	reason: string;
}

/** The choices of a question as a template writes them, and the numbers of the right ones; undefined for a question that has no choices. */
export function choiceColumns(q: Question): { choices: string[]; right: number[] } | undefined {
	if (q.type === 'truefalse') return { choices: ['True', 'False'], right: [q.answer === true ? 1 : 2] };
	const choices = q.choices ?? [];
	if (q.type === 'mcq') return { choices, right: [choices.indexOf(String(q.answer)) + 1] };
	if (q.type === 'multi') return { choices, right: choices.flatMap((_, i) => ((q.weights?.[i] ?? 0) > 0 ? [i + 1] : [])) };
	return undefined;
}

/** The options a typed answer is written with: the answer first, then the other accepted answers. */
export const typedOptions = (q: Question) => [String(q.answer), ...(q.accept ?? [])];

/** Why a question cannot be a Kahoot question, or undefined when it can. */
export function kahootMisfit(q: Question): string | undefined {
	const columns = choiceColumns(q);
	if (!columns) return `${typeName(q.type).toLowerCase()} questions cannot go to Kahoot: its quizzes take only 2 to 4 answers to pick from`;
	const { choices } = columns;
	if (choices.length > KAHOOT_LIMITS.maxAnswers) return `it has ${choices.length} answers; Kahoot takes 2 to 4`;
	if (q.prompt.length > KAHOOT_LIMITS.question) return `the question is ${q.prompt.length} characters; Kahoot takes at most ${KAHOOT_LIMITS.question}`;
	const long = choices.findIndex((c) => c.length > KAHOOT_LIMITS.answer);
	if (long >= 0) return `answer ${long + 1} is ${choices[long].length} characters; Kahoot takes at most ${KAHOOT_LIMITS.answer}`;
	return undefined;
}

/** Why a question cannot be a Quizizz question, or undefined when it can. */
export function quizizzMisfit(q: Question): string | undefined {
	const columns = choiceColumns(q);
	const typed = q.type === 'short' || q.type === 'cloze';
	if (!columns && !typed) return `${typeName(q.type).toLowerCase()} questions cannot go to Quizizz's template: it takes choices and typed answers only`;
	const options = columns ? columns.choices : typedOptions(q);
	if (options.length > QUIZIZZ_OPTIONS)
		return `it has ${options.length} ${columns ? 'choices' : 'accepted answers'}; Quizizz's template holds at most ${QUIZIZZ_OPTIONS}`;
	const longest = Math.max(q.prompt.length, q.explanation?.length ?? 0, ...options.map((o) => o.length));
	if (longest > MAX_CELL_CHARS) return `a field is ${formatCount(longest)} characters; a spreadsheet cell holds at most ${formatCount(MAX_CELL_CHARS)}`;
	return undefined;
}

/** Why `template` cannot take the question, or undefined when it can. */
export const sheetMisfit: Record<SheetTemplate, (q: Question) => string | undefined> = { kahoot: kahootMisfit, quizizz: quizizzMisfit };

/** The questions of the bank that `template` cannot take, each with the reason, in bank order. */
export function sheetLeftOut(bank: Bank, template: SheetTemplate): SheetLeftOut[] {
	return bank.questions.flatMap((q, i) => {
		const reason = sheetMisfit[template](q);
		return reason ? [{ number: i + 1, prompt: q.prompt, reason }] : [];
	});
}
