/**
 * Finished tests. A test measures and never teaches, so an attempt is written
 * on its own: this file touches the attempts table and nothing else, and the
 * cards and review log stay exactly as they were.
 */
import type { Attempt } from '../core/quiz/attempt';
import { db, type FactdeckDB } from './db';
import { bankAttempts } from './ranges';

/** An attempt as the test page hands it over; the id is derived when absent. */
export type NewAttempt = Omit<Attempt, 'id'> & { id?: string };

/** The id of a test: its bank and the moment it started, which no second test of that bank shares. */
export function attemptId(bankId: string, startedAt: Date): string {
	return `${bankId}\u0000${startedAt.getTime()}`;
}

/** Stores a finished test (saving the same test again replaces it); returns its id. */
export async function saveAttempt(attempt: NewAttempt, database: FactdeckDB = db): Promise<string> {
	// Exactly the Attempt fields: a stray property from the page never reaches IndexedDB.
	const row: Attempt = {
		id: attempt.id ?? attemptId(attempt.bankId, attempt.startedAt),
		bankId: attempt.bankId,
		bankHash: attempt.bankHash,
		startedAt: attempt.startedAt,
		finishedAt: attempt.finishedAt,
		score: { correct: attempt.score.correct, total: attempt.score.total },
		durationMs: attempt.durationMs,
		state: attempt.state
	};
	if (attempt.student !== undefined) row.student = attempt.student;
	return database.attempts.put(row);
}

/** A bank's attempts, newest first. */
export function listAttempts(bankId: string, database: FactdeckDB = db): Promise<Attempt[]> {
	return bankAttempts(database, bankId).reverse().toArray();
}

/** One attempt by id, to show its review screen again. */
export function getAttempt(id: string, database: FactdeckDB = db): Promise<Attempt | undefined> {
	return database.attempts.get(id);
}

/** Deletes every attempt on a bank; returns how many there were. */
export function deleteAttempts(bankId: string, database: FactdeckDB = db): Promise<number> {
	return bankAttempts(database, bankId).delete();
}
