/** Learner settings: one record, shared by the scheduler, the queue and the pages. */
import { DEFAULT_RETENTION, MAX_RETENTION, MIN_RETENTION } from './srs/types';

export interface Settings {
	/** Desired retention for FSRS, 0.70 to 0.97. */
	retention: number;
	/** New cards introduced per bank per study day. */
	newPerDay: number;
	/** Local hour (0-23) at which a new study day starts. */
	dayStartHour: number;
	/** When nothing is due, learning cards due within this many minutes may be shown early. */
	learnAheadMinutes: number;
}

export const DEFAULT_SETTINGS: Settings = {
	retention: DEFAULT_RETENTION,
	newPerDay: 20,
	dayStartHour: 4,
	learnAheadMinutes: 20
};

const clamp = (x: unknown, lo: number, hi: number, fallback: number): number =>
	typeof x === 'number' && Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : fallback;

/** Settings with every field present and in range, whatever was stored. */
export function normalizeSettings(input: Partial<Settings> | undefined): Settings {
	const s = input ?? {};
	return {
		retention: clamp(s.retention, MIN_RETENTION, MAX_RETENTION, DEFAULT_SETTINGS.retention),
		newPerDay: Math.round(clamp(s.newPerDay, 0, 9999, DEFAULT_SETTINGS.newPerDay)),
		dayStartHour: Math.round(clamp(s.dayStartHour, 0, 23, DEFAULT_SETTINGS.dayStartHour)),
		learnAheadMinutes: Math.round(clamp(s.learnAheadMinutes, 0, 24 * 60, DEFAULT_SETTINGS.learnAheadMinutes))
	};
}
