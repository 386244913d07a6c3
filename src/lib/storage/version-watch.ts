/**
 * Another tab with a newer Factdeck opens the database at a higher version.
 * This tab must let go at once, or that tab's upgrade waits ("blocked") until
 * this one is closed; and it must not quietly reopen the database, as Dexie
 * would by default, to write with an old schema. So the connection is closed
 * for good: every later read or write fails at once with DatabaseClosedError
 * (see trouble.ts), and the app asks the learner to reload.
 */
import { db, type FactdeckDB } from './db';

/**
 * Calls `onchange` when another connection upgrades or deletes the database,
 * after closing this one; returns a function that stops watching.
 */
export function watchVersion(onchange: (event: IDBVersionChangeEvent) => void, database: FactdeckDB = db): () => void {
	const listener = (event: IDBVersionChangeEvent) => {
		database.close({ disableAutoOpen: true });
		onchange(event);
		// Later subscribers fire first; false keeps Dexie's own handler from turning auto-open back on.
		return false;
	};
	database.on('versionchange', listener);
	return () => database.on('versionchange').unsubscribe(listener);
}
