/**
 * The little of banks.ts that showing a card needs: a bank's stored row, and
 * a question row turned back into the question. Kept apart so the study page
 * does not load the code that writes banks.
 */
import type { Question } from '../core/bank/schema';
import { db, type FactdeckDB } from './db';
import type { BankRow, QuestionRow } from './rows';

/** The question without its storage fields: exactly what was saved. */
export function toQuestion(row: QuestionRow): Question {
	const { bankId: _bank, position: _position, ...question } = row;
	return question;
}

/** A bank's stored row (metadata and counts, no questions). */
export function getBankMeta(id: string, database: FactdeckDB = db): Promise<BankRow | undefined> {
	return database.banks.get(id);
}
