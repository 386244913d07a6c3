/**
 * The device side of sync, in one place for the sync engine: this device's
 * sync state, signing in and out, the outbox as push batches, and applying
 * pulled pages. The wire format is core/sync/protocol.ts.
 */
export { getSyncMeta, setSyncMeta, type SyncMeta } from './sync-meta';
export { startSyncing, stopSyncing, type MergeCounts } from './sync-start';
export { confirmPush, nextPush, outboxSize, type PushBatch } from './sync-push';
export { applyPull, type PullApplied } from './sync-pull';
export { onQueued } from './outbox';
