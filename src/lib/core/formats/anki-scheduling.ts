/**
 * The scheduling half of an Anki collection: its days (creation time, day
 * rollover, time zone), which notes have suspended cards, and the review log,
 * streamed one card at a time so that a log of a million rows never sits in
 * memory as rows. The rules for what counts are in anki-revlog.ts.
 */
import type { Database } from 'sql.js';
import type { DaySettings, RevlogRow } from './anki-revlog';
import { hasTable, isRecord, MAX_ANKI_SCHEMA_ROWS, rows, text } from './anki-sql';

/** JSON, or undefined when it is not: a damaged setting must not cost the notes. */
function parseJson(raw: string): unknown {
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

const numberOr = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * The collection's creation time, day rollover hour and time zone: in `col`
 * (its `conf` JSON in the legacy schema), in the `config` table in the current one.
 */
export function daySettings(db: Database, current: boolean): DaySettings {
	if (!hasTable(db, 'col')) return { crt: 0 };
	const [row] = rows(db, 'SELECT crt, conf FROM col LIMIT 1');
	let conf: unknown = undefined;
	if (!current) conf = parseJson(text(row?.[1] ?? '') || '{}');
	else if (hasTable(db, 'config')) {
		const found = rows(db, "SELECT KEY, val FROM config WHERE KEY IN ('rollover', 'creationOffset')", MAX_ANKI_SCHEMA_ROWS, 'settings');
		conf = Object.fromEntries([...found].map(([key, val]) => [text(key), parseJson(text(val))]));
	}
	const settings = isRecord(conf) ? conf : {};
	return { crt: Number(row?.[0] ?? 0), rollover: numberOr(settings.rollover), creationOffset: numberOr(settings.creationOffset) };
}

/** One card of a note that has a suspended card. */
export interface Suspension {
	nid: string;
	ord: number;
	suspended: boolean;
}

/**
 * Every card of the notes that have a suspended card: a card Factdeck shares
 * between several of Anki's (a reversed note's) stays suspended only when all of them are.
 */
export function suspensions(db: Database, max: number): Suspension[] {
	const sql = 'SELECT CAST(nid AS TEXT), ord, queue FROM cards WHERE nid IN (SELECT nid FROM cards WHERE queue = -1)';
	return [...rows(db, sql, max, 'cards')].map(([nid, ord, queue]) => ({ nid: text(nid), ord: Number(ord), suspended: Number(queue) === -1 }));
}

/** How many rows the review log holds (0 when there is none). */
export function revlogSize(db: Database): number {
	if (!hasTable(db, 'revlog')) return 0;
	const [[count]] = rows(db, 'SELECT count(*) FROM revlog');
	return Number(count);
}

/** One Anki card's log, oldest first, with the card's note and template; `nid` is absent when the card is not in the collection. */
export interface CardLog {
	cid: string;
	nid?: string;
	ord: number;
	rows: RevlogRow[];
}

/** Calls `onCard` with each card's log in turn; at most `max` rows are read. */
export function readRevlog(db: Database, max: number, onCard: (log: CardLog) => void): void {
	// cards.id is the rowid: the join is one lookup per row, and a missing card is told by its null note.
	const sql =
		'SELECT r.id, CAST(r.cid AS TEXT), r.ease, r.ivl, r.factor, r.time, r.type, CAST(c.nid AS TEXT), c.ord FROM revlog r LEFT JOIN cards c ON c.id = r.cid ORDER BY r.cid, r.id';
	let log: CardLog | undefined;
	for (const [id, cid, ease, ivl, factor, time, type, nid, ord] of rows(db, sql, max, 'reviews')) {
		const card = text(cid);
		if (log?.cid !== card) {
			if (log) onCard(log);
			log = nid === null ? { cid: card, ord: 0, rows: [] } : { cid: card, nid: text(nid), ord: Number(ord), rows: [] };
		}
		log.rows.push({ id: Number(id), ease: Number(ease), ivl: Number(ivl), factor: Number(factor), time: Number(time), type: Number(type) });
	}
	if (log) onCard(log);
}
