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
	/**
	 * FSRS parameters fitted to this learner's reviews, or null for FSRS's
	 * defaults. Kept only when they predicted later reviews better (see the optimizer).
	 */
	fsrsParams: number[] | null;
}

export const DEFAULT_SETTINGS: Settings = {
	retention: DEFAULT_RETENTION,
	newPerDay: 20,
	dayStartHour: 4,
	learnAheadMinutes: 20,
	fsrsParams: null
};

const clamp = (x: unknown, lo: number, hi: number, fallback: number): number =>
	typeof x === 'number' && Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : fallback;

/** FSRS-6 has 21 parameters; anything else stored (or synced) is ignored for the defaults. */
export const FSRS_PARAM_COUNT = 21;

function usableParams(x: unknown): number[] | null {
	return Array.isArray(x) && x.length === FSRS_PARAM_COUNT && x.every((n) => typeof n === 'number' && Number.isFinite(n)) ? [...(x as number[])] : null;
}

/** Settings with every field present and in range, whatever was stored. */
export function normalizeSettings(input: Partial<Settings> | undefined): Settings {
	const s = input ?? {};
	return {
		retention: clamp(s.retention, MIN_RETENTION, MAX_RETENTION, DEFAULT_SETTINGS.retention),
		newPerDay: Math.round(clamp(s.newPerDay, 0, 9999, DEFAULT_SETTINGS.newPerDay)),
		dayStartHour: Math.round(clamp(s.dayStartHour, 0, 23, DEFAULT_SETTINGS.dayStartHour)),
		learnAheadMinutes: Math.round(clamp(s.learnAheadMinutes, 0, 24 * 60, DEFAULT_SETTINGS.learnAheadMinutes)),
		fsrsParams: usableParams(s.fsrsParams)
	};
}
