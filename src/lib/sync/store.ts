/**
 * What the sync engine needs of the device's storage (the outbox, the cursor,
 * the pulled changes), as an interface: the engine gets the real module
 * (`$lib/storage/sync`) in the app and in the tests, and never imports Dexie.
 */
import type { PullResponse, PushResponse } from '$lib/core/sync/protocol';
import type * as storage from '$lib/storage/sync';

export type SyncMeta = storage.SyncMeta;
export type MergeCounts = storage.MergeCounts;
export type PushBatch = storage.PushBatch;
export type PullApplied = storage.PullApplied;

/** The storage calls of one sync, with the default database. */
export interface SyncStore {
	getSyncMeta(): Promise<SyncMeta>;
	setSyncMeta(patch: Partial<SyncMeta>): Promise<unknown>;
	startSyncing(): Promise<MergeCounts>;
	stopSyncing(): Promise<unknown>;
	outboxSize(): Promise<number>;
	/** Calls `listener` shortly after a change is queued (on any database); returns the call that stops it. */
	onQueued(listener: () => void): () => void;
	nextPush(): Promise<PushBatch | null>;
	confirmPush(batch: PushBatch, response: PushResponse): Promise<unknown>;
	applyPull(page: PullResponse, now: Date): Promise<PullApplied>;
}
