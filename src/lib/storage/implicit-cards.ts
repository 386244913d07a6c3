/**
 * New cards without a row (version 8), as plain data: a card never studied,
 * suspended or rescheduled is exactly `createCard(bankId, fact, order,
 * bank.addedAt)`, where `order` is where its fact is first tested in the
 * bank, so it needs no row (new-cards.ts reads them). Which rows can go is
 * card-rows.ts.
 */
import { createCard } from '../core/srs/card';
import type { Card } from '../core/srs/types';
import type { BankRow } from './rows';

export type BankDates = Pick<BankRow, 'id' | 'addedAt'>;

/** The card of a fact that has no row: New, due when its bank was added. */
export function implicitCard(bank: BankDates, fact: string, order: number): Card {
	return createCard(bank.id, fact, order, bank.addedAt);
}
