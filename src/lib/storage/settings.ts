/** The learner's settings (one record) and small app flags, each a key/value row. */
import { normalizeSettings, type Settings } from '../core/settings';
import { db, type FactdeckDB } from './db';

/** The key of the one settings row. */
export const SETTINGS_KEY = 'learner';

/** The stored settings, in range, with defaults for anything absent. */
export async function getSettings(database: FactdeckDB = db): Promise<Settings> {
	return normalizeSettings((await database.settings.get(SETTINGS_KEY))?.value);
}

/** An app flag (e.g. 'persistRequested'); undefined when never set. */
export async function getFlag<T = unknown>(key: string, database: FactdeckDB = db): Promise<T | undefined> {
	return (await database.meta.get(key))?.value as T | undefined;
}

/** Sets an app flag to any structured-cloneable value. */
export async function setFlag(key: string, value: unknown, database: FactdeckDB = db): Promise<void> {
	await database.meta.put({ key, value });
}
