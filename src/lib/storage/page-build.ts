/**
 * A bank's questions as its page rows (page-layout.ts says how questions are
 * paged). Pure, so that the schema's upgrade can use it as well as a bank
 * write and a restore.
 */
import type { Question } from '../core/bank/schema';
import { cardId } from '../core/srs/card';
import { PAGE_SIZE } from './page-layout';
import type { QuestionPageRow } from './rows';

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
