/**
 * Pulling: one page of the server's changes applied in one transaction, with
 * the new cursor. Reviews are added (or, undone, removed) by uid and their
 * cards replayed; documents are merged (sync-merge.ts); a bank's tombstone
 * deletes it here and keeps anything of it from coming back.
 */
import { Dexie } from 'dexie';
import { bankOfCard, cardId, newSchedule } from '../core/srs/card';
import type { PulledDoc, PulledReview, PullResponse } from '../core/sync/protocol';
import { removeBank } from './banks';
import { db, type FactdeckDB } from './db';
import { DOC_PREFIX, docEntry, dropBankEntries, reviewsByUid } from './outbox';
import type { ReviewRow, SyncRevRow } from './rows';
import { snapshotTables } from './snapshots';
import { docBody, sameBody } from './sync-docs';
import { ensureSyncMeta, patchSyncMeta } from './sync-meta';
import { mergeBank, mergeCardFlags, mergeSettings, snapshotConflicts, type BankBody } from './sync-merge';
import { answerOptions, replayStored } from './sync-replay';

/** What one pulled page changed here. */
export interface PullApplied {
	/** Reviews stored or removed. */
	reviews: number;
	/** Documents of other devices applied. */
	docs: number;
	/** Cards replayed. */
	cards: number;
	/** Banks created, changed or deleted. */
	banks: string[];
	/** Snapshots taken before a pulled question replaced a concurrent local edit. */
	snapshots: number;
}

/** Banks deleted (on any device, as this one last heard) or whose deletion here still waits to be pushed: nothing of them is taken. */
async function closedBanks(database: FactdeckDB, page: PullResponse): Promise<Set<string>> {
	const closed = new Set(page.docs.filter((d) => d.kind === 'bank' && d.body === null).map((d) => d.bankId));
	// Fresh arrays above every key: IndexedDB refuses one key holding the same array twice.
	const revs = await database.syncRevs
		.where('[kind+bankId+key]')
		.between(['bank', Dexie.minKey, Dexie.minKey], ['bank', [[]], [[]]])
		.toArray();
	for (const rev of revs) if (rev.deleted) closed.add(rev.bankId);
	const waiting = await database.outbox.where('key').startsWith(`${DOC_PREFIX}bank|`).toArray();
	const present = await database.banks.bulkGet(waiting.map((row) => row.bankId));
	waiting.forEach((row, i) => present[i] || closed.add(row.bankId));
	return closed;
}

/** A pulled review as stored, its before and after to be set by the replay. */
function reviewRow(r: PulledReview): ReviewRow {
	const at = new Date(r.reviewedAt);
	const id = cardId(r.bankId, r.fact);
	return {
		uid: r.id,
		cardId: id,
		bankId: r.bankId,
		questionId: r.questionId,
		rating: r.rating as ReviewRow['rating'],
		before: newSchedule(at),
		after: newSchedule(at),
		durationMs: r.durationMs,
		reviewedAt: at
	};
}

/** Stores new reviews and removes undone ones; returns the cards whose log changed and how many reviews did. */
async function applyReviews(database: FactdeckDB, reviews: readonly PulledReview[], closed: Set<string>): Promise<{ cards: Set<string>; count: number }> {
	const open = reviews.filter((r) => !closed.has(r.bankId));
	const stored = new Map(
		(
			await reviewsByUid(
				database,
				open.map((r) => r.id)
			)
		).flatMap((row) => (row ? [[row.uid!, row] as const] : []))
	);
	const cards = new Set<string>();
	const adds: ReviewRow[] = [];
	const deletes: number[] = [];
	for (const r of open) {
		const here = stored.get(r.id);
		if (r.undone) {
			if (here) {
				deletes.push(here.id!);
				cards.add(here.cardId);
			}
			stored.delete(r.id);
		} else if (!here) {
			// One already here (this device's own answer, or one pulled before) is left as it is.
			const row = reviewRow(r);
			adds.push(row);
			stored.set(r.id, row);
			cards.add(row.cardId);
		}
	}
	await Promise.all([deletes.length && database.reviews.bulkDelete(deletes), adds.length && database.reviews.bulkAdd(adds)]);
	return { cards, count: adds.length + deletes.length };
}

/** The documents of other devices, by kind; this device's own come back only to tell it their revisions. */
function byKind(docs: readonly PulledDoc[], deviceId: string, closed: Set<string>) {
	const theirs = docs.filter((d) => d.deviceId !== deviceId && (d.kind === 'setting' || !closed.has(d.bankId) || (d.kind === 'bank' && d.body === null)));
	const of = (kind: PulledDoc['kind']) => theirs.filter((d) => d.kind === kind);
	return {
		theirs,
		tombstones: theirs.filter((d) => d.kind === 'bank' && d.body === null),
		bankDocs: theirs.filter((d) => d.kind === 'question' || (d.kind === 'bank' && d.body !== null)),
		settings: of('setting'),
		cards: of('card')
	};
}

/** The waiting entries of this device's own pulled documents that are unchanged since: the server has them already. */
async function echoes(database: FactdeckDB, docs: readonly PulledDoc[], deviceId: string): Promise<string[]> {
	const own = docs.filter((d) => d.deviceId === deviceId);
	const [waiting, bodies] = await Promise.all([database.outbox.bulkGet(own.map(docEntry)), Promise.all(own.map((d) => docBody(database, d)))]);
	return own.filter((d, i) => waiting[i] && sameBody(bodies[i], d.body)).map(docEntry);
}

/** Applies one pulled page in one transaction, with the new cursor; cards whose reviews changed are replayed. */
export async function applyPull(page: PullResponse, now: Date, database: FactdeckDB = db): Promise<PullApplied> {
	return database.transaction('rw', [...snapshotTables(database), database.bankCounts], async () => {
		const { deviceId } = await ensureSyncMeta(database);
		const closed = await closedBanks(database, page);
		const docs = byKind(page.docs, deviceId, closed);
		// Before anything is written: the snapshot holds the learner's version as it was.
		const snapshots = await snapshotConflicts(
			database,
			docs.bankDocs.filter((d) => d.kind === 'question'),
			now
		);
		const { cards: replay, count: reviews } = await applyReviews(database, page.reviews, closed);
		const banks = new Set<string>();
		// A pulled document replaces whatever waited of it here: the server's order decided. One of this
		// device's own whose push was never confirmed stops waiting too, if it is still as it was sent.
		await database.outbox.bulkDelete([...docs.theirs.map(docEntry), ...(await echoes(database, page.docs, deviceId))]);
		for (const doc of docs.tombstones) {
			await Promise.all([removeBank(database, doc.bankId), dropBankEntries(database, doc.bankId)]);
			banks.add(doc.bankId);
		}
		const grouped = new Map<string, PulledDoc[]>();
		for (const doc of docs.bankDocs) grouped.set(doc.bankId, [...(grouped.get(doc.bankId) ?? []), doc]);
		for (const [bankId, list] of grouped) {
			// Cards made for facts new here may have reviews that arrived before their bank.
			for (const id of await mergeBank(database, bankId, list, now)) replay.add(id);
			banks.add(bankId);
		}
		await mergeSettings(database, docs.settings);
		const flagged = await mergeCardFlags(database, docs.cards);
		const cards = await replayStored(database, replay, now, await answerOptions(database));
		// The counts of every bank touched are counted again on next use.
		const touched = new Set([...banks, ...flagged, ...[...replay].map(bankOfCard)]);
		const revs = page.docs.map((d): SyncRevRow => ({
			kind: d.kind,
			bankId: d.bankId,
			key: d.key,
			rev: d.rev,
			...(d.kind === 'bank' && d.body === null ? { deleted: true as const } : {}),
			...(d.kind === 'bank' && Array.isArray((d.body as BankBody | null)?.questionOrder) ? { questionOrder: (d.body as BankBody).questionOrder } : {})
		}));
		await Promise.all([
			database.bankCounts.bulkDelete([...touched]),
			database.syncRevs.bulkPut(revs),
			// Caught up with the server: a first sign-in's documents may go now.
			patchSyncMeta(database, { cursor: page.cursor, lastSyncedAt: now, ...(page.more ? {} : { merging: undefined }) })
		]);
		return { reviews, docs: docs.theirs.length, cards, banks: [...banks], snapshots };
	});
}
