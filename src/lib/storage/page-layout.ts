/**
 * How questions are laid out in records from version 8 on: in pages of
 * PAGE_SIZE, in bank order, one record each. IndexedDB's cost is per record,
 * not per byte (5,000 objects as one record write ~20 times faster than as
 * 5,000 records), so an import of 100,000 questions writes 200 records
 * instead of 100,000. Pure: the schema's upgrade uses it without the code
 * that reads the database.
 */
import type { Question } from '../core/bank/schema';
import { cardId } from '../core/srs/card';
import type { QuestionPageRow, QuestionRow } from './rows';

/** Questions per page: a few hundred KB at most, and a one-question edit rewrites one page. */
export const PAGE_SIZE = 500;

/** The bank's questions (in bank order) as its page rows. */
export function toPages(bankId: string, questions: readonly Question[]): QuestionPageRow[] {
	const pages: QuestionPageRow[] = [];
	const seen = new Set<string>();
	for (let start = 0, page = 0; start < questions.length; start += PAGE_SIZE, page++) {
		const slice = questions.slice(start, start + PAGE_SIZE);
		const firsts: number[] = [];
		slice.forEach((q, i) => {
			if (!seen.has(q.fact)) firsts.push(i);
			seen.add(q.fact);
		});
		pages.push({ bankId, page, questions: slice, cardIds: [...new Set(slice.map((q) => cardId(bankId, q.fact)))], firsts });
	}
	return pages;
}

/** A page's questions as rows with their bank and place in it. */
export function pageRows(page: QuestionPageRow): QuestionRow[] {
	const first = page.page * PAGE_SIZE;
	return page.questions.map((q, i) => ({ ...q, bankId: page.bankId, position: first + i }));
}

/** Orders [bankId, questionId] keys as IndexedDB did version 7's question rows (both compare UTF-16 code units). */
export function byQuestionKey(a: readonly [string, string], b: readonly [string, string]): number {
	if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
	return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}
