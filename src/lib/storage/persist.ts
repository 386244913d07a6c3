/**
 * Persistent storage: without it the browser may evict IndexedDB under
 * storage pressure, and the learner's progress with it. Every call is safe
 * where `navigator.storage` (or part of it) is missing.
 */

/** What the browser says about this origin's storage; null where it does not say. */
export interface StorageStatus {
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

function storageManager(): StorageManager | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Asks the browser to keep this origin's data; true if it agreed. */
export async function requestPersistence(): Promise<boolean> {
	const storage = storageManager();
	if (typeof storage?.persist !== 'function') return false;
	try {
		return await storage.persist();
	} catch {
		return false;
	}
}

/** Whether storage is persistent, and how much is used of how much. */
export async function storageStatus(): Promise<StorageStatus> {
	const storage = storageManager();
	const status: StorageStatus = { persisted: null, usage: null, quota: null };
	if (typeof storage?.persisted === 'function') {
		try {
			status.persisted = await storage.persisted();
		} catch {
			// Some browsers refuse in private mode: leave it unknown.
		}
	}
	if (typeof storage?.estimate === 'function') {
		try {
			const { usage, quota } = await storage.estimate();
			status.usage = usage ?? null;
			status.quota = quota ?? null;
		} catch {
			// Unknown rather than wrong.
		}
	}
	return status;
}
