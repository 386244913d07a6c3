/**
 * Collects the questions a parser finds and turns them into a bank: ids from
 * content (`questionId`), a repeated question kept under a suffixed id, and a
 * final `validateBank` so that every bank a codec returns is valid. A question
 * the schema rejects is reported as unsupported with its place, never dropped
 * silently and never allowed to fail the whole file.
 */
import { BANK_FORMAT, BANK_VERSION, type Bank, type Question } from '../bank/schema';
import { questionId, slugify } from '../bank/ids';
import { validateBank } from '../bank/validate';
import { failure, type FormatName, type Located, type ParseResult, type Unsupported, type Warning } from './errors';
import { formatCount } from './text';
import { MAX_FIELD_CHARS, MAX_QUESTIONS_PER_BANK } from '../bank/limits';

export { MAX_FIELD_CHARS, MAX_QUESTIONS_PER_BANK };

/** A question as a parser sees it: no id yet, and a fact key only when the format defines one. */
export type Draft = Omit<Question, 'id' | 'fact' | 'source'> & { fact?: string };

/** Bank-level fields a parser may set. */
export interface BankMeta {
	title: string;
	description?: string;
	tags?: string[];
	language?: string;
}

const DEFAULT_TITLE = 'Imported questions';

/** The message for a bank over MAX_QUESTIONS_PER_BANK; `more` when reading stopped at the cap. */
const tooManyQuestions = (held: number, more = false) =>
	`the file holds ${more ? 'more than ' : ''}${formatCount(more ? MAX_QUESTIONS_PER_BANK : held)} questions; Factdeck reads at most ${formatCount(MAX_QUESTIONS_PER_BANK)} per bank`;

/**
 * A valid bank held to the bank-wide caps, whatever way it came in (a file, a
 * link): refused past MAX_QUESTIONS_PER_BANK; a question with a field over
 * MAX_FIELD_CHARS left out, listed with its number.
 */
export function capBank(bank: Bank): { ok: true; bank: Bank; unsupported: Unsupported[] } | { ok: false; message: string } {
	if (bank.questions.length > MAX_QUESTIONS_PER_BANK) return { ok: false, message: tooManyQuestions(bank.questions.length) };
	const unsupported: Unsupported[] = [];
	const questions = bank.questions.filter((q, i) => {
		const tooLong = fieldTooLong(q);
		if (tooLong) unsupported.push({ record: i + 1, kind: 'too long', message: tooLong });
		return !tooLong;
	});
	return { ok: true, bank: unsupported.length ? { ...bank, questions } : bank, unsupported };
}

type Fields = Pick<Question, 'prompt' | 'answer' | 'accept' | 'choices' | 'explanation' | 'html' | 'name' | 'pairs'>;

/** The length of the question's longest text field, matching pairs and name included. */
function longestField(q: Fields): number {
	const pairs = (q.pairs ?? []).flatMap((p) => [p.left, p.right]);
	const texts = [q.prompt, q.answer, q.explanation, q.name, q.html?.prompt, q.html?.answer, ...(q.accept ?? []), ...(q.choices ?? []), ...pairs];
	let longest = 0;
	for (const t of texts) if (typeof t === 'string' && t.length > longest) longest = t.length;
	return longest;
}

/** Why a question is refused for a field over MAX_FIELD_CHARS, or undefined when none is. */
function fieldTooLong(q: Fields): string | undefined {
	const longest = longestField(q);
	if (longest <= MAX_FIELD_CHARS) return undefined;
	return `a field of this question holds ${formatCount(longest)} characters; Factdeck reads at most ${formatCount(MAX_FIELD_CHARS)} per field`;
}

/** `line 4`, or `note 4` for the records of an Anki package. */
const place = (at: Located, format: FormatName) =>
	at.line !== undefined ? `line ${at.line}` : at.record !== undefined ? `${format === 'apkg' ? 'note' : 'record'} ${at.record}` : 'an earlier question';

/** Items in input order; the ones about the whole file first. Sort is stable, so ties keep their order. */
function byPlace<T extends Located>(items: T[]): T[] {
	const key = (x: Located) => x.line ?? x.record ?? -1;
	return [...items].sort((a, b) => key(a) - key(b));
}

/** Drops empty optional fields so that output is clean and deep-equal comparisons hold. */
function tidy(draft: Draft): Draft {
	const q: Draft = { type: draft.type, prompt: draft.prompt.trim(), answer: typeof draft.answer === 'string' ? draft.answer.trim() : draft.answer };
	if (draft.fact?.trim()) q.fact = draft.fact.trim();
	const list = (xs: string[] | undefined) => xs?.map((x) => x.trim()).filter(Boolean);
	const accept = list(draft.accept);
	if (accept?.length) q.accept = accept;
	// Weights go with their choices: an empty choice is dropped with its weight.
	const kept = draft.choices?.map((c, i) => ({ c: c.trim(), w: draft.weights?.[i] })).filter((x) => x.c);
	if (kept?.length) q.choices = kept.map((x) => x.c);
	if (draft.weights && kept?.length) q.weights = kept.map((x) => x.w ?? 0);
	if (draft.name?.trim()) q.name = draft.name.trim();
	if (draft.pairs?.length) q.pairs = draft.pairs.map((p) => ({ left: p.left.trim(), right: p.right.trim() }));
	if (draft.numbers?.length) q.numbers = draft.numbers;
	if (draft.explanation?.trim()) q.explanation = draft.explanation.trim();
	const tags = list(draft.tags);
	if (tags?.length) q.tags = [...new Set(tags)];
	if (draft.html && (draft.html.prompt || draft.html.answer)) {
		q.html = {};
		if (draft.html.prompt) q.html.prompt = draft.html.prompt;
		if (draft.html.answer) q.html.answer = draft.html.answer;
	}
	return q;
}

/** Gathers questions, warnings and unsupported items, then builds a validated bank. */
export class BankCollector {
	readonly warnings: Warning[] = [];
	readonly unsupported: Unsupported[] = [];
	private readonly drafts: { draft: Draft; at: Located }[] = [];
	/** Questions offered, kept or not: past the cap they are only counted, so memory stays bounded. */
	private offered = 0;
	private stopped = false;

	constructor(private readonly format: FormatName) {}

	/** Number of questions collected so far. */
	get count(): number {
		return this.drafts.length;
	}

	/** True once the bank has passed MAX_QUESTIONS_PER_BANK: it will be refused, so a parser may stop reading. */
	get full(): boolean {
		return this.offered > MAX_QUESTIONS_PER_BANK;
	}

	/** The parser stopped reading at the cap: the refusal says "more than", as the rest was never counted. */
	stop(): void {
		this.stopped = true;
	}

	/** Adds one question found at `at`; one with a field over MAX_FIELD_CHARS is refused with its place. */
	add(draft: Draft, at: Located = {}): void {
		const tooLong = fieldTooLong(draft);
		if (tooLong) return this.skip('too long', tooLong, at);
		this.offered += 1;
		if (this.full) return;
		this.drafts.push({ draft: tidy(draft), at });
	}

	/** Records a simplification. */
	warn(message: string, at: Located = {}): void {
		this.warnings.push({ ...at, message });
	}

	/** Records a question that is not imported. */
	skip(kind: string, message: string, at: Located = {}): void {
		this.unsupported.push({ ...at, kind, message });
	}

	private questions(): { questions: Question[]; at: Located[] } {
		const firstAt = new Map<string, { at: Located; copies: number }>();
		const questions: Question[] = [];
		const at: Located[] = [];
		for (const { draft, at: where } of this.drafts) {
			const base = questionId({ type: draft.type, prompt: draft.prompt, answer: draft.answer });
			const seen = firstAt.get(base);
			let id = base;
			if (seen) {
				seen.copies += 1;
				id = `${base}-${seen.copies}`;
				this.warn(`the same question as ${place(seen.at, this.format)}; kept as a separate question`, where);
			} else firstAt.set(base, { at: where, copies: 1 });
			const { fact, ...rest } = draft;
			questions.push({ id, fact: fact ?? base, ...rest });
			at.push(where);
		}
		return { questions, at };
	}

	/** The validated bank; questions the schema rejects move to `unsupported` with the reason. */
	finish(meta: BankMeta, media?: Map<string, Uint8Array>): ParseResult {
		if (this.full) return failure(this.format, [{ message: tooManyQuestions(this.offered, this.stopped) }]);
		if (this.drafts.length === 0 && this.unsupported.length === 0) {
			return failure(this.format, [{ message: 'no questions found' }]);
		}
		const title = meta.title.trim() || DEFAULT_TITLE;
		const head: Omit<Bank, 'questions'> = { format: BANK_FORMAT, version: BANK_VERSION, id: slugify(title, 'imported'), title };
		if (meta.description?.trim()) head.description = meta.description.trim();
		if (meta.language?.trim()) head.language = meta.language.trim();
		if (meta.tags?.length) head.tags = meta.tags;
		let { questions, at } = this.questions();
		for (let attempt = 0; attempt < 2; attempt++) {
			const checked = validateBank({ ...head, questions });
			if (checked.ok) {
				const result: ParseResult = { ok: true, bank: checked.bank, warnings: byPlace(this.warnings), origins: at };
				if (this.unsupported.length) result.unsupported = byPlace(this.unsupported);
				if (media?.size) result.media = media;
				return result;
			}
			const bad = new Map<number, string>();
			const general: string[] = [];
			for (const problem of checked.problems) {
				const m = /^questions\[(\d+)\](?:\.[\w.[\]"]+)?: (.*)$/s.exec(problem);
				if (m) bad.set(Number(m[1]), bad.get(Number(m[1])) ?? m[2]);
				else general.push(problem);
			}
			if (general.length || bad.size === 0)
				return failure(
					this.format,
					general.map((message) => ({ message }))
				);
			for (const [i, reason] of bad) this.skip('invalid', `not a valid question: ${reason}`, at[i]);
			questions = questions.filter((_, i) => !bad.has(i));
			at = at.filter((_, i) => !bad.has(i));
		}
		return failure(this.format, [{ message: 'the questions could not be made valid' }]);
	}
}
