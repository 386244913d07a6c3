/**
 * This device's sync state, one meta row: its device id, whether syncing is
 * on, the pull cursor. Every write that may wait to be pushed reads the row in
 * its own transaction, so a learner with no server stores nothing extra.
 */
import { db, type FactdeckDB } from './db';
import { newUid } from './uid';

export interface SyncMeta {
	deviceId: string;
	enabled: boolean;
	cursor: number;
	lastSyncedAt?: Date;
	serverUrl?: string;
	login?: string;
}

/** The meta key of the sync row; a restore keeps this device's row whatever the backup held. */
export const SYNC_META_KEY = 'sync';

/** The stored sync row, if any; inside or outside a transaction over meta. */
export function readSyncMeta(database: FactdeckDB): Promise<SyncMeta | undefined> {
	// Dexie's own promise, not an async function's: a native one in between can let the transaction commit early.
	return database.meta.get(SYNC_META_KEY).then((row) => row?.value as SyncMeta | undefined);
}

/** Whether changes are queued for the server now; read inside the transaction that makes the change. */
export function syncingOn(database: FactdeckDB): Promise<boolean> {
	return readSyncMeta(database).then((meta) => meta?.enabled === true);
}

/** The sync row, made (with a new device id) and stored on first call; inside a rw transaction over meta. */
export async function ensureSyncMeta(database: FactdeckDB): Promise<SyncMeta> {
	const stored = await readSyncMeta(database);
	if (stored) return stored;
	const made: SyncMeta = { deviceId: newUid(), enabled: false, cursor: 0 };
	await database.meta.put({ key: SYNC_META_KEY, value: made });
	return made;
}

/** Changes fields of the sync row (an undefined field is removed); inside a rw transaction over meta. */
export async function patchSyncMeta(database: FactdeckDB, patch: Partial<Omit<SyncMeta, 'deviceId'>>): Promise<SyncMeta> {
	const next: Record<string, unknown> = { ...(await ensureSyncMeta(database)), ...patch };
	for (const [key, value] of Object.entries(next)) if (value === undefined) delete next[key];
	await database.meta.put({ key: SYNC_META_KEY, value: next });
	return next as unknown as SyncMeta;
}

/** This device's sync state; makes and stores its device id on first call. */
export function getSyncMeta(database: FactdeckDB = db): Promise<SyncMeta> {
	return database.transaction('rw', database.meta, () => ensureSyncMeta(database));
}

/** Changes the sync state (never the device id); returns it as stored. */
export function setSyncMeta(patch: Partial<Omit<SyncMeta, 'deviceId'>>, database: FactdeckDB = db): Promise<SyncMeta> {
	const { deviceId: _ignored, ...rest } = patch as Partial<SyncMeta>;
	return database.transaction('rw', database.meta, () => patchSyncMeta(database, rest));
}
