/**
 * Pulled documents merged into this device's rows: a bank's metadata and its
 * questions into the local bank (saved as any bank save is, so cards for new
 * facts are made and progress is kept by fact), settings key by key, card
 * flags. A question this device had edited concurrently, and lost by the
 * server's order, is kept in a snapshot first.
 */
import { BANK_FORMAT, BANK_VERSION, type Bank, type Question } from '../core/bank/schema';
import { contentHash } from '../core/bank/hash';
import { normalizeSettings, type Settings } from '../core/settings';
import { cardId } from '../core/srs/card';
import type { PulledDoc } from '../core/sync/protocol';
import { toBank } from './bank-rows';
import { writeBank } from './banks';
import type { FactdeckDB } from './db';
import { cardsById } from './card-reads';
import { docEntry } from './outbox';
import { bankQuestionRows } from './question-pages';
import { bankCards } from './ranges';
import { markReschedulePending } from './reschedule-flag';
import { SETTINGS_KEY } from './settings';
import { snapshotNow } from './snapshots';
import { docBody, lastRev, sameBody } from './sync-docs';

/** Whether the pulled question replaces a local version the learner edited concurrently (and lost by server order). */
async function overwritesLocalEdit(database: FactdeckDB, doc: PulledDoc): Promise<boolean> {
	const local = await docBody(database, doc);
	if (local === null || sameBody(local, doc.body)) return false;
	// The writer had not seen this device's revision, or this device's edit still waits: two edits crossed.
	return doc.baseRev !== (await lastRev(database, doc)) || (await database.outbox.get(docEntry(doc))) !== undefined;
}

/** Snapshots everything once per bank whose questions a pull replaces over a concurrent local edit; returns how many were taken. */
export async function snapshotConflicts(database: FactdeckDB, questions: readonly PulledDoc[], now: Date): Promise<number> {
	const lost = new Map<string, number>();
	for (const doc of questions) if (await overwritesLocalEdit(database, doc)) lost.set(doc.bankId, (lost.get(doc.bankId) ?? 0) + 1);
	for (const [bankId, count] of lost) {
		const title = (await database.banks.get(bankId))?.title ?? bankId;
		await snapshotNow(database, now, false, `Before sync replaced ${count} ${count === 1 ? 'question' : 'questions'} in “${title}”`);
	}
	return lost.size;
}

/** A bank document's body: the bank's metadata and the order of its questions (which travel one by one, in no order). */
export type BankBody = Omit<Bank, 'questions'> & { questionOrder?: string[] };

/** The questions in `order` (by id); any it does not name keep their place after them. */
function ordered(questions: readonly Question[], order: readonly string[] | undefined): Question[] {
	if (!order) return [...questions];
	const at = new Map(order.map((id, i) => [id, i]));
	return questions
		.map((q, i) => ({ q, i, at: at.get(q.id) ?? order.length + i }))
		.sort((a, b) => a.at - b.at)
		.map(({ q }) => q);
}

/**
 * The bank with the pulled documents applied in server order (metadata
 * replaced; questions replaced in place, added, or removed), its questions
 * then put in the order the bank's latest document gives.
 */
function mergedBank(bankId: string, local: Bank | undefined, docs: readonly PulledDoc[], order: string[] | undefined): Bank {
	let bank: Bank = local ?? { format: BANK_FORMAT, version: BANK_VERSION, id: bankId, title: bankId, questions: [] };
	for (const doc of docs) {
		if (doc.kind === 'bank') {
			const { questions: _q, questionOrder, ...meta } = doc.body as Partial<BankBody & Bank>;
			order = questionOrder;
			bank = { format: BANK_FORMAT, version: BANK_VERSION, ...meta, id: bankId, title: meta.title ?? bank.title, questions: bank.questions };
			continue;
		}
		const at = bank.questions.findIndex((q) => q.id === doc.key);
		const questions = [...bank.questions];
		if (doc.body === null) {
			if (at >= 0) questions.splice(at, 1);
		} else if (at >= 0) questions[at] = doc.body as Question;
		else questions.push(doc.body as Question);
		bank = { ...bank, questions };
	}
	return { ...bank, questions: ordered(bank.questions, order) };
}

/**
 * Merges one bank's pulled documents (its metadata and questions, no tombstone)
 * into the stored bank, creating it when new; inside a rw transaction over
 * bankTables. Returns the cards it made for facts new here.
 */
export async function mergeBank(database: FactdeckDB, bankId: string, docs: readonly PulledDoc[], now: Date): Promise<string[]> {
	const row = await database.banks.get(bankId);
	const local = row && toBank(row, await bankQuestionRows(database, bankId));
	// The order last pulled, for questions that arrive in a later page than their bank's document.
	const seen = await database.syncRevs.get(['bank', bankId, '']);
	const merged = mergedBank(bankId, local, docs, seen?.questionOrder);
	const before = new Set(await bankCards(database, bankId).primaryKeys());
	const hash = contentHash(merged);
	// Unchanged by the pull (a shipped bank the other device saved as is): left as it is, shipped or not.
	if (row && row.contentHash === hash) return [];
	await writeBank(database, merged, hash, now, false, undefined, false);
	const facts = new Set(merged.questions.map((q) => q.fact));
	return [...facts].map((fact) => cardId(bankId, fact)).filter((id) => !before.has(id));
}

/**
 * Applies pulled settings key by key (a tombstone puts a key back to its
 * default); inside a rw transaction over settings and meta. A new retention
 * or new FSRS parameters leave every card's due date to recompute (reschedule.ts).
 */
export async function mergeSettings(database: FactdeckDB, docs: readonly PulledDoc[]): Promise<void> {
	if (docs.length === 0) return;
	const before = normalizeSettings((await database.settings.get(SETTINGS_KEY))?.value);
	const current = { ...before } as Record<string, unknown>;
	for (const doc of docs) {
		if (doc.body === null) delete current[doc.key];
		else current[doc.key] = doc.body;
	}
	const after = normalizeSettings(current as Partial<Settings>);
	const rescheduled = after.retention !== before.retention || JSON.stringify(after.fsrsParams) !== JSON.stringify(before.fsrsParams);
	await Promise.all([database.settings.put({ key: SETTINGS_KEY, value: after }), rescheduled && markReschedulePending(database)]);
}

/** Applies pulled card flags to the cards on this device; returns the banks whose cards changed. */
export async function mergeCardFlags(database: FactdeckDB, docs: readonly PulledDoc[]): Promise<Set<string>> {
	const changed = new Set<string>();
	for (const doc of docs) {
		const [card] = await cardsById(database, [cardId(doc.bankId, doc.key)]);
		const suspended = (doc.body as { suspended?: boolean } | null)?.suspended === true;
		if (!card || (card.suspended === 1) === suspended) continue;
		const { suspended: _old, ...rest } = card;
		await database.cards.put(suspended ? { ...rest, suspended: 1 } : rest);
		changed.add(card.bankId);
	}
	return changed;
}
