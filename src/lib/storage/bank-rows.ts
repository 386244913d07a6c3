/**
 * A bank turned into its stored rows and back. Apart from banks.ts so that
 * backup.ts can use them without importing the code that writes banks (which
 * itself loads snapshots, and so backup, on demand).
 */
import type { Bank } from '../core/bank/schema';
import { toQuestion } from './bank-read';
import type { BankRow, QuestionRow } from './rows';

/** The bank's stored row: its metadata, hash, counts and library facts. */
export function toBankRow(bank: Bank, info: { hash: string; shipped: boolean; addedAt: Date; updatedAt: Date }): BankRow {
	const { questions, ...meta } = bank;
	const facts = new Set(questions.map((q) => q.fact));
	const { hash, ...library } = info;
	return { ...meta, contentHash: hash, questionCount: questions.length, factCount: facts.size, ...library };
}

/** The bank's questions as stored rows, in bank order. */
export function toQuestionRows(bank: Bank): QuestionRow[] {
	return bank.questions.map((q, position) => ({ ...q, bankId: bank.id, position }));
}

/** The bank's metadata as saved (everything but its questions), from its row. */
export function bankMeta(row: BankRow): Omit<Bank, 'questions'> {
	const { contentHash: _h, questionCount: _q, factCount: _f, shipped: _s, addedAt: _a, updatedAt: _u, ...meta } = row;
	return meta;
}

/** The bank as saved, from its row and its question rows in position order. */
export function toBank(row: BankRow, questions: readonly QuestionRow[]): Bank {
	return { ...bankMeta(row), questions: questions.map(toQuestion) };
}
