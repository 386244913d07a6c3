/**
 * Automatic rolling snapshots: a copy of everything (but media) taken at most
 * once per study day, the last 7 kept, in the database itself. They guard
 * against the learner's own mistakes (a wrong restore, a deleted bank); a
 * downloaded backup is still what guards against losing the browser's data.
 * Restoring a snapshot, or a backup file, first takes one of the current
 * state, so it can be undone.
 */
import { studyDayStart } from '../core/srs/day';
import { exportAll, restoreAll } from './backup';
import { db, type FactdeckDB } from './db';
import { NotFoundError, unwrapErrors } from './errors';
import type { BackupData, MediaRow, RestoreData, SnapshotRow } from './rows';
import { getSettings } from './settings';

/** How many snapshots are kept: a week of study days. */
export const SNAPSHOTS_KEPT = 7;

/** A snapshot as the settings page lists it (without its data). */
export interface SnapshotSummary {
	id: number;
	takenAt: Date;
	/** Why it was taken, when not the daily one. */
	reason?: string;
	banks: number;
	cards: number;
	reviews: number;
}

/** Every table a snapshot reads or a restore writes, with the snapshots themselves. */
const tablesOf = (d: FactdeckDB) => [d.banks, d.questionPages, d.cards, d.reviews, d.attempts, d.results, d.settings, d.meta, d.snapshots];
/** The same, with media (a restore that brings media replaces it) and the sync tables (a change queues itself). */
const restoreTables = (d: FactdeckDB) => [...tablesOf(d), d.media, d.outbox, d.syncRevs];

/** Every table `snapshotNow` reads or writes, media included, for the transaction of a change it guards. */
export const snapshotTables = restoreTables;

/** Stores `data` as a snapshot taken at `now` and drops all but the newest SNAPSHOTS_KEPT; inside a rw transaction. */
async function store(database: FactdeckDB, data: BackupData, now: Date, reason?: string): Promise<number> {
	const row: SnapshotRow = {
		takenAt: now,
		...(reason === undefined ? {} : { reason }),
		summary: { banks: data.banks.length, cards: data.cards.length, reviews: data.reviews.length },
		data
	};
	const id = (await database.snapshots.add(row)) as number;
	// By id, the order they were taken in: a clock set back must not make the newest look oldest.
	const old = await database.snapshots.toCollection().reverse().offset(SNAPSHOTS_KEPT).primaryKeys();
	await database.snapshots.bulkDelete(old);
	return id;
}

/**
 * Takes a snapshot unless one was taken this study day; returns its id, or
 * null when none was due. An empty database is not snapshotted: after the
 * learner wiped everything, a week of empty copies would push out the last
 * good ones.
 */
export async function takeSnapshotIfDue(now: Date, database: FactdeckDB = db): Promise<number | null> {
	const settings = await getSettings(database);
	const dayStart = studyDayStart(now, settings.dayStartHour);
	return database.transaction('rw', tablesOf(database), async () => {
		// The last one taken (by id); one "from the future" (the clock was set back) is not today's.
		const latest = await database.snapshots.toCollection().last();
		if (latest && latest.takenAt >= dayStart && latest.takenAt <= now) return null;
		const data = await exportAll(database);
		if (data.banks.length === 0 && data.reviews.length === 0) return null;
		return store(database, data, now);
	});
}

/** The stored snapshots, newest first. */
export async function listSnapshots(database: FactdeckDB = db): Promise<SnapshotSummary[]> {
	const rows = await database.snapshots.orderBy('takenAt').reverse().toArray();
	return rows.map((r) => ({ id: r.id!, takenAt: r.takenAt, ...(r.reason === undefined ? {} : { reason: r.reason }), ...r.summary }));
}

/**
 * Snapshots the current state whatever the day, inside a rw transaction over
 * snapshotTables, so that the change made next in that transaction can be
 * undone from the list, which shows `reason` when given. `withMedia` when the change
 * replaces media: only such a snapshot holds the current media, so that
 * restoring it brings the images back.
 */
export async function snapshotNow(database: FactdeckDB, now: Date, withMedia: boolean, reason?: string): Promise<number> {
	const current: BackupData & { media?: MediaRow[] } = await exportAll(database);
	if (withMedia) current.media = await database.media.toArray();
	return store(database, current, now, reason);
}

/** Inside a rw transaction over restoreTables: snapshots the current state, then restores `data`. */
async function snapshotThenRestore(database: FactdeckDB, data: RestoreData, now: Date): Promise<number> {
	const undo = await snapshotNow(database, now, Boolean(data.media));
	await restoreAll(data, now, database);
	return undo;
}

/**
 * Replaces everything with snapshot `id`, after snapshotting the current
 * state (whatever the day), all in one transaction; returns the id of that
 * new snapshot, which undoes the restore.
 */
export async function restoreSnapshot(id: number, now: Date, database: FactdeckDB = db): Promise<number> {
	const work = database.transaction('rw', restoreTables(database), async () => {
		const snapshot = await database.snapshots.get(id);
		if (!snapshot) throw new NotFoundError('snapshot', id);
		return snapshotThenRestore(database, snapshot.data, now);
	});
	return unwrapErrors(work);
}

/**
 * Replaces everything with `data` (a backup file's content), after
 * snapshotting the current state, all in one transaction; returns the id of
 * that snapshot, which undoes the restore. Nothing is written if `data` fails
 * its checks (RestoreError).
 */
export async function restoreWithSnapshot(data: RestoreData, now: Date, database: FactdeckDB = db): Promise<number> {
	const work = database.transaction('rw', restoreTables(database), () => snapshotThenRestore(database, data, now));
	return unwrapErrors(work);
}
