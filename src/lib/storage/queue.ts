/**
 * The storage half of the queue: gather the candidate cards by index range
 * reads; the pure queue in core/srs decides the order from what is gathered.
 */
import type { Question } from '../core/bank/schema';
import type { Settings } from '../core/settings';
import type { Card, QueueInput } from '../core/srs/types';
import { toQuestion } from './banks';
import { db, type FactdeckDB } from './db';
import { dueWindow, learningDue, newAllowance, newCards, reviewsDue } from './ranges';

/** One bank, or every bank ("Study all") when bankId is absent. */
export interface Scope {
	bankId?: string;
}

/** The cards a session may show at `now`: learning due, reviews due today, new cards within each bank's daily limit. */
export async function gatherQueue(scope: Scope, now: Date, settings: Settings, database: FactdeckDB = db): Promise<QueueInput> {
	const window = dueWindow(now, settings);
	const { bankId } = scope;
	return database.transaction('r', [database.banks, database.cards, database.reviews], async () => {
		const bankIds = bankId === undefined ? await database.banks.toCollection().primaryKeys() : [bankId];
		const [learning, reviews, fresh] = await Promise.all([
			Promise.all(learningDue(database, bankId, window).map((range) => range.toArray())),
			reviewsDue(database, bankId, window).toArray(),
			Promise.all(
				bankIds.map(async (id): Promise<Card[]> => {
					const allowed = await newAllowance(database, id, window, settings);
					return allowed > 0 ? newCards(database, id).limit(allowed).toArray() : [];
				})
			)
		]);
		return { now, learning: learning.flat(), reviews, fresh: fresh.flat() };
	});
}

/** The questions that share the card of `fact`, in bank order. */
export async function questionsForFact(bankId: string, fact: string, database: FactdeckDB = db): Promise<Question[]> {
	const rows = await database.questions.where('[bankId+fact]').equals([bankId, fact]).toArray();
	return rows.sort((a, b) => a.position - b.position).map(toQuestion);
}

/** One card by id. */
export function getCard(id: string, database: FactdeckDB = db): Promise<Card | undefined> {
	return database.cards.get(id);
}
