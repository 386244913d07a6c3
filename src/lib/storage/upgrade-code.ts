/**
 * When the schema upgrades' code is fetched: before the database opens, and
 * only when the stored database is older than the schema. A device upgrades
 * once; every other page load, and every first visit, opens without that
 * code on its way to the first card.
 */
import type { Transaction } from 'dexie';
import type { UPGRADES } from './upgrades';

let loaded: typeof UPGRADES | undefined;

/**
 * Whether the database `name` is stored at an IndexedDB version below
 * `version`: true when the browser cannot tell, so that the code is fetched
 * rather than missed.
 */
export async function isOlder(name: string, version: number, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<boolean> {
	// Without IndexedDB, opening fails with an error of its own.
	if (!factory || !('databases' in factory)) return !!factory;
	const list = await factory.databases().catch(() => null);
	const stored = list ? list.find((d) => d.name === name) : { version: 0 };
	return stored !== undefined && (stored.version ?? 0) < version;
}

/**
 * Fetches the upgrade code when the database `name` needs it to reach
 * `version`. Never fails: if the code cannot be fetched (offline before the
 * app was cached), the upgrade fails when it runs, and nothing is changed.
 */
export async function prepareUpgrades(name: string, version: number): Promise<void> {
	if (!loaded && (await isOlder(name, version)))
		loaded = await import('./upgrades').then(
			(m) => m.UPGRADES,
			() => undefined
		);
}

/** The upgrade to `version` as the schema declares it: the fetched code, or an error that leaves the database as it was. */
export function upgradeTo(version: number): (tx: Transaction) => Promise<unknown> {
	return (tx) => {
		if (!loaded) throw new Error('The update of your saved data could not be loaded, so nothing was changed. Reload when online.');
		return loaded[version](tx);
	};
}
