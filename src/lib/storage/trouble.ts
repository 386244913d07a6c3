/**
 * The storage failures the learner must be told about, told apart from bugs:
 * the browser gives no IndexedDB at all (some private modes, blocked site
 * data), the device is out of space, or the database was closed because
 * another tab opened a newer version of it (see version-watch.ts).
 */
import { db, type FactdeckDB } from './db';

export type StorageTroubleKind = 'unavailable' | 'full' | 'closed';

/** Error names by kind. Dexie re-creates IndexedDB's DOMExceptions under the same names. */
const KINDS: Record<string, StorageTroubleKind> = {
	QuotaExceededError: 'full',
	// Firefox's older name for the same thing.
	NS_ERROR_DOM_QUOTA_REACHED: 'full',
	MissingAPIError: 'unavailable',
	OpenFailedError: 'unavailable',
	DatabaseClosedError: 'closed'
};

/** Which matters most when a chain holds several: being out of space explains a failed open too. */
const RANK: StorageTroubleKind[] = ['full', 'unavailable', 'closed'];

/** The errors of a chain: the error, then what it wraps (`inner` for Dexie, `cause` elsewhere). */
function chain(error: unknown): unknown[] {
	const out: unknown[] = [];
	for (let e = error; e && typeof e === 'object' && out.length < 8; e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause) {
		out.push(e);
	}
	return out;
}

function kindOf(e: unknown): StorageTroubleKind | undefined {
	const { name, code } = e as { name?: unknown; code?: unknown };
	// 22 is the legacy QUOTA_EXCEEDED_ERR code, which some engines set under another name.
	if (code === 22) return 'full';
	return typeof name === 'string' ? KINDS[name] : undefined;
}

/** The storage trouble an error means, or null when it is some other failure. */
export function troubleOf(error: unknown): StorageTroubleKind | null {
	const kinds = new Set(chain(error).map(kindOf));
	return RANK.find((kind) => kinds.has(kind)) ?? null;
}

/** The innermost message of an error chain: usually the browser's own words. */
function rootMessage(error: unknown): string {
	const last = chain(error).at(-1) as { message?: unknown } | undefined;
	return typeof last?.message === 'string' ? last.message : String(error);
}

/** Why storage is refused, for the technical line under the explanation. */
export function unavailableReason(error: unknown): string {
	// Dexie's own words for this point to a web page; plain ones do better here.
	if (chain(error).some((e) => (e as Error).name === 'MissingAPIError')) return 'IndexedDB is not available in this window.';
	return rootMessage(error);
}

/**
 * Opens the database, to learn early whether this browser lets the app store
 * anything: null when it does, the error when it does not.
 */
export async function probeStorage(database: FactdeckDB = db): Promise<Error | null> {
	try {
		await database.open();
		return null;
	} catch (error) {
		return error instanceof Error ? error : new Error(String(error));
	}
}
