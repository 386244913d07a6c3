/**
 * Reading and writing a bank's question pages (page-layout.ts says why and
 * how questions are paged). Each page lists the card ids of the facts it
 * holds (a multi-entry index), so the questions of one card are one index
 * read away.
 */
import { Dexie } from 'dexie';
import type { Question } from '../core/bank/schema';
import { cardId } from '../core/srs/card';
import type { FactdeckDB } from './db';
import { pageRows, toPages } from './page-layout';
import type { QuestionPageRow, QuestionRow } from './rows';

/** Every page of a bank, in bank order. */
export function bankPages(database: FactdeckDB, bankId: string) {
	return database.questionPages.where('[bankId+page]').between([bankId, Dexie.minKey], [bankId, Dexie.maxKey], true, true);
}

/** Every question of a bank as rows, in bank order. */
export async function bankQuestionRows(database: FactdeckDB, bankId: string): Promise<QuestionRow[]> {
	return (await bankPages(database, bankId).toArray()).flatMap(pageRows);
}

/** Every stored question as rows, by bank then position (the pages' key order). */
export async function allQuestionRows(database: FactdeckDB): Promise<QuestionRow[]> {
	return (await database.questionPages.toArray()).flatMap(pageRows);
}

/** The questions of one fact, in bank order, from the pages that hold it. */
export async function factQuestionRows(database: FactdeckDB, bankId: string, fact: string): Promise<QuestionRow[]> {
	const pages = await database.questionPages.where('cardIds').equals(cardId(bankId, fact)).toArray();
	return pages
		.sort((a, b) => a.page - b.page)
		.flatMap(pageRows)
		.filter((q) => q.bankId === bankId && q.fact === fact);
}

/**
 * Makes the bank's stored pages those of `questions`: pages whose content
 * changed are put, pages past the new end deleted, the others left alone.
 * Runs inside a rw transaction over questionPages. Throws, writing nothing
 * more, when two questions share an id (each must name one question).
 */
export async function writePages(
	database: FactdeckDB,
	bankId: string,
	questions: readonly Question[],
	stored: readonly QuestionPageRow[],
	onRows?: (count: number) => void
): Promise<void> {
	const ids = new Set<string>();
	for (const q of questions) {
		if (ids.has(q.id)) throw new Dexie.ConstraintError(`Two questions of the bank "${bankId}" have the id "${q.id}".`);
		ids.add(q.id);
	}
	const pages = toPages(bankId, questions);
	const before = new Map(stored.map((p) => [p.page, JSON.stringify(p)]));
	// Both sides are plain rows built by toPages, so their JSON differs exactly when a question or its place does.
	const changed = pages.filter((p) => before.get(p.page) !== JSON.stringify(p));
	const gone = stored.filter((p) => p.page >= pages.length).map((p): [string, number] => [bankId, p.page]);
	// An empty list is skipped: awaiting no request at all could let the transaction commit early.
	if (gone.length) await database.questionPages.bulkDelete(gone);
	for (let i = 0; i < changed.length; i += 4) {
		const chunk = changed.slice(i, i + 4);
		await database.questionPages.bulkPut(chunk);
		onRows?.(chunk.reduce((n, p) => n + p.questions.length, 0));
	}
	const unchanged = questions.length - changed.reduce((n, p) => n + p.questions.length, 0);
	if (unchanged > 0) onRows?.(unchanged);
}
