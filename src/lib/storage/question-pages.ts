/**
 * Reading and writing a bank's question pages (page-layout.ts says why and
 * how questions are paged). Each page lists the card ids of the facts it
 * holds (a multi-entry index), so the questions of one card are one index
 * read away.
 */
import { Dexie } from 'dexie';
import { cardId } from '../core/srs/card';
import type { FactdeckDB } from './db';
import { pageRows } from './page-layout';
import type { QuestionRow } from './rows';

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
