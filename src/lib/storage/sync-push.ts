/**
 * Pushing: the next batch of what waits in the outbox, built from the rows as
 * they are now, and what to do once the server answered.
 */
import * as v from 'valibot';
import {
	DocChangeSchema,
	MAX_BODY_BYTES,
	MAX_PUSH_DOCS,
	MAX_PUSH_REVIEWS,
	ReviewChangeSchema,
	type DocChange,
	type PushResponse,
	type ReviewChange
} from '../core/sync/protocol';
import { db, type FactdeckDB } from './db';
import type { OutboxRow } from './rows';
import { DOC_PREFIX, docEntry, REVIEW_PREFIX, reviewChange, reviewsByUid, UNDO_PREFIX, undoRow } from './outbox';
import { docChange, docBody, docTables, sameBody } from './sync-docs';
import { readSyncMeta, syncingOn } from './sync-meta';

/** The changes of one push, and the outbox entries they came from. */
export interface PushBatch {
	reviews: ReviewChange[];
	docs: DocChange[];
	/** The outbox keys this batch covers (a change that cannot travel is among them, to be dropped). */
	entries: string[];
}

/** What a push reads. */
const pushTables = (database: FactdeckDB) => [database.outbox, database.reviews, database.meta, ...docTables(database)];

/** How many entries wait to be pushed. */
export function outboxSize(database: FactdeckDB = db): Promise<number> {
	return database.outbox.count();
}

/** The first `limit` entries waiting under `prefix` (none for a limit of 0, which Dexie would not honour). */
const waiting = (database: FactdeckDB, prefix: string, limit: number): Promise<OutboxRow[]> =>
	limit > 0 ? database.outbox.where('key').startsWith(prefix).limit(limit).toArray() : Promise.resolve([]);

/** The documents, from the first, that fit in a request body beside `used` bytes of reviews (always one, so a push never stalls). */
function withinBody(docs: DocChange[], used: number): DocChange[] {
	// JSON length counts characters; a margin covers the bytes of non-ASCII text.
	let room = MAX_BODY_BYTES / 2 - used;
	const fits = docs.findIndex((doc) => (room -= JSON.stringify(doc).length) < 0);
	return fits < 0 ? docs : docs.slice(0, Math.max(1, fits));
}

/** The next batch waiting (at most MAX_PUSH_REVIEWS reviews, MAX_PUSH_DOCS docs, built from the rows as they are now), or null when nothing waits. */
export async function nextPush(database: FactdeckDB = db): Promise<PushBatch | null> {
	return database.transaction('r', pushTables(database), async () => {
		// Undos first: they are few, and each takes back a review other devices may be replaying.
		const undos = await waiting(database, UNDO_PREFIX, MAX_PUSH_REVIEWS);
		// On a first sign-in, documents wait until the account's have been pulled: they would overwrite them.
		const merging = (await readSyncMeta(database))?.merging === true;
		const [answers, docRows] = await Promise.all([
			waiting(database, REVIEW_PREFIX, MAX_PUSH_REVIEWS - undos.length),
			waiting(database, DOC_PREFIX, merging ? 0 : MAX_PUSH_DOCS)
		]);
		const uids = answers.map((row) => row.key.slice(REVIEW_PREFIX.length));
		const [rows, docs] = await Promise.all([reviewsByUid(database, uids), Promise.all(docRows.map((row) => docChange(database, row.doc!)))]);
		const stored = rows.filter((row) => row !== undefined).map(reviewChange);
		const reviews = [...undos.map((row) => row.undo!), ...stored].filter((r) => v.is(ReviewChangeSchema, r));
		const sent = withinBody(docs, JSON.stringify(reviews).length);
		const entries = [...undos, ...answers, ...docRows.slice(0, sent.length)].map((row) => row.key);
		// A change the server would refuse (a broken clock's date, a body that no longer fits) would block
		// every push after it: it is left out, and its entry dropped with the batch.
		return entries.length ? { reviews, docs: sent.filter((d) => v.is(DocChangeSchema, d)), entries } : null;
	});
}

/** After the server answered: removes the batch's entries (unless changed again since it was read) and records the new revisions. */
export async function confirmPush(batch: PushBatch, response: PushResponse, database: FactdeckDB = db): Promise<void> {
	await database.transaction('rw', pushTables(database), async () => {
		// Signed out meanwhile: the outbox and the revisions were cleared on purpose.
		if (!(await syncingOn(database))) return;
		const revs = response.docs.filter((r) => r.rev !== undefined).map((r) => ({ kind: r.kind, bankId: r.bankId, key: r.key, rev: r.rev! }));
		// Edited again while the push was on its way: it waits, to go with the revision just recorded.
		const now = await Promise.all(batch.docs.map((doc) => docBody(database, doc)));
		const keep = new Set(batch.docs.filter((doc, i) => !sameBody(now[i], doc.body)).map(docEntry));
		const answered = batch.reviews.filter((r) => !r.undone);
		const still = await reviewsByUid(
			database,
			answered.map((r) => r.id)
		);
		// Undone while its push was on its way: the server has it now, so the undo must follow.
		const requeue = answered.filter((_, i) => still[i] === undefined).map(undoRow);
		const done = batch.entries.filter((key) => !keep.has(key));
		await Promise.all([database.outbox.bulkDelete(done), database.syncRevs.bulkPut(revs)]);
		if (requeue.length) await database.outbox.bulkPut(requeue);
	});
}
