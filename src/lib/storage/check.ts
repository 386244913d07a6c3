/**
 * Check database (a settings action): finds rows that no longer belong to a
 * bank and cards in impossible states, and with `fix` repairs them, all in one
 * transaction. Repairs only remove what nothing can reach or make a card
 * usable again, so a second run finds nothing. Bulky tables are read by key
 * only (index keys and primary keys), never row by row.
 */
import { createCard } from '../core/srs/scheduler';
import type { Card } from '../core/srs/types';
import { inspectCard, showKey, type Problem } from './check-cards';
import { db, type FactdeckDB } from './db';

export type { Problem } from './check-cards';

/** What a check found and, when asked to fix, how many of those problems it repaired. */
export interface CheckReport {
	problems: Problem[];
	repaired: number;
}

type Key = string | number | [string, string];

/** The [bankId, ...] keys of an index with each row's primary key, in one pass each. */
async function indexRows(database: FactdeckDB, table: 'questions' | 'reviews' | 'attempts' | 'results', index: string) {
	const collection = () => database.table(table).orderBy(index);
	const [keys, primaryKeys] = await Promise.all([collection().keys(), collection().primaryKeys()]);
	return keys.map((key, i) => ({ key: key as unknown, primaryKey: primaryKeys[i] as Key }));
}

/** Where each fact of each bank first appears, from question index keys alone. */
function factPositions(byFact: { key: unknown; primaryKey: Key }[], byPosition: { key: unknown; primaryKey: Key }[]) {
	const position = new Map(byPosition.map((r) => [showKey(r.primaryKey), (r.key as [string, number])[1]]));
	const facts = new Map<string, Map<string, number>>();
	for (const { key, primaryKey } of byFact) {
		const [bankId, fact] = key as [string, string];
		const at = position.get(showKey(primaryKey)) ?? 0;
		const bank = facts.get(bankId) ?? new Map<string, number>();
		facts.set(bankId, bank);
		if (!bank.has(fact) || bank.get(fact)! > at) bank.set(fact, at);
	}
	return facts;
}

/** Finds (and with `fix`, repairs) orphans and damaged cards; `now` dates the cards it creates or resets. */
export async function checkDatabase(fix: boolean, now: Date, database: FactdeckDB = db): Promise<CheckReport> {
	const { banks, questions, cards, reviews, attempts, results, media } = database;
	const tables = [banks, questions, cards, reviews, attempts, results, media];
	return database.transaction(fix ? 'rw' : 'r', tables, async () => {
		const [bankIds, questionKeys, byFact, byPosition, cardRows, reviewRows, attemptRows, resultRows, mediaKeys] = await Promise.all([
			banks.toCollection().primaryKeys(),
			questions.toCollection().primaryKeys(),
			indexRows(database, 'questions', '[bankId+fact]'),
			indexRows(database, 'questions', '[bankId+position]'),
			cards.toArray() as Promise<unknown[]> as Promise<Record<string, unknown>[]>,
			indexRows(database, 'reviews', '[bankId+reviewedAt]'),
			indexRows(database, 'attempts', '[bankId+finishedAt]'),
			indexRows(database, 'results', 'bankId'),
			media.toCollection().primaryKeys()
		]);
		const known = new Set(bankIds);
		const facts = factPositions(byFact, byPosition);
		const problems: Problem[] = [];
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
		for (const key of questionKeys) orphan('questions', key[0], key);
		for (const r of reviewRows) orphan('reviews', (r.key as unknown[])[0], r.primaryKey);
		for (const r of attemptRows) orphan('attempts', (r.key as unknown[])[0], r.primaryKey);
		for (const r of resultRows) orphan('results', r.key, r.primaryKey);
		for (const key of mediaKeys) orphan('media', key[0], key);

		const writes: Card[] = [];
		const carded = new Set<string>();
		for (const card of cardRows) {
			const bankId = card.bankId as string;
			const first = facts.get(bankId)?.get(card.fact as string);
			if (!known.has(bankId)) orphan('cards', bankId, card.id as string);
			else if (first === undefined) {
				drop.cards.push(card.id as string);
				const detail = `No question of the bank "${bankId}" tests the fact "${String(card.fact)}"; the card was deleted (its review log stays).`;
				problems.push({ kind: 'card-without-question', id: showKey(card.id), detail });
			} else {
				carded.add(JSON.stringify([bankId, card.fact]));
				const found = inspectCard(card, first, now);
				problems.push(...found.problems);
				if (found.repaired) writes.push(found.repaired);
			}
		}
		for (const [bankId, bankFacts] of facts) {
			if (!known.has(bankId)) continue;
			for (const [fact, order] of bankFacts) {
				if (carded.has(JSON.stringify([bankId, fact]))) continue;
				const card = createCard(bankId, fact, order, now);
				writes.push(card);
				problems.push({ kind: 'missing-card', id: showKey(card.id), detail: `The fact "${fact}" of the bank "${bankId}" had no card; a New one was created.` });
			}
		}

		if (!fix) return { problems, repaired: 0 };
		await Promise.all([
			questions.bulkDelete(drop.questions as [string, string][]),
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
