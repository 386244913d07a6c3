/** What the cards say now: how many are in each state, and how much of a bank is known. */
import { CardStateKind } from '../srs/types';

/** Cards by state; a suspended card counts as suspended only, whatever its state. */
export interface CardStates {
	new: number;
	learning: number;
	review: number;
	relearning: number;
	suspended: number;
}

/** The states in the order a learner meets them, with their names. */
export const STATE_NAMES: readonly { key: keyof CardStates; name: string }[] = [
	{ key: 'new', name: 'New' },
	{ key: 'learning', name: 'Learning' },
	{ key: 'review', name: 'Review' },
	{ key: 'relearning', name: 'Relearning' },
	{ key: 'suspended', name: 'Suspended' }
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
