/**
 * Loads the banks shipped under questions/ into IndexedDB on first run, and
 * again whenever one of them changes. The files are fetched as static assets
 * (not bundled), so they add nothing to the JavaScript a page loads; their
 * built URLs carry a content hash, so one stored key tells whether anything
 * changed since the last visit without reading the files at all.
 */
import type { Bank } from '$lib/core/bank/schema';
import { getFlag, setFlag } from '$lib/storage/settings';
import { lazy } from '$lib/ui/lazy';

const shippedUrls = import.meta.glob('/questions/*.json', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

const FLAG = 'shippedBanksKey';

/** The shipped bank a newcomer is offered first: written by hand, with every kind of question. */
export const SAMPLE_BANK_ID = 'korea-diplomacy-2021';

async function sync(): Promise<void> {
	const urls = Object.values(shippedUrls).sort();
	const key = urls.join('|');
	// Built URLs change with content; dev URLs do not, so dev always compares hashes.
	if (!import.meta.env.DEV && (await getFlag(FLAG)) === key) return;
	// The bank writer loads only when there is something to write (first run, or an update),
	// and while the files download rather than after.
	const [banks, { syncShippedBanks }] = await Promise.all([
		Promise.all(
			urls.map(async (url): Promise<Bank> => {
				const response = await fetch(url);
				if (!response.ok) throw new Error(`Could not load the shipped bank ${url} (${response.status}).`);
				return response.json();
			})
		),
		import('$lib/storage/banks')
	]);
	await syncShippedBanks(banks, new Date());
	await setFlag(FLAG, key);
}

// One sync shared by every page; after a failure the next page tries again.
const synced = lazy(sync);

/** Resolves once the shipped banks are in IndexedDB; safe to call from every page. */
export function ensureShippedBanks(): Promise<void> {
	return synced.load();
}
