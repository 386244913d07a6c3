/**
 * The editor's list of question drafts: reorder, delete with undo, and the
 * facts a new question may share. Pure functions over arrays of drafts.
 */
import type { QuestionDraft } from './edit';

/** A deleted draft and where it stood, so undo can put it back. */
export interface DeletedDraft {
	draft: QuestionDraft;
	index: number;
}

/** The drafts with `key` moved by `delta` places; the same array when it cannot move. */
export function moveDraft(drafts: readonly QuestionDraft[], key: string, delta: number): readonly QuestionDraft[] {
	const from = drafts.findIndex((d) => d.key === key);
	const to = from + delta;
	if (from < 0 || to < 0 || to >= drafts.length || delta === 0) return drafts;
	const next = drafts.slice();
	const [moved] = next.splice(from, 1);
	next.splice(to, 0, moved);
	return next;
}

/** The drafts without `key`, and what undo needs; null when there is no such draft. */
export function deleteDraft(drafts: readonly QuestionDraft[], key: string): { drafts: QuestionDraft[]; deleted: DeletedDraft } | null {
	const index = drafts.findIndex((d) => d.key === key);
	if (index < 0) return null;
	return { drafts: drafts.filter((d) => d.key !== key), deleted: { draft: drafts[index], index } };
}

/** The drafts with a deleted one back in its place (or last, if the list has since shrunk). */
export function restoreDraft(drafts: readonly QuestionDraft[], { draft, index }: DeletedDraft): QuestionDraft[] {
	const next = drafts.slice();
	next.splice(Math.min(index, next.length), 0, draft);
	return next;
}

/** One entry of a question's fact menu: '' stands for a new fact of its own. */
export interface FactOption {
	value: string;
	label: string;
}

/**
 * The start of a text on one line, at most `max` characters with … when cut.
 * Reads only the start of the text, so a row of a 10 MB prompt costs what a
 * short one does.
 */
export function preview(text: string, max: number): string {
	const start = text.search(/\S/);
	if (start < 0) return '';
	const end = start + max * 4;
	const flat = text.slice(start, end).replace(/\s+/g, ' ').trimEnd();
	const cut = flat.length > max || (end < text.length && /\S/.test(text.slice(end, end + 1000)));
	return cut ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

const brief = (text: string) => preview(text, 50) || '(no text yet)';

/**
 * The most facts a new question's fact menu lists: a menu of 40,000 entries
 * is unusable and slow to draw. The fact currently chosen is always listed.
 */
export const MAX_FACT_OPTIONS = 500;

/**
 * What the question at `index` may test: a new fact of its own, or the fact of
 * any other question (named by the first question that carries it); with the
 * option that is currently chosen.
 */
export function factOptions(drafts: readonly QuestionDraft[], index: number): { options: FactOption[]; selected: string; unlisted: number } {
	const firstOther = new Map<string, number>();
	drafts.forEach((d, i) => {
		if (i !== index && !firstOther.has(d.fact)) firstOther.set(d.fact, i);
	});
	const selected = firstOther.has(drafts[index].fact) ? drafts[index].fact : '';
	const options: FactOption[] = [{ value: '', label: 'A new fact of its own' }];
	let listed = 0;
	for (const [fact, i] of firstOther) {
		if (listed >= MAX_FACT_OPTIONS && fact !== selected) continue;
		listed++;
		options.push({ value: fact, label: `Same fact as question ${i + 1}: ${brief(drafts[i].prompt)}` });
	}
	return { options, selected, unlisted: firstOther.size - listed };
}

/** How many questions one page of the editor's list shows. */
export const QUESTIONS_PER_PAGE = 50;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The indexes of the drafts whose prompt or answer contains `query`, in any
 * letter case; null when the query is blank (every draft). A regular
 * expression searches the text where it lies, so long fields are not copied.
 */
export function matchingDrafts(drafts: readonly QuestionDraft[], query: string): number[] | null {
	const wanted = query.trim();
	if (!wanted) return null;
	const pattern = new RegExp(escapeRegExp(wanted), 'iu');
	const found: number[] = [];
	drafts.forEach((d, i) => {
		if (pattern.test(d.prompt) || pattern.test(d.answer)) found.push(i);
	});
	return found;
}

/** The numbers (1-based) of the other questions that test the same fact as the one at `index`. */
export function factSharers(drafts: readonly QuestionDraft[], index: number): number[] {
	const fact = drafts[index].fact;
	return drafts.flatMap((d, i) => (i !== index && d.fact === fact ? [i + 1] : []));
}
