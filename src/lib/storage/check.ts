/**
 * Check database (a settings action): finds rows that no longer belong to a
 * bank and cards in impossible states, and with `fix` repairs them, all in one
 * transaction. Repairs only remove what nothing can reach or make a card
 * usable again, so a second run finds nothing. Bulky tables are read by key
 * only (index keys and primary keys), never row by row.
 */
import type { Card } from '../core/srs/types';
import { inspectCard, showKey, type Problem } from './check-cards';
import { db, type FactdeckDB } from './db';
import { pageRows } from './page-layout';
import type { QuestionPageRow } from './rows';

export type { Problem } from './check-cards';

/** What a check found and, when asked to fix, how many of those problems it repaired. */
export interface CheckReport {
	problems: Problem[];
	repaired: number;
}

type Key = string | number | [string, string];

/** The [bankId, ...] keys of an index with each row's primary key, in one pass each. */
async function indexRows(database: FactdeckDB, table: 'reviews' | 'attempts' | 'results', index: string) {
	const collection = () => database.table(table).orderBy(index);
	const [keys, primaryKeys] = await Promise.all([collection().keys(), collection().primaryKeys()]);
	return keys.map((key, i) => ({ key: key as unknown, primaryKey: primaryKeys[i] as Key }));
}

/** Where each fact of each bank first appears, from the question pages. */
function factPositions(pages: readonly QuestionPageRow[]) {
	const facts = new Map<string, Map<string, number>>();
	for (const page of pages) {
		const bank = facts.get(page.bankId) ?? new Map<string, number>();
		facts.set(page.bankId, bank);
		for (const q of pageRows(page)) if (!bank.has(q.fact)) bank.set(q.fact, q.position);
	}
	return facts;
}

/** Finds (and with `fix`, repairs) orphans and damaged cards; `now` dates the cards it creates or resets. */
export async function checkDatabase(fix: boolean, now: Date, database: FactdeckDB = db): Promise<CheckReport> {
	const { banks, questionPages, cards, reviews, attempts, results, media } = database;
	const tables = [banks, questionPages, cards, reviews, attempts, results, media];
	return database.transaction(fix ? 'rw' : 'r', tables, async () => {
		const [bankIds, pages, cardRows, reviewRows, attemptRows, resultRows, mediaKeys] = await Promise.all([
			banks.toCollection().primaryKeys(),
			questionPages.toArray(),
			cards.toArray() as Promise<unknown[]> as Promise<Record<string, unknown>[]>,
			indexRows(database, 'reviews', '[bankId+reviewedAt]'),
			indexRows(database, 'attempts', '[bankId+finishedAt]'),
			indexRows(database, 'results', 'bankId'),
			media.toCollection().primaryKeys()
		]);
		const known = new Set(bankIds);
		const facts = factPositions(pages);
		const problems: Problem[] = [];
		const orphanPages: [string, number][] = [];
		const drop = { questions: [] as Key[], cards: [] as Key[], reviews: [] as Key[], attempts: [] as Key[], results: [] as Key[], media: [] as Key[] };
		const orphan = (kind: keyof typeof drop, bankId: unknown, key: Key) => {
			if (known.has(bankId as string)) return;
			drop[kind].push(key);
			const what = kind === 'media' ? 'media file' : kind.replace(/s$/, '');
			problems.push({
				kind: `orphan-${what.replace(' ', '-')}`,
				id: showKey(key),
				detail: `A ${what} of the bank "${String(bankId)}", which is gone; it was deleted.`
			});
		};
		// A page of a bank that is gone goes whole; each of its questions is reported, as before pages.
		for (const page of pages) {
			if (known.has(page.bankId)) continue;
			orphanPages.push([page.bankId, page.page]);
			for (const q of page.questions) orphan('questions', page.bankId, [page.bankId, q.id]);
		}
		for (const r of reviewRows) orphan('reviews', (r.key as unknown[])[0], r.primaryKey);
		for (const r of attemptRows) orphan('attempts', (r.key as unknown[])[0], r.primaryKey);
		for (const r of resultRows) orphan('results', r.key, r.primaryKey);
		for (const key of mediaKeys) orphan('media', key[0], key);

		// A fact without a card row has its New card all the same (new-cards.ts): only rows are inspected.
		const writes: Card[] = [];
		for (const card of cardRows) {
			const bankId = card.bankId as string;
			const first = facts.get(bankId)?.get(card.fact as string);
			if (!known.has(bankId)) orphan('cards', bankId, card.id as string);
			else if (first === undefined) {
				drop.cards.push(card.id as string);
				const detail = `No question of the bank "${bankId}" tests the fact "${String(card.fact)}"; the card was deleted (its review log stays).`;
				problems.push({ kind: 'card-without-question', id: showKey(card.id), detail });
			} else {
				const found = inspectCard(card, first, now);
				problems.push(...found.problems);
				if (found.repaired) writes.push(found.repaired);
			}
		}

		if (!fix) return { problems, repaired: 0 };
		await Promise.all([
			questionPages.bulkDelete(orphanPages),
			cards.bulkDelete(drop.cards as string[]),
			reviews.bulkDelete(drop.reviews as number[]),
			attempts.bulkDelete(drop.attempts as string[]),
			results.bulkDelete(drop.results as string[]),
			media.bulkDelete(drop.media as [string, string][])
		]);
		await cards.bulkPut(writes);
		return { problems, repaired: problems.length };
	});
}
