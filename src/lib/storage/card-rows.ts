/**
 * Which card rows say more than their fact's implicit New card
 * (implicit-cards.ts), and so must be stored: for saving a bank, undoing a
 * first answer, a restore and the version-8 upgrade. Nothing here touches the
 * database, so the schema's upgrade can use it.
 */
import type { Question } from '../core/bank/schema';
import { createCard } from '../core/srs/card';
import type { Card } from '../core/srs/types';
import { implicitCard, type BankDates } from './implicit-cards';

/** The fields a card row may hold; a row with any other is kept as it is. */
const CARD_FIELDS = new Set(Object.keys(createCard('', '', 0, new Date(0))));

/** Whether the row says nothing its fact's implicit card does not: it can go, and the card stays the same. */
export function isImplicit(card: Card, bank: BankDates): boolean {
	const plain = implicitCard(bank, card.fact, card.order);
	return (
		card.bankId === bank.id &&
		card.id === plain.id &&
		Object.keys(card).every((key) => CARD_FIELDS.has(key)) &&
		card.due instanceof Date &&
		card.due.getTime() === plain.due.getTime() &&
		[...CARD_FIELDS].every((key) => key === 'due' || (card as unknown as Record<string, unknown>)[key] === (plain as unknown as Record<string, unknown>)[key])
	);
}

/** Where each fact is first tested: its card's introduction order. */
export function factOrders(questions: readonly Pick<Question, 'fact'>[]): Map<string, number> {
	const orders = new Map<string, number>();
	questions.forEach((q, i) => {
		if (!orders.has(q.fact)) orders.set(q.fact, i);
	});
	return orders;
}

/**
 * The cards to store as rows: all but those that are exactly their fact's
 * implicit card in `bank` (questions in bank order). For a restore and the
 * version-8 upgrade.
 */
export function cardRows<C extends Card>(cards: readonly C[], bank: BankDates | undefined, questions: readonly Pick<Question, 'fact'>[]): C[] {
	if (!bank) return [...cards];
	const orders = factOrders(questions);
	return cards.filter((c) => !(orders.get(c.fact) === c.order && isImplicit(c, bank)));
}
