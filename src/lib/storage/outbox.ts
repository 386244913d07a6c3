/**
 * The outbox: what waits to be pushed to the sync server. Each change names
 * its entry (`review|<uid>`, `undo|<uid>`, `doc|<kind>|<bankId>|<key>`), so a
 * question edited twice waits once; a document's body is read from the rows
 * when it is pushed. These helpers run inside the transaction of the change
 * and write only while syncing is on (sync-meta.ts).
 */
import type { DocKind, ReviewChange } from '../core/sync/protocol';
import type { FactdeckDB } from './db';
import type { OutboxRow, ReviewRow } from './rows';
import { syncingOn } from './sync-meta';

/** A document's address on the server. */
export interface DocRef {
	kind: DocKind;
	bankId: string;
	key: string;
}

/** The outbox key prefixes: an answer, an answer taken back after it was pushed, a document. */
export const REVIEW_PREFIX = 'review|';
export const UNDO_PREFIX = 'undo|';
export const DOC_PREFIX = 'doc|';

/** The outbox key of a document. */
export const docEntry = (ref: DocRef): string => `${DOC_PREFIX}${ref.kind}|${ref.bankId}|${ref.key}`;

/** The tables a change that may queue must add to its transaction. */
export const outboxTables = (database: FactdeckDB) => [database.meta, database.outbox];

/** A stored review as it travels. */
export function reviewChange(row: ReviewRow): ReviewChange {
	return {
		id: row.uid!,
		bankId: row.bankId,
		// A card id is `${bankId}\0${fact}`.
		fact: row.cardId.slice(row.bankId.length + 1),
		questionId: row.questionId,
		rating: row.rating,
		reviewedAt: row.reviewedAt.getTime(),
		durationMs: row.durationMs
	};
}

/**
 * The stored reviews of these uids, in their order (undefined for one not
 * here). One index read each, all at once: faster than an anyOf cursor, which
 * steps through the index key by key.
 */
export function reviewsByUid(database: FactdeckDB, uids: readonly string[]): Promise<(ReviewRow | undefined)[]> {
	return Promise.all(uids.map((uid) => database.reviews.where('uid').equals(uid).first()));
}

// Who wants to know that something was queued: the sync status, whose count of waiting changes would
// otherwise wait for its next tick. Told once per burst, on a timer, so outside the change's transaction:
// a read of the outbox started then waits for that transaction to end, and counts the change.
const queuedListeners = new Set<() => void>();
let telling: ReturnType<typeof setTimeout> | undefined;

/** Calls `listener` shortly after changes are queued; returns the call that stops it. */
export function onQueued(listener: () => void): () => void {
	queuedListeners.add(listener);
	return () => queuedListeners.delete(listener);
}

function noteQueued(): void {
	if (queuedListeners.size === 0 || telling !== undefined) return;
	telling = setTimeout(() => {
		telling = undefined;
		for (const listener of queuedListeners) listener();
	}, 0);
}

/** Queues a saved answer. */
export async function queueReview(database: FactdeckDB, row: ReviewRow): Promise<void> {
	if (!row.uid || !(await syncingOn(database))) return;
	await database.outbox.put({ key: REVIEW_PREFIX + row.uid, bankId: row.bankId });
	noteQueued();
}

/** Queues an answer taken back: a review never pushed simply stops waiting; a pushed one is sent again as undone. */
export async function queueUndo(database: FactdeckDB, row: ReviewRow): Promise<void> {
	if (!row.uid || !(await syncingOn(database))) return;
	const waiting = REVIEW_PREFIX + row.uid;
	if (await database.outbox.get(waiting)) await database.outbox.delete(waiting);
	else await database.outbox.put(undoRow(reviewChange(row)));
	noteQueued();
}

/** The outbox row of an undone review. */
export function undoRow(change: ReviewChange): OutboxRow {
	return { key: UNDO_PREFIX + change.id, bankId: change.bankId, undo: { ...change, undone: true } };
}

/** The outbox rows of documents. */
export const docRows = (refs: readonly DocRef[]): OutboxRow[] => refs.map((doc) => ({ key: docEntry(doc), bankId: doc.bankId, doc }));

/** Queues documents (their current rows are read when pushed). */
export async function queueDocs(database: FactdeckDB, refs: readonly DocRef[]): Promise<void> {
	if (refs.length === 0 || !(await syncingOn(database))) return;
	await database.outbox.bulkPut(docRows(refs));
	noteQueued();
}

/** A bank's document and some of its questions. */
export function bankDocs(bankId: string, questionIds: readonly string[]): DocRef[] {
	return [{ kind: 'bank', bankId, key: '' }, ...questionIds.map((key): DocRef => ({ kind: 'question', bankId, key }))];
}

/** Queues a deleted bank: its waiting entries are dropped and its tombstone waits. */
export async function queueBankDeletion(database: FactdeckDB, bankId: string): Promise<void> {
	if (!(await syncingOn(database))) return;
	await dropBankEntries(database, bankId);
	await database.outbox.bulkPut(docRows(bankDocs(bankId, [])));
	noteQueued();
}

/** Drops every entry waiting for a bank. */
export function dropBankEntries(database: FactdeckDB, bankId: string) {
	return database.outbox.where('bankId').equals(bankId).delete();
}
