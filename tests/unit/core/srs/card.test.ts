import { createEmptyCard } from 'ts-fsrs';
import { bankOfCard, cardId, createCard, newSchedule, toSchedule } from '$lib/core/srs/card';
import { T0 } from './helpers';

describe('card', () => {
	it('builds a never-studied schedule exactly as ts-fsrs does, without loading it', () => {
		const fromFsrs = toSchedule({ ...createEmptyCard(T0), state: 0, last_review: undefined });
		expect(newSchedule(T0)).toStrictEqual(fromFsrs);
		expect(newSchedule(T0).due).not.toBe(T0);
	});

	it('makes a New card whose id names its bank and fact', () => {
		const card = createCard('korea', 'summit', 4, T0);
		expect(card).toStrictEqual({ id: cardId('korea', 'summit'), bankId: 'korea', fact: 'summit', order: 4, ...newSchedule(T0) });
		expect(bankOfCard(card.id)).toBe('korea');
		expect(bankOfCard(cardId('a-b', 'x\u0000y'))).toBe('a-b');
	});
});
