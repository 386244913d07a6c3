/**
 * A tiny sync server for storage tests, following the server's rules: every
 * stored change gets the next change number; a review is stored once by id
 * (an undone one is stored again, marked); the later write of a document wins
 * and keeps the revision its writer had seen; a deleted bank's questions and
 * card flags are deleted with it, and its documents ignored from then on. Two test databases exchange their changes through it
 * as two devices would. The real server is tested in tests/server.
 */
import type { DocReceipt, PulledDoc, PulledReview, PullResponse, PushResponse } from '$lib/core/sync/protocol';
import { saveBank } from '$lib/storage/banks';
import type { FactdeckDB } from '$lib/storage/db';
import { applyPull, confirmPush, getSyncMeta, nextPush, startSyncing, type PushBatch } from '$lib/storage/sync';
import { bankOfFacts, freshDb } from './helpers';

export class Relay {
	seq = 0;
	reviews = new Map<string, PulledReview>();
	docs = new Map<string, PulledDoc>();
	deleted = new Set<string>();

	/** Stores a push as the server would, and answers as it would. */
	push(deviceId: string, batch: PushBatch): PushResponse {
		let stored = 0;
		let duplicates = 0;
		for (const r of batch.reviews) {
			const had = this.reviews.get(r.id);
			if (had && (had.undone || !r.undone)) duplicates++;
			else {
				this.reviews.set(r.id, { ...r, seq: ++this.seq, deviceId });
				stored++;
			}
		}
		const docs = batch.docs.map((d): DocReceipt => {
			const ref = { kind: d.kind, bankId: d.bankId, key: d.key };
			if (d.kind !== 'setting' && this.deleted.has(d.bankId)) return { ...ref, ignored: 'bank-deleted' };
			const rev = ++this.seq;
			this.docs.set(`${d.kind}|${d.bankId}|${d.key}`, { ...ref, rev, baseRev: d.baseRev, body: d.body, deviceId });
			if (d.kind === 'bank' && d.body === null) this.deleteBank(d.bankId, deviceId);
			return { ...ref, rev };
		});
		return { stored, duplicates, docs };
	}

	/** A bank's tombstone: its questions and card flags are deleted too, each with its own change number. */
	private deleteBank(bankId: string, deviceId: string) {
		this.deleted.add(bankId);
		for (const [key, doc] of this.docs) {
			if (doc.bankId !== bankId || doc.kind === 'bank' || doc.body === null) continue;
			this.docs.set(key, { ...doc, body: null, baseRev: doc.rev, rev: ++this.seq, deviceId });
		}
	}

	/** The changes after `since`, in change order, at most `limit` of them. */
	pull(since: number, limit = 2000): PullResponse {
		const changes = [...[...this.reviews.values()].map((r) => ({ n: r.seq, r })), ...[...this.docs.values()].map((d) => ({ n: d.rev, d }))]
			.filter((c) => c.n > since)
			.sort((a, b) => a.n - b.n);
		const page = changes.slice(0, limit);
		return {
			reviews: page.flatMap((c) => ('r' in c ? [c.r] : [])),
			docs: page.flatMap((c) => ('d' in c ? [c.d] : [])),
			cursor: page.at(-1)?.n ?? since,
			more: changes.length > limit
		};
	}
}

/** One sync of a device, as the sync engine runs it: push every batch it may, then pull every page. */
export async function syncDevice(relay: Relay, database: FactdeckDB, now: Date, pageSize?: number) {
	const { deviceId } = await getSyncMeta(database);
	for (let batch = await nextPush(database); batch; batch = await nextPush(database)) {
		await confirmPush(batch, relay.push(deviceId, batch), database);
	}
	const applied = { reviews: 0, docs: 0, cards: 0, snapshots: 0 };
	for (;;) {
		const page = relay.pull((await getSyncMeta(database)).cursor, pageSize);
		const result = await applyPull(page, now, database);
		for (const key of Object.keys(applied) as (keyof typeof applied)[]) applied[key] += result[key];
		if (!page.more) return applied;
	}
}

/** Two signed-in devices that both have the learner's bank "own" (3 facts), made on the first at `now`. */
export async function twoDevices(now: Date) {
	const relay = new Relay();
	const [a, b] = [freshDb(), freshDb()];
	await saveBank(bankOfFacts('own', 3), now, {}, a);
	await startSyncing(a);
	await startSyncing(b);
	// A first sync pushes reviews and pulls; the documents of a first sign-in go with the next one.
	await syncDevice(relay, a, now);
	await syncDevice(relay, a, now);
	await syncDevice(relay, b, now);
	return { relay, a, b };
}

/** A pull that finds nothing new: the device has caught up with the account (a first sign-in may then send its documents). */
export const caughtUp = (database: FactdeckDB, now: Date) => applyPull({ reviews: [], docs: [], cursor: 0, more: false }, now, database);
