/**
 * How questions are laid out in records from version 8 on: in pages of
 * PAGE_SIZE, in bank order, one record each. IndexedDB's cost is per record,
 * not per byte (5,000 objects as one record write ~20 times faster than as
 * 5,000 records), so an import of 100,000 questions writes 200 records
 * instead of 100,000. Pages are built in page-build.ts.
 */
import type { QuestionPageRow, QuestionRow } from './rows';

/** Questions per page: a few hundred KB at most, and a one-question edit rewrites one page. */
export const PAGE_SIZE = 500;

/** A page's questions as rows with their bank and place in it. */
export function pageRows(page: QuestionPageRow): QuestionRow[] {
	const first = page.page * PAGE_SIZE;
	return page.questions.map((q, i) => ({ ...q, bankId: page.bankId, position: first + i }));
}
