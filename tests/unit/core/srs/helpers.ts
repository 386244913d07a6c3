import { createCard } from '$lib/core/srs/scheduler';
import { CardStateKind, type Card } from '$lib/core/srs/types';

/** A fixed moment for tests: 1 March 2024, noon UTC. */
export const T0 = new Date('2024-03-01T12:00:00Z');

export const minutes = (n: number) => n * 60_000;
export const days = (n: number) => n * 86_400_000;
export const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** A card in a given state, due at a given time, with plausible FSRS numbers. */
export function cardAt(fact: string, state: CardStateKind, due: Date, extra: Partial<Card> = {}): Card {
	const base = createCard('bank', fact, 0, T0);
	const studied = state !== CardStateKind.New;
	return {
		...base,
		state,
		due,
		stability: studied ? 10 : 0,
		difficulty: studied ? 5 : 0,
		reps: studied ? 3 : 0,
		last_review: studied ? at(due, -days(1)) : undefined,
		...extra
	};
}
