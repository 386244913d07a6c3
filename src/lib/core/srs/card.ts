/**
 * Cards as plain data: their ids, a copy of their schedule, a card never
 * studied. Nothing here needs the FSRS library, so the code that stores or
 * shows cards loads without it (ts-fsrs is fetched only once a card is
 * answered); scheduler.ts, the one importer of ts-fsrs, re-exports these.
 */
import { CardStateKind, type Card, type Schedule } from './types';

const copyDate = (d: Date): Date => new Date(d.getTime());

/** The id of the one card per fact in a bank. */
export function cardId(bankId: string, fact: string): string {
	return `${bankId}\u0000${fact}`;
}

/** The bank a card id belongs to (see cardId). */
export function bankOfCard(id: string): string {
	return id.slice(0, id.indexOf('\u0000'));
}

/** The schedule fields of any card-like value, copied (Dates included), nothing else. */
export function toSchedule(card: Schedule): Schedule {
	const schedule: Schedule = {
		due: copyDate(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state
	};
	// Absent rather than undefined, so stored records and deep equality agree.
	if (card.last_review) schedule.last_review = copyDate(card.last_review);
	return schedule;
}

/**
 * The schedule of a card never studied, due at `now`: field for field what
 * ts-fsrs's createEmptyCard gives (a unit test holds the two together).
 */
export function newSchedule(now: Date): Schedule {
	return {
		due: copyDate(now),
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 0,
		lapses: 0,
		state: CardStateKind.New
	};
}

/** A new card for a fact; `order` decides when it is introduced. */
export function createCard(bankId: string, fact: string, order: number, now: Date): Card {
	return { id: cardId(bankId, fact), bankId, fact, order, ...newSchedule(now) };
}
