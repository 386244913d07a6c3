/**
 * Saving the learner's settings, apart from reading them (settings.ts): a save
 * also queues each changed setting for sync, and that code has no place in the
 * JavaScript every page loads before it shows.
 */
import { normalizeSettings, type Settings } from '../core/settings';
import { db, type FactdeckDB } from './db';
import { outboxTables, queueDocs } from './outbox';
import { SETTINGS_KEY } from './settings';

/** Changes some settings; returns all of them as stored (brought into range). */
export async function saveSettings(patch: Partial<Settings>, database: FactdeckDB = db): Promise<Settings> {
	// An undefined field in the patch means "no change", not "back to the default".
	const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
	return database.transaction('rw', [database.settings, ...outboxTables(database)], async () => {
		const current = normalizeSettings((await database.settings.get(SETTINGS_KEY))?.value);
		const next = normalizeSettings({ ...current, ...defined });
		// Each changed setting travels on its own, so two devices changing two settings keep both.
		// Compared as JSON: the FSRS parameters are an array, a new one on every read.
		const changed = (Object.keys(next) as (keyof Settings)[]).filter((key) => JSON.stringify(next[key]) !== JSON.stringify(current[key]));
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
