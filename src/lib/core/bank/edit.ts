/**
 * Editing a bank by hand. Each question becomes a draft of plain text fields
 * (what a form edits, including half-typed states a Question cannot hold),
 * and drafts become a bank again with ids and facts derived the way the rest
 * of the code derives them. Progress lives on facts, so an edited question
 * keeps its fact; a new question gets a fact of its own unless the teacher
 * ties it to an existing one.
 */
import { MAX_FIELD_CHARS } from './limits';
import { questionId } from './ids';
import type { Bank, Question, QuestionType } from './schema';
import { formatCount } from '../count';
import { editedHtml, keepsImages, type QuestionImages } from './question-images';
import { applyKindLines, choiceLines, numberLines, pairLines } from './edit-kinds';

/** One question as the editor holds it. */
export interface QuestionDraft {
	/** Identity within one editing session: survives edits, moves, deletes and undo. */
	key: string;
	type: QuestionType;
	prompt: string;
	/** As typed; for a truefalse question `true`, `false`, or '' while not chosen. */
	answer: string;
	/** One choice per line (mcq and multi), a weight or a `*` before it for partial credit (see edit-kinds.ts). */
	choices: string;
	/** One "left -> right" pair per line (matching only). */
	pairs: string;
	/** One accepted number per line, with its tolerance and credit (numerical only). */
	numbers: string;
	/** One accepted answer per line (typed and revealed answers). */
	accept: string;
	explanation: string;
	fact: string;
	/** The images of its prompt and answer, once the teacher changed them; undefined: as saved. */
	images?: QuestionImages;
	/** The saved question this draft started from; none for a new question. */
	origin?: Question;
}

/** The text fields a question form edits. */
export type DraftFields = Pick<QuestionDraft, 'type' | 'prompt' | 'answer' | 'choices' | 'pairs' | 'numbers' | 'accept' | 'explanation'>;

/** Types whose answer follows from their key (choices with weights, pairs, numbers), so the form asks no answer. */
export const DERIVED_ANSWER_TYPES: readonly QuestionType[] = ['multi', 'matching', 'numerical'];

/** The bank's own fields as the editor holds them; tags are one comma-separated line. */
export interface BankMetaDraft {
	title: string;
	description: string;
	tags: string;
}

/** Types whose questions may list other accepted answers; mcq and truefalse answers are picked, not typed. */
export const ACCEPTING_TYPES: readonly QuestionType[] = ['flashcard', 'cloze', 'short'];

/**
 * The longest field the editor offers to edit by hand, in characters: as long
 * as any import brings. Chromium takes 7 to 12 s to show a 10 MB text box and
 * 2 to 5 s per keystroke in it, 0.2 s per keystroke at 1,000,000 characters,
 * and well under that at 100,000. A longer field (only a bank stored before
 * the import cap makes one) is shown truncated, read only.
 */
export const MAX_EDITABLE_CHARS = MAX_FIELD_CHARS;

/** How much of a field too long to edit is shown when asked. */
export const LONG_FIELD_EXCERPT_CHARS = 10_000;

/** The one-line refusal for a field too long to edit by hand; null when it can be edited. */
export function tooLongToEdit(text: string): string | null {
	if (text.length <= MAX_EDITABLE_CHARS) return null;
	return `This field holds ${formatCount(text.length)} characters; the editor edits fields of at most ${formatCount(MAX_EDITABLE_CHARS)} characters by hand.`;
}

const lines = (text: string) =>
	text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
const tagList = (text: string) =>
	text
		.split(',')
		.map((t) => t.trim())
		.filter(Boolean);

/** The editable fields of a question, as text. */
export function draftFields(q: Question): DraftFields {
	return {
		type: q.type,
		prompt: q.prompt,
		answer: String(q.answer),
		choices: choiceLines(q),
		pairs: pairLines(q),
		numbers: numberLines(q),
		accept: (q.accept ?? []).join('\n'),
		explanation: q.explanation ?? ''
	};
}

/** A draft of a saved question. */
export function toDraft(q: Question, key: string): QuestionDraft {
	return { key, ...draftFields(q), fact: q.fact, origin: q };
}

/** The bank's title, description and tags as form text. */
export function toMetaDraft(bank: Bank): BankMetaDraft {
	return { title: bank.title, description: bank.description ?? '', tags: (bank.tags ?? []).join(', ') };
}

/**
 * The placeholder fact of a new question until it is saved (see applyEdits):
 * one per draft key, never one of the bank's saved facts, so no new question
 * inherits the progress of a fact by accident.
 */
export function ownFact(key: string, savedFacts: ReadonlySet<string>): string {
	let fact = `new-${key}`;
	while (savedFacts.has(fact)) fact += '-x';
	return fact;
}

/** An empty question of the given type with a fact of its own. */
export function newDraft(type: QuestionType, key: string, savedFacts: ReadonlySet<string>): QuestionDraft {
	const answer = type === 'truefalse' ? 'true' : '';
	return { key, type, prompt: '', answer, choices: '', pairs: '', numbers: '', accept: '', explanation: '', fact: ownFact(key, savedFacts) };
}

/** The draft as another type; an answer that cannot carry over is cleared for the teacher to give. */
export function changeType(d: QuestionDraft, type: QuestionType): QuestionDraft {
	if (type === d.type) return d;
	const next = { ...d, type };
	if (type === 'truefalse') {
		const word = d.answer.trim().toLowerCase();
		next.answer = word === 'true' || word === 'false' ? word : '';
	} else if (d.type === 'truefalse') next.answer = '';
	// The answer is always one of an mcq's choices, so a first choice is already known.
	if (type === 'mcq' && !d.choices.trim() && next.answer.trim()) next.choices = next.answer.trim();
	if (type === 'numerical' && !d.numbers.trim() && next.answer.trim()) next.numbers = next.answer.trim();
	return next;
}

/** Whether the draft still holds exactly its saved question. */
export function isUnchanged(d: QuestionDraft): boolean {
	if (!d.origin || d.fact !== d.origin.fact) return false;
	const saved = draftFields(d.origin);
	return (Object.keys(saved) as (keyof DraftFields)[]).every((k) => saved[k] === d[k]) && keepsImages(d.origin, d.images);
}

function answerValue(d: QuestionDraft): string | boolean | undefined {
	if (d.type !== 'truefalse') return d.answer.trim();
	if (d.answer === 'true' || d.answer === 'false') return d.answer === 'true';
	return undefined; // validation then says the answer is missing
}

/** The question a changed draft stands for, id not yet given; fields the form does not show are kept. */
export function draftQuestion(d: QuestionDraft): Question {
	const { id: _id, choices: _c, accept: _a, explanation: _e, html, ...kept } = d.origin ?? ({} as Partial<Question>);
	const q = { ...kept, fact: d.fact, type: d.type, prompt: d.prompt.trim(), answer: answerValue(d) } as Question;
	applyKindLines(q, d);
	const accept = lines(d.accept);
	if (accept.length && ACCEPTING_TYPES.includes(d.type)) q.accept = accept;
	if (d.explanation.trim()) q.explanation = d.explanation.trim();
	// Rich text is shown instead of the plain text, so it must not outlive an edit of what it renders;
	// its images stay, shown after the new text (see question-images.ts).
	const richPrompt = editedHtml(q.prompt, d.origin?.prompt, html?.prompt, d.images?.prompt);
	const richAnswer = editedHtml(String(q.answer ?? ''), d.origin?.answer, html?.answer, d.images?.answer);
	if (richPrompt !== undefined || richAnswer !== undefined) q.html = { prompt: richPrompt, answer: richAnswer };
	return q;
}

/** A question with the fields as edited, keeping its id and fact: for editing one question outside a bank. */
export function editedQuestion(question: Question, fields: DraftFields): Question {
	const draft = { ...toDraft(question, ''), ...fields };
	return isUnchanged(draft) ? question : { ...draftQuestion(draft), id: question.id };
}

/** `base`, or `base-2`, `base-3`… : the first not yet taken (the importers' rule for repeated ids). */
function unique(base: string, taken: ReadonlySet<string>): string {
	let key = base;
	for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
	return key;
}

/** New facts get a key derived from their first question's content, as imported facts do. */
function newFactKeys(questions: readonly Question[], savedFacts: ReadonlySet<string>): Map<string, string> {
	const keys = new Map<string, string>();
	const taken = new Set(savedFacts);
	for (const q of questions) {
		if (savedFacts.has(q.fact) || keys.has(q.fact)) continue;
		const key = unique(questionId(q), taken);
		keys.set(q.fact, key);
		taken.add(key);
	}
	return keys;
}

/**
 * Ids derived from content, unique in the bank. A question whose type, prompt
 * and answer did not change keeps its id even when it was not derived (imports),
 * so that untouched questions keep their identity.
 */
function questionIds(questions: readonly Question[], drafts: readonly QuestionDraft[]): string[] {
	const ids: string[] = [];
	const taken = new Set<string>();
	questions.forEach((q, i) => {
		const origin = drafts[i].origin;
		// An unchanged draft stands for its origin itself: no need to hash both to see they match.
		if (origin && !taken.has(origin.id) && (q === origin || questionId(origin) === questionId(q))) {
			ids[i] = origin.id;
			taken.add(origin.id);
		}
	});
	questions.forEach((q, i) => {
		if (ids[i] !== undefined) return;
		ids[i] = unique(questionId(q), taken);
		taken.add(ids[i]);
	});
	return ids;
}

/** The bank's own fields as edited, without its questions. */
export function editedHead(base: Bank, meta: BankMetaDraft): Omit<Bank, 'questions'> {
	const { questions: _q, ...head } = base;
	head.title = meta.title.trim();
	if (meta.description !== (base.description ?? '')) {
		if (meta.description.trim()) head.description = meta.description.trim();
		else delete head.description;
	}
	if (meta.tags !== (base.tags ?? []).join(', ')) {
		const tags = tagList(meta.tags);
		if (tags.length) head.tags = tags;
		else delete head.tags;
	}
	return head;
}

/** The bank the drafts describe: unchanged questions as saved, changed ones with derived ids and facts. Validate before saving. */
export function applyEdits(base: Bank, meta: BankMetaDraft, drafts: readonly QuestionDraft[]): Bank {
	const savedFacts = new Set(base.questions.map((q) => q.fact));
	const contents = drafts.map((d) => (d.origin && isUnchanged(d) ? d.origin : draftQuestion(d)));
	const facts = newFactKeys(contents, savedFacts);
	const ids = questionIds(contents, drafts);
	const questions = contents.map((q, i) => {
		const fact = facts.get(q.fact) ?? q.fact;
		return q.id === ids[i] && q.fact === fact ? q : { ...q, id: ids[i], fact };
	});
	return { ...editedHead(base, meta), questions };
}

/** Whether the edited title, description or tags differ from the saved ones, as saving would write them. */
export function metaChanged(base: Bank, meta: BankMetaDraft): boolean {
	const head = editedHead(base, meta);
	return head.title !== base.title || head.description !== base.description || JSON.stringify(head.tags) !== JSON.stringify(base.tags);
}

/**
 * Whether the drafts differ from the saved questions: another count, another
 * order, or a draft that no longer holds its saved question. One pass with a
 * cheap test per draft (`unchanged` may be a cached isUnchanged), so it can
 * run on every keystroke of a large bank.
 */
export function draftsChanged(saved: readonly Question[], drafts: readonly QuestionDraft[], unchanged: (d: QuestionDraft) => boolean = isUnchanged): boolean {
	if (saved.length !== drafts.length) return true;
	return drafts.some((d, i) => d.origin !== saved[i] || !unchanged(d));
}

/** The drafts after a save: same keys (so the form stays put), the saved questions as their new origins. */
export function rebase(drafts: readonly QuestionDraft[], saved: Bank): QuestionDraft[] {
	if (saved.questions.length !== drafts.length) throw new RangeError('the saved bank does not match the drafts');
	return drafts.map((d, i) => toDraft(saved.questions[i], d.key));
}
