/**
 * Writing a bank's questions as pages (page-layout.ts): only the pages whose
 * questions changed, so that saving one edit of a large bank rewrites one.
 */
import { Dexie } from 'dexie';
import type { Question } from '../core/bank/schema';
import type { FactdeckDB } from './db';
import { toPages } from './page-build';
import type { QuestionPageRow } from './rows';

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
