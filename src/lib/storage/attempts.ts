/**
 * Finished tests. A test measures and never teaches, so an attempt is written
 * on its own: this file touches the attempts table and nothing else, and the
 * cards and review log stay exactly as they were.
 */
import type { Attempt } from '../core/quiz/attempt';
import type { TestState } from '../core/quiz/test-mode';
import { db, type FactdeckDB } from './db';
import { bankAttempts } from './bank-ranges';

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

/** Deletes every attempt on a bank, and its test left open; returns how many attempts there were. */
export async function deleteAttempts(bankId: string, database: FactdeckDB = db): Promise<number> {
	await clearOpenTest(bankId, database);
	return bankAttempts(database, bankId).delete();
}

/*
 * A test left halfway is kept apart from the attempts: an attempt is finished
 * by definition (history, backups and their checks count on finishedAt), so
 * the one open test per bank is a meta row, replaced after every answer.
 */
const openTestKey = (bankId: string) => `openTest\u0000${bankId}`;

/** Keeps the test being taken on a bank, so it can resume after a reload or a closed tab. */
export async function saveOpenTest(state: TestState, database: FactdeckDB = db): Promise<void> {
	await database.meta.put({ key: openTestKey(state.bankId), value: state });
}

/** The test left open on a bank, if any. */
export async function getOpenTest(bankId: string, database: FactdeckDB = db): Promise<TestState | undefined> {
	const value = (await database.meta.get(openTestKey(bankId)))?.value as TestState | undefined;
	return value && value.bankId === bankId && Array.isArray(value.items) ? value : undefined;
}

/** Forgets the open test on a bank (finished, or started over). */
export async function clearOpenTest(bankId: string, database: FactdeckDB = db): Promise<void> {
	await database.meta.delete(openTestKey(bankId));
}

/** Stores a finished test and forgets it as open, in one transaction. */
export async function finishAttempt(attempt: NewAttempt, database: FactdeckDB = db): Promise<string> {
	return database.transaction('rw', database.attempts, database.meta, async () => {
		await clearOpenTest(attempt.bankId, database);
		return saveAttempt(attempt, database);
	});
}
