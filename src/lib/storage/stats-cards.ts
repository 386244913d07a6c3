/**
 * What the statistics page reads after its counts (stats-counts.ts): whether
 * anything was studied, and the studied cards for the hardest questions, the
 * one full read, made after the rest is shown.
 */
import { Dexie } from 'dexie';
import { CardStateKind, type Card } from '../core/srs/types';
import { db, type FactdeckDB } from './db';
import { factQuestionRows } from './question-pages';

const MIN = Dexie.minKey;
const MAX = Dexie.maxKey;
/** Every studied card (Learning, Review or Relearning) of one bank or of all: what the hardest questions are chosen from. */
export function cardsStudied(bankId: string | undefined, database: FactdeckDB = db): Promise<Card[]> {
	const range =
		bankId === undefined
			? database.cards.where('[state+due]').between([CardStateKind.Learning, MIN], [CardStateKind.Relearning, MAX], true, true)
			: database.cards.where('[bankId+state+due]').between([bankId, CardStateKind.Learning, MIN], [bankId, CardStateKind.Relearning, MAX], true, true);
	return range.toArray();
}

/** A question to name a card by. */
export interface CardQuestion {
	questionId: string;
	prompt: string;
}

/** For each card, the question it was last shown with, or else its fact's first question, by card id. */
export async function cardQuestions(
	cards: readonly Pick<Card, 'id' | 'bankId' | 'fact' | 'lastQuestionId'>[],
	database: FactdeckDB = db
): Promise<Map<string, CardQuestion>> {
	return database.transaction('r', database.questionPages, async () => {
		const found = await Promise.all(
			cards.map(async (card) => {
				// The question last shown tests the card's fact, so it is among the fact's questions.
				const questions = await factQuestionRows(database, card.bankId, card.fact);
				return questions.find((q) => q.id === card.lastQuestionId) ?? questions[0];
			})
		);
		const byCard = new Map<string, CardQuestion>();
		found.forEach((q, i) => q && byCard.set(cards[i].id, { questionId: q.id, prompt: q.prompt }));
		return byCard;
	});
}

/** Whether any answer was ever given, in one bank or in any. */
export async function anyReview(bankId: string | undefined, database: FactdeckDB = db): Promise<boolean> {
	const range = bankId === undefined ? database.reviews.toCollection() : database.reviews.where('[bankId+reviewedAt]').between([bankId, MIN], [bankId, MAX]);
	return (await range.limit(1).primaryKeys()).length > 0;
}
