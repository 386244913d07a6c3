/**
 * The hardest cards, from the retrievability FSRS gives each now. Kept apart
 * from cards.ts because it needs the scheduler (ts-fsrs): the statistics page
 * loads it only for its last section.
 */
import { retrievability } from '../srs/scheduler';
import type { Card } from '../srs/types';

/** A card that gives the learner trouble. */
export interface HardCard {
	cardId: string;
	bankId: string;
	fact: string;
	/** The question last shown for it, when known. */
	questionId?: string;
	lapses: number;
	/** Probability of recall now, 0-1. */
	retrievability: number;
}

/**
 * The `limit` hardest cards: most lapses (times forgotten after being
 * learned) first, then lowest retrievability now. Only cards forgotten at
 * least once, or whose recall has fallen below `retention`, count as hard.
 */
export function hardestCards(cards: Iterable<Card>, now: Date, retention: number, params: readonly number[] | null, limit: number): HardCard[] {
	const hard: HardCard[] = [];
	for (const card of cards) {
		const r = retrievability(card, now, params);
		if (r === null || (card.lapses === 0 && r >= retention)) continue;
		const entry: HardCard = { cardId: card.id, bankId: card.bankId, fact: card.fact, lapses: card.lapses, retrievability: r };
		if (card.lastQuestionId !== undefined) entry.questionId = card.lastQuestionId;
		hard.push(entry);
	}
	hard.sort((a, b) => b.lapses - a.lapses || a.retrievability - b.retrievability || a.cardId.localeCompare(b.cardId));
	return hard.slice(0, limit);
}
