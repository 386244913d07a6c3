/**
 * Documents as they travel: each one's body read from the rows as they are
 * now (a bank's metadata, a question, one setting, a card's flags), and the
 * revision this device last saw of it.
 */
import { Dexie } from 'dexie';
import { normalizeSettings } from '../core/settings';
import { cardId } from '../core/srs/card';
import type { DocChange } from '../core/sync/protocol';
import { bankMeta } from './bank-rows';
import { toQuestion } from './bank-read';
import type { FactdeckDB } from './db';
import { cardsById } from './card-reads';
import type { DocRef } from './outbox';
import { bankQuestionRows } from './question-pages';
import type { QuestionRow } from './rows';
import { SETTINGS_KEY } from './settings';

/** The tables `docBody` and `lastRev` read. */
export const docTables = (database: FactdeckDB) => [database.banks, database.questionPages, database.settings, database.cards, database.syncRevs];

/**
 * A bank's questions by id, read once per transaction: pages are indexed by
 * fact, not by question id, and a push of many questions of one bank reads
 * them all in one transaction.
 */
const byTransaction = new WeakMap<object, Map<string, Promise<Map<string, QuestionRow>>>>();
function questionsById(database: FactdeckDB, bankId: string): Promise<Map<string, QuestionRow>> {
	const read = async () => new Map((await bankQuestionRows(database, bankId)).map((q) => [q.id, q]));
	const tx = Dexie.currentTransaction;
	if (!tx) return read();
	const banks = byTransaction.get(tx) ?? new Map<string, Promise<Map<string, QuestionRow>>>();
	byTransaction.set(tx, banks);
	if (!banks.has(bankId)) banks.set(bankId, read());
	return banks.get(bankId)!;
}

/** The document's body as stored here now; null when it is gone (a tombstone). */
export async function docBody(database: FactdeckDB, ref: DocRef): Promise<unknown> {
	switch (ref.kind) {
		case 'bank': {
			const [row, questions] = await Promise.all([database.banks.get(ref.bankId), bankQuestionRows(database, ref.bankId)]);
			// The questions travel one by one, in no order: the bank's document says where each goes.
			return row ? { ...bankMeta(row), questionOrder: questions.map((q) => q.id) } : null;
		}
		case 'question': {
			const row = (await questionsById(database, ref.bankId)).get(ref.key);
			return row ? toQuestion(row) : null;
		}
		case 'setting': {
			const settings = { ...normalizeSettings((await database.settings.get(SETTINGS_KEY))?.value) } as Record<string, unknown>;
			return settings[ref.key] ?? null;
		}
		case 'card': {
			const [card] = await cardsById(database, [cardId(ref.bankId, ref.key)]);
			return card ? { suspended: card.suspended === 1 } : null;
		}
	}
}

/** The server revision this device last saw of the document, or null if it never saw one. */
export async function lastRev(database: FactdeckDB, ref: DocRef): Promise<number | null> {
	return (await database.syncRevs.get([ref.kind, ref.bankId, ref.key]))?.rev ?? null;
}

/** The document as pushed now. */
export async function docChange(database: FactdeckDB, ref: DocRef): Promise<DocChange> {
	const [body, baseRev] = await Promise.all([docBody(database, ref), lastRev(database, ref)]);
	return { kind: ref.kind, bankId: ref.bankId, key: ref.key, baseRev, body };
}

/** Whether two bodies hold the same JSON (bodies are plain data read from rows). */
export const sameBody = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
