/**
 * What the cards say now: how many are in each state, which are the hardest,
 * and how much of a bank is known.
 */
import { retrievability } from '../srs/scheduler';
import { CardStateKind, type Card } from '../srs/types';

/** Cards by state; a suspended card counts as suspended only, whatever its state. */
export interface CardStates {
	new: number;
	learning: number;
	review: number;
	relearning: number;
	suspended: number;
}

/** The states in the order a learner meets them, with their names. */
export const STATE_NAMES: readonly [keyof CardStates, string][] = [
	['new', 'New'],
	['learning', 'Learning'],
	['review', 'Review'],
	['relearning', 'Relearning'],
	['suspended', 'Suspended']
];

/**
 * Cards by state from index counts: `all[s]` cards in state s (suspended ones
 * included), `suspended[s]` the suspended ones among them.
 */
export function cardStates(all: readonly number[], suspended: readonly number[]): CardStates {
	const active = (state: CardStateKind) => (all[state] ?? 0) - (suspended[state] ?? 0);
	return {
		new: active(CardStateKind.New),
		learning: active(CardStateKind.Learning),
		review: active(CardStateKind.Review),
		relearning: active(CardStateKind.Relearning),
		suspended: suspended.reduce((a, b) => a + b, 0)
	};
}

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

/** How much of a bank is known. */
export interface BankKnown {
	bankId: string;
	title: string;
	cards: number;
	/** Review cards not yet due: see knownShare. */
	known: number;
	share: number;
}

/**
 * The share of a bank's cards that are known. A card counts as known when it
 * is in Review state and not yet due: FSRS sets each due date to the moment
 * recall is expected to fall to the desired retention, so until then the
 * learner recalls it at least that well. Counting it needs only an index
 * range per bank, where computing each card's retrievability reads them all.
 */
export function knownShare(known: number, cards: number): number {
	return cards > 0 ? Math.min(1, known / cards) : 0;
}
