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
export function deleteDraft(
	drafts: readonly QuestionDraft[],
	key: string
): { drafts: QuestionDraft[]; deleted: DeletedDraft } | null {
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

const brief = (text: string, max = 50) => {
	const flat = text.trim().replace(/\s+/g, ' ');
	if (!flat) return '(no text yet)';
	return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
};

/**
 * What the question at `index` may test: a new fact of its own, or the fact of
 * any other question (named by the first question that carries it); with the
 * option that is currently chosen.
 */
export function factOptions(drafts: readonly QuestionDraft[], index: number): { options: FactOption[]; selected: string } {
	const firstOther = new Map<string, number>();
	drafts.forEach((d, i) => {
		if (i !== index && !firstOther.has(d.fact)) firstOther.set(d.fact, i);
	});
	const options: FactOption[] = [{ value: '', label: 'A new fact of its own' }];
	for (const [fact, i] of firstOther) {
		options.push({ value: fact, label: `Same fact as question ${i + 1}: ${brief(drafts[i].prompt)}` });
	}
	return { options, selected: firstOther.has(drafts[index].fact) ? drafts[index].fact : '' };
}

/** The numbers (1-based) of the other questions that test the same fact as the one at `index`. */
export function factSharers(drafts: readonly QuestionDraft[], index: number): number[] {
	const fact = drafts[index].fact;
	return drafts.flatMap((d, i) => (i !== index && d.fact === fact ? [i + 1] : []));
}
