/** The learner's settings (one record) and small app flags, each a key/value row. */
import { normalizeSettings, type Settings } from '../core/settings';
import { db, type FactdeckDB } from './db';
import { outboxTables, queueDocs } from './outbox';

/** The key of the one settings row. */
export const SETTINGS_KEY = 'learner';

/** The stored settings, in range, with defaults for anything absent. */
export async function getSettings(database: FactdeckDB = db): Promise<Settings> {
	return normalizeSettings((await database.settings.get(SETTINGS_KEY))?.value);
}

/** Changes some settings; returns all of them as stored (brought into range). */
export async function saveSettings(patch: Partial<Settings>, database: FactdeckDB = db): Promise<Settings> {
	// An undefined field in the patch means "no change", not "back to the default".
	const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
	return database.transaction('rw', [database.settings, ...outboxTables(database)], async () => {
		const current = normalizeSettings((await database.settings.get(SETTINGS_KEY))?.value);
		const next = normalizeSettings({ ...current, ...defined });
		// Each changed setting travels on its own, so two devices changing two settings keep both.
		const changed = (Object.keys(next) as (keyof Settings)[]).filter((key) => next[key] !== current[key]);
		await Promise.all([
			database.settings.put({ key: SETTINGS_KEY, value: next }),
			queueDocs(
				database,
				changed.map((key) => ({ kind: 'setting', bankId: '', key }))
			)
		]);
		return next;
	});
}

/** An app flag (e.g. 'persistRequested'); undefined when never set. */
export async function getFlag<T = unknown>(key: string, database: FactdeckDB = db): Promise<T | undefined> {
	return (await database.meta.get(key))?.value as T | undefined;
}

/** Sets an app flag to any structured-cloneable value. */
export async function setFlag(key: string, value: unknown, database: FactdeckDB = db): Promise<void> {
	await database.meta.put({ key, value });
}
