/**
 * This device's sync state, one meta row: its device id, whether syncing is
 * on, the pull cursor. Every write that may wait to be pushed reads the row in
 * its own transaction, so a learner with no server stores nothing extra.
 */
import { db, type FactdeckDB } from './db';
import { newUid } from './uid';

/** This device's sync state: its id, whether it syncs, where its last pull ended, and whom it signs in as. */
export interface SyncMeta {
	deviceId: string;
	enabled: boolean;
	cursor: number;
	lastSyncedAt?: Date;
	serverUrl?: string;
	login?: string;
}

/**
 * The row as stored. `merging` is set by the first sign-in and cleared by the
 * first pull that reaches the server's latest change: until then only reviews
 * are pushed, so that the account's documents reach this device (and replace
 * its own, after a snapshot) before its documents can replace the account's.
 */
export interface StoredSyncMeta extends SyncMeta {
	merging?: true;
}

/** The sync state as the app sees it, without what only storage uses. */
function shown(meta: StoredSyncMeta): SyncMeta {
	const { merging: _merging, ...rest } = meta;
	return rest;
}

/** The meta key of the sync row; a restore keeps this device's row whatever the backup held. */
export const SYNC_META_KEY = 'sync';

/** The stored sync row, if any; inside or outside a transaction over meta. */
export function readSyncMeta(database: FactdeckDB): Promise<StoredSyncMeta | undefined> {
	// Dexie's own promise, not an async function's: a native one in between can let the transaction commit early.
	return database.meta.get(SYNC_META_KEY).then((row) => row?.value as StoredSyncMeta | undefined);
}

/** Whether changes are queued for the server now; read inside the transaction that makes the change. */
export function syncingOn(database: FactdeckDB): Promise<boolean> {
	return readSyncMeta(database).then((meta) => meta?.enabled === true);
}

/** The sync row, made (with a new device id) and stored on first call; inside a rw transaction over meta. */
export async function ensureSyncMeta(database: FactdeckDB): Promise<StoredSyncMeta> {
	const stored = await readSyncMeta(database);
	if (stored) return stored;
	const made: SyncMeta = { deviceId: newUid(), enabled: false, cursor: 0 };
	await database.meta.put({ key: SYNC_META_KEY, value: made });
	return made;
}

/** Changes fields of the sync row (an undefined field is removed); inside a rw transaction over meta. */
export async function patchSyncMeta(database: FactdeckDB, patch: Partial<Omit<StoredSyncMeta, 'deviceId'>>): Promise<StoredSyncMeta> {
	const next: Record<string, unknown> = { ...(await ensureSyncMeta(database)), ...patch };
	for (const [key, value] of Object.entries(next)) if (value === undefined) delete next[key];
	await database.meta.put({ key: SYNC_META_KEY, value: next });
	return next as unknown as StoredSyncMeta;
}

/** This device's sync state; makes and stores its device id on first call. */
export function getSyncMeta(database: FactdeckDB = db): Promise<SyncMeta> {
	return database.transaction('rw', database.meta, async () => shown(await ensureSyncMeta(database)));
}

/** Changes the sync state (never the device id); returns it as stored. */
export function setSyncMeta(patch: Partial<Omit<SyncMeta, 'deviceId'>>, database: FactdeckDB = db): Promise<SyncMeta> {
	const { deviceId: _ignored, merging: _merging, ...rest } = patch as Partial<StoredSyncMeta>;
	return database.transaction('rw', database.meta, async () => shown(await patchSyncMeta(database, rest)));
}
