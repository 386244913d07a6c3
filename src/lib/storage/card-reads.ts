/**
 * Reading cards whatever their storage: a card row, or the New card of a
 * fact that has none (implicit-cards.ts), so that answering, undo, the card
 * browser, backups, Check database and sync see every card as one.
 */
import { bankOfCard, cardId } from '../core/srs/card';
import type { Card } from '../core/srs/types';
import { db, type FactdeckDB } from './db';
import { implicitCard } from './implicit-cards';
import { PAGE_SIZE } from './page-layout';
import { bankPages, factQuestionRows } from './question-pages';
import type { QuestionPageRow } from './rows';

/** Where each fact of the pages is first tested. */
function firstOrders(pages: readonly QuestionPageRow[]): Map<string, number> {
	const orders = new Map<string, number>();
	for (const page of pages) for (const i of page.firsts) orders.set(page.questions[i].fact, page.page * PAGE_SIZE + i);
	return orders;
}

/** Beyond this many cards of one bank without a row, its pages are read whole rather than fact by fact. */
const FACT_READS = 16;

/**
 * Cards by id: each one's row, or the implicit card of its fact; undefined
 * where the bank or the fact is gone. Inside a transaction over banks,
 * questionPages and cards.
 */
export async function cardsById(database: FactdeckDB, ids: readonly string[]): Promise<(Card | undefined)[]> {
	const rows = await database.cards.bulkGet([...ids]);
	const missing = new Map<string, number[]>();
	rows.forEach((row, i) => {
		if (row) return;
		const bankId = bankOfCard(ids[i]);
		const list = missing.get(bankId);
		if (list) list.push(i);
		else missing.set(bankId, [i]);
	});
	await Promise.all(
		[...missing].map(async ([bankId, at]) => {
			const bank = await database.banks.get(bankId);
			if (!bank) return;
			const facts = at.map((i) => ids[i].slice(bankId.length + 1));
			const orders =
				at.length > FACT_READS
					? firstOrders(await bankPages(database, bankId).toArray())
					: new Map(
							(await Promise.all(facts.map((f) => factQuestionRows(database, bankId, f)))).flatMap((qs, j) => (qs.length ? [[facts[j], qs[0].position]] : []))
						);
			at.forEach((i, j) => {
				const order = orders.get(facts[j]);
				if (order !== undefined) rows[i] = implicitCard(bank, facts[j], order);
			});
		})
	);
	return rows;
}

/** Every card of every bank, rows and implicit ones, in id order (as version 7 stored them); rows of a bank that is gone too. */
export async function everyCard(database: FactdeckDB): Promise<Card[]> {
	const [banks, pages, rows] = await Promise.all([database.banks.toArray(), database.questionPages.toArray(), database.cards.toArray()]);
	const stored = new Set(rows.map((c) => c.id));
	const byBank = new Map<string, QuestionPageRow[]>();
	for (const page of pages) {
		const list = byBank.get(page.bankId);
		if (list) list.push(page);
		else byBank.set(page.bankId, [page]);
	}
	const cards = [...rows];
	for (const bank of banks) {
		for (const [fact, order] of firstOrders(byBank.get(bank.id) ?? [])) if (!stored.has(cardId(bank.id, fact))) cards.push(implicitCard(bank, fact, order));
	}
	return cards.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One card by id: its row, or the New card of its fact that has none yet. */
export async function getCard(id: string, database: FactdeckDB = db): Promise<Card | undefined> {
	return database.transaction('r', [database.banks, database.questionPages, database.cards], async () => (await cardsById(database, [id]))[0]);
}
