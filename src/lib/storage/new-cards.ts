/**
 * Reading New cards without a row (version 8; implicit-cards.ts says what
 * they are). An import writes no card at all; a card row is made when
 * something first gives the card a state of its own (an answer, a suspend).
 * The bank's question pages say which facts there are (`firsts`), the card
 * rows which of them have a row, and the bank's counts row (`next`) from
 * where on to look for the first New card without one.
 */
import { Dexie } from 'dexie';
import { bankOfCard, cardId } from '../core/srs/card';
import { CardStateKind, type Card } from '../core/srs/types';
import type { FactdeckDB } from './db';
import { implicitCard } from './implicit-cards';
import { PAGE_SIZE } from './page-layout';
import { bankPages, factQuestionRows } from './question-pages';
import type { BankCountsRow, FactAt, QuestionPageRow } from './rows';

/** The orders of the bank's card rows (any state) from `lo` to `hi`, by index keys alone. */
function rowOrders(database: FactdeckDB, bankId: string, lo: number, hi: number): Promise<Set<number>> {
	const states = [CardStateKind.New, CardStateKind.Learning, CardStateKind.Review, CardStateKind.Relearning];
	const reads = states.map((s) => database.cards.where('[bankId+state+order]').between([bankId, s, lo], [bankId, s, hi], true, true).keys());
	return Dexie.Promise.all(reads).then((keys) => new Set(keys.flat().map((key) => (key as unknown as [string, number, number])[2])));
}

/**
 * The bank's facts whose New card has no row, in introduction order, from
 * order `from` on, at most `limit`: per page looked at, the page and the key
 * reads of its card rows, issued together. Inside a transaction over
 * questionPages and cards. Chained with Dexie's promises, not `await`: a
 * loop of native awaits this deep inside a caller's transaction let it
 * commit between two reads.
 */
export function implicitFacts(database: FactdeckDB, bankId: string, from: number, limit: number): Promise<FactAt[]> {
	const found: FactAt[] = [];
	const fromPage = (p: number): Promise<FactAt[]> => {
		const start = p * PAGE_SIZE;
		const lo = Math.max(from, start);
		return Dexie.Promise.all([database.questionPages.get([bankId, p]), rowOrders(database, bankId, lo, start + PAGE_SIZE - 1)]).then(([page, rows]) => {
			if (!page) return found;
			for (const i of page.firsts) {
				const order = start + i;
				if (order < lo || rows.has(order)) continue;
				found.push({ fact: page.questions[i].fact, order });
				if (found.length === limit) return found;
			}
			return fromPage(p + 1);
		});
	};
	return limit > 0 ? fromPage(Math.floor(Math.max(0, from) / PAGE_SIZE)) : Dexie.Promise.resolve(found);
}

/**
 * The bank's first `limit` facts whose New card has no row: those its counts
 * keep ahead when they keep enough and none of them has a row meanwhile (a
 * write that slipped past the counts), else read from the question pages
 * from `next` on. Inside a transaction over questionPages and cards.
 */
export function firstImplicitFacts(database: FactdeckDB, bankId: string, counts: BankCountsRow | undefined, limit: number): Promise<FactAt[]> {
	const fromPages = () => implicitFacts(database, bankId, counts?.next ?? 0, limit);
	const kept = counts?.ahead && counts.ahead.length >= limit ? counts.ahead.slice(0, limit) : undefined;
	if (!kept) return fromPages();
	const ids = kept.map(({ fact }) => cardId(bankId, fact));
	return database.cards
		.where('id')
		.anyOf(ids)
		.primaryKeys()
		.then((rows) => (rows.length === 0 ? kept : fromPages()));
}

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
