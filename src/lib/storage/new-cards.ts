/**
 * Reading New cards without a row (version 8; implicit-cards.ts says what
 * they are). An import writes no card at all; a card row is made when
 * something first gives the card a state of its own (an answer, a suspend).
 * The bank's question pages say which facts there are (`firsts`), the card
 * rows which of them have a row, and the bank's counts row (`next`) from
 * where on to look. Counting a bank (counting.ts) finds the first few this
 * way and keeps them in its counts row (`ahead`), which is all the queue's
 * head reads; card-reads.ts reads such cards by id.
 */
import { Dexie } from 'dexie';
import { CardStateKind } from '../core/srs/types';
import type { FactdeckDB } from './db';
import { PAGE_SIZE } from './page-layout';
import type { FactAt } from './rows';

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
