/**
 * Places validateBank's messages (`questions[3].choices: …`) on what an editor
 * shows: a question and one of its fields, or a field of the bank itself.
 * The messages stay exactly the ones the command line prints.
 */
import { draftQuestion, isUnchanged, type QuestionDraft } from './edit';
import { BANK_FORMAT, BANK_VERSION, type Bank, type Question } from './schema';
import { validateBank } from './validate';

/** Question fields an editor shows; a message about any other field is shown for the question as a whole. */
const QUESTION_FIELDS = ['type', 'prompt', 'answer', 'choices', 'pairs', 'numbers', 'accept', 'explanation'] as const;
export type QuestionField = (typeof QUESTION_FIELDS)[number];

/** Bank fields an editor shows; messages about other bank fields are general. */
const BANK_FIELDS = ['title', 'description', 'tags'] as const;
export type BankField = (typeof BANK_FIELDS)[number];

/** One message and where it belongs. */
export interface PlacedProblem {
	/** Index of the question it concerns; absent for the bank itself. */
	question?: number;
	/** The field it concerns, when the editor shows that field. */
	field?: QuestionField | BankField;
	/** The field path as validateBank wrote it, e.g. `questions[3].choices`. */
	path: string;
	message: string;
}

const PATHED = /^([A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])*): (.*)$/s;
const QUESTION_PATH = /^questions\[(\d+)\](?:\.([A-Za-z_$][\w$]*))?/;

const among = <T extends string>(list: readonly T[], name: string | undefined): T | undefined => list.find((item) => item === name);

/** Where one message belongs. */
export function placeProblem(problem: string): PlacedProblem {
	const pathed = PATHED.exec(problem);
	if (!pathed) return { path: '', message: problem };
	const [, path, message] = pathed;
	const inQuestion = QUESTION_PATH.exec(path);
	if (inQuestion) {
		// Weights are edited on the choices' lines.
		const name = inQuestion[2] === 'weights' ? 'choices' : inQuestion[2];
		return { question: Number(inQuestion[1]), field: among(QUESTION_FIELDS, name), path, message };
	}
	const top = /^[A-Za-z_$][\w$]*/.exec(path)?.[0];
	return { field: among(BANK_FIELDS, top), path, message };
}

/** Every message placed, in validateBank's order. */
export function placeProblems(problems: readonly string[]): PlacedProblem[] {
	return problems.map(placeProblem);
}

/** The messages about one question, by field; those about parts the editor does not show under `other`. */
export function questionProblems(placed: readonly PlacedProblem[], index: number): Partial<Record<QuestionField | 'other', string[]>> {
	const out: Partial<Record<QuestionField | 'other', string[]>> = {};
	for (const p of placed) {
		if (p.question !== index) continue;
		if (p.field) (out[p.field as QuestionField] ??= []).push(p.message);
		else {
			const part = p.path.replace(/^questions\[\d+\]\.?/, '');
			(out.other ??= []).push(part ? `${part}: ${p.message}` : p.message);
		}
	}
	return out;
}

/** The messages about the bank's own fields, by field. */
export function bankProblems(placed: readonly PlacedProblem[]): Partial<Record<BankField, string[]>> {
	const out: Partial<Record<BankField, string[]>> = {};
	for (const p of placed) {
		if (p.question === undefined && p.field) (out[p.field as BankField] ??= []).push(p.message);
	}
	return out;
}

/** The messages about one question as question 0 of a bank with no other questions, and with `article` as its source if given. */
function placedInBank(question: Omit<Question, 'source'>, article?: { text: string }): PlacedProblem[] {
	const bank = { format: BANK_FORMAT, version: BANK_VERSION, id: 'question', title: 'Question', questions: [question] };
	const result = validateBank(article ? { ...bank, source: article } : bank);
	return result.ok ? [] : placeProblems(result.problems);
}

/** The messages about one question on its own, by field. Its source is not checked: that needs the bank's article. */
export function checkQuestion(question: Question): Partial<Record<QuestionField | 'other', string[]>> {
	const { source: _source, ...alone } = question;
	return questionProblems(placedInBank(alone), 0);
}

/** The messages about the bank's own fields (title, tags, source…), checked without its questions. */
export function headProblems(head: Omit<Bank, 'questions'>): PlacedProblem[] {
	const result = validateBank({ ...head, questions: [] });
	return result.ok ? [] : placeProblems(result.problems);
}

/** The id a draft is checked under: any valid id will do, since no message is about it. */
const CHECKED_ID = 'q-check';

/**
 * The editor's messages, checked draft by draft. Drafts are replaced, never
 * changed in place, so each draft's messages are remembered by identity and an
 * edit re-checks only the draft it made: typing in one question of 40,000 does
 * not validate the other 39,999. A draft still holding its saved question has
 * no messages, since the bank it came from was valid when it was saved. No rule
 * spans two questions once drafts become a bank (applyEdits makes ids unique),
 * and saving validates the whole bank again all the same.
 */
export class DraftChecks {
	readonly #article: { text: string } | undefined;
	readonly #cache = new WeakMap<QuestionDraft, readonly PlacedProblem[]>();
	readonly #unchanged = new WeakMap<QuestionDraft, boolean>();

	/** Checks drafts of a bank whose article (source.text) is `articleText`. */
	constructor(articleText?: string) {
		this.#article = articleText === undefined ? undefined : { text: articleText };
	}

	/** Whether a draft still holds its saved question (isUnchanged, remembered). */
	unchanged = (d: QuestionDraft): boolean => {
		let known = this.#unchanged.get(d);
		if (known === undefined) this.#unchanged.set(d, (known = isUnchanged(d)));
		return known;
	};

	/** The messages about one draft, placed as question 0. */
	of(d: QuestionDraft): readonly PlacedProblem[] {
		let found = this.#cache.get(d);
		if (!found) {
			found = d.origin && this.unchanged(d) ? [] : this.#check(d);
			this.#cache.set(d, found);
		}
		return found;
	}

	/** Every draft's messages in bank order, placed at each draft's index. */
	all(drafts: readonly QuestionDraft[]): PlacedProblem[] {
		const out: PlacedProblem[] = [];
		drafts.forEach((d, index) => {
			for (const p of this.of(d)) out.push({ ...p, question: index, path: p.path.replace(/^questions\[0\]/, `questions[${index}]`) });
		});
		return out;
	}

	#check(d: QuestionDraft): PlacedProblem[] {
		// Saving always gives a valid id (see applyEdits); deriving the real one would hash the whole text on every keystroke.
		const question = { ...draftQuestion(d), id: CHECKED_ID };
		return placedInBank(question, this.#article);
	}
}
