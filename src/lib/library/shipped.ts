/**
 * Loads the banks shipped under questions/ into IndexedDB on first run, and
 * again whenever one of them changes. The files are fetched as static assets
 * (not bundled), so they add nothing to the JavaScript a page loads. Their
 * content hashes come with the build (scripts/shipped-banks-plugin.ts), so
 * one stored key tells whether anything changed since the last visit without
 * reading the files, and a first run does not hash them.
 */
import type { Bank } from '$lib/core/bank/schema';
import { getFlag, setFlag } from '$lib/storage/settings';
import { lazy } from '$lib/ui/lazy';
import shipped from 'virtual:shipped-banks';

/** The flag that holds the shipped banks' key once they are stored, and that key: the study page reads it with its first card. */
export const SHIPPED_FLAG = { key: 'shippedBanksKey', value: shipped.map((bank) => bank.hash).join('|') };

/** The shipped bank a newcomer is offered first: written by hand, with every kind of question. */
export const SAMPLE_BANK_ID = 'korea-diplomacy-2021';

async function sync(): Promise<void> {
	if ((await getFlag(SHIPPED_FLAG.key)) === SHIPPED_FLAG.value) return;
	// The bank writer loads only when there is something to write (first run, or an update),
	// and while the files download rather than after.
	const [banks, { syncShippedBanks }] = await Promise.all([
		Promise.all(
			shipped.map(async ({ url, hash }): Promise<{ bank: Bank; hash: string }> => {
				const response = await fetch(url);
				if (!response.ok) throw new Error(`Could not load the shipped bank ${url} (${response.status}).`);
				return { bank: await response.json(), hash };
			})
		),
		import('$lib/storage/banks')
	]);
	await syncShippedBanks(banks, new Date());
	await setFlag(SHIPPED_FLAG.key, SHIPPED_FLAG.value);
}

// One sync shared by every page; after a failure the next page tries again.
const synced = lazy(sync);

/** Resolves once the shipped banks are in IndexedDB; safe to call from every page. */
export function ensureShippedBanks(): Promise<void> {
	return synced.load();
}
