/**
 * Student results imported by the teacher. A result is keyed by its bank, its
 * student and when it finished, so the same file imported twice (or sent by
 * two routes) is stored once; results of another bank or version are stored
 * too, and the class statistics flag them rather than mix them in.
 */
import type { TestResult } from '../core/quiz/results';
import { db, type FactdeckDB } from './db';
import type { ResultRow } from './rows';

/** What an import did. */
export interface ImportResultsOutcome {
	added: number;
	/** Already stored, or given twice in this import. */
	duplicates: number;
}

/** The key of a result imported on `bankId`'s page. */
export function resultKey(bankId: string, result: Pick<TestResult, 'student' | 'finishedAt'>): string {
	return [bankId, result.student, result.finishedAt].join('\u0000');
}

/** Stores the results not stored yet, all in one transaction; `now` is when they were imported. */
export async function importResults(
	bankId: string,
	results: readonly TestResult[],
	now: Date = new Date(),
	database: FactdeckDB = db
): Promise<ImportResultsOutcome> {
	const byKey = new Map<string, ResultRow>();
	for (const result of results) {
		const key = resultKey(bankId, result);
		if (!byKey.has(key)) byKey.set(key, { key, bankId, result, importedAt: now });
	}
	const keys = [...byKey.keys()];
	return database.transaction('rw', database.results, async () => {
		const stored = await database.results.bulkGet(keys);
		const fresh = keys.filter((_, i) => stored[i] === undefined).map((key) => byKey.get(key)!);
		await database.results.bulkAdd(fresh);
		return { added: fresh.length, duplicates: results.length - fresh.length };
	});
}

/** A bank's imported results, in key order (by student, then finish time). */
export function listResults(bankId: string, database: FactdeckDB = db): Promise<ResultRow[]> {
	return database.results.where('bankId').equals(bankId).toArray();
}

/** Deletes one imported result. */
export function deleteResult(key: string, database: FactdeckDB = db): Promise<void> {
	return database.results.delete(key);
}

/** Deletes every imported result of a bank; returns how many there were. */
export function clearResults(bankId: string, database: FactdeckDB = db): Promise<number> {
	return database.results.where('bankId').equals(bankId).delete();
}
