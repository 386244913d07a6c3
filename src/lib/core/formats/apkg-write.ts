/**
 * Writes a bank as an Anki package (.apkg) in the legacy format every Anki
 * since 2.1 imports: a zip of `collection.anki2` (SQLite, schema 11), the
 * `media` list and the media files named "0", "1"…. With a history, each
 * card's state and review log go along, so Anki schedules the cards as
 * Factdeck did. sql.js is passed in, as for reading (apkg.ts). The same bank,
 * history and `now` give the same bytes.
 */
import { zipSync, type Zippable } from 'fflate';
import type { Database, SqlJsStatic } from 'sql.js';
import { hashString } from '../bank/hash';
import { MAX_QUESTIONS_PER_BANK } from '../bank/limits';
import type { Bank } from '../bank/schema';
import { cardId } from '../srs/card';
import { DEFAULT_RETENTION, type Card, type ReviewLog } from '../srs/types';
import { MAX_ANKI_REVIEWS } from './anki-history-words';
import { ankiDays, type AnkiDays } from './anki-revlog';
import { newCard, revlogRows, studiedCard, type CardColumns } from './apkg-write-cards';
import { packageMedia } from './apkg-write-media';
import { bankNotes, type NoteOut } from './apkg-write-notes';
import { collectionConf, deckOptions, decks, noteTypes, SCHEMA_11_SQL, type PackageIds } from './apkg-write-schema';
import { formatCount, formatSize, MAX_FILE_BYTES } from './text';

/** A bank's scheduling to carry into Anki: its cards and their review logs, as storage keeps them. */
export interface ApkgHistory {
	cards: readonly Card[];
	reviews: readonly ReviewLog[];
	/** The learner's desired retention, written with each card's memory state. */
	retention?: number;
}

export interface ApkgWriteOptions {
	/** The initialised sql.js module. */
	sql: SqlJsStatic;
	/** The export time: modification times, and the day the package's day numbers count from. */
	now: Date;
	/** The bytes of the media files the questions show, by name. */
	media?: ReadonlyMap<string, Uint8Array>;
	/** Present to carry the scheduling: every card then keeps its state and its reviews. */
	history?: ApkgHistory;
	/** The hour the learner's day starts (Anki's rollover), 4 by default. */
	dayStartHour?: number;
	/** The learner's time zone as minutes west of UTC (what Date#getTimezoneOffset gives), 0 by default. */
	minutesWest?: number;
}

/** A bank that cannot be written as a package; the message is meant for the user. */
export class ApkgWriteError extends Error {}

const DAY_MS = 86_400_000;

/**
 * Ids of the note types, the deck and the notes, from the bank's id: Anki
 * ids are times in ms, so they are put between 2001 and 2033 as Anki's own
 * would be, a million apart between banks.
 */
function packageIds(bankId: string): PackageIds {
	const slot = parseInt(hashString(bankId).slice(-6), 36) % 1_000_000;
	const base = 1_000_000_000_000 + slot * 1_000_000;
	return { basic: base, cloze: base + 1, deck: base + 2, firstNote: base + 10 };
}

/** Anki's days for the package: day 0 starts at the learner's day start on the export's day, in their time zone. */
function exportDays(now: Date, hour: number, minutesWest: number): { crt: number; days: AnkiDays } {
	const offsetMs = minutesWest * 60_000;
	const hourMs = hour * 3_600_000;
	const localStart = Math.floor((now.getTime() - offsetMs - hourMs) / DAY_MS) * DAY_MS + hourMs;
	const crt = Math.floor((localStart + offsetMs) / 1000);
	return { crt, days: ankiDays({ crt, rollover: hour, creationOffset: minutesWest }) };
}

/** Refuses what the package could not carry, or what Factdeck could not read back. */
function checkSize(bank: Bank, history: ApkgHistory | undefined): void {
	if (bank.questions.length === 0) throw new ApkgWriteError('the bank has no questions, so there is nothing to export');
	if (bank.questions.length > MAX_QUESTIONS_PER_BANK) {
		throw new ApkgWriteError(`the bank has ${formatCount(bank.questions.length)} questions; a package holds at most ${formatCount(MAX_QUESTIONS_PER_BANK)}`);
	}
	if (history && history.reviews.length > MAX_ANKI_REVIEWS) {
		throw new ApkgWriteError(
			`the review history holds ${formatCount(history.reviews.length)} reviews, more than the ${formatCount(MAX_ANKI_REVIEWS)} a package may carry; export without the history`
		);
	}
}

/** Each fact's card and its reviews, by fact: the first question of a fact carries them (see the docs). */
function historyByFact(bank: Bank, history: ApkgHistory) {
	const cards = new Map<string, Card>();
	for (const c of history.cards) if (c.bankId === bank.id) cards.set(c.fact, c);
	const reviews = new Map<string, ReviewLog[]>();
	for (const r of history.reviews) {
		if (r.bankId !== bank.id) continue;
		const list = reviews.get(r.cardId);
		if (list) list.push(r);
		else reviews.set(r.cardId, [r]);
	}
	return { cards, reviews: (fact: string) => reviews.get(cardId(bank.id, fact)) ?? [] };
}

function insertAll(db: Database, sql: string, rows: (number | string)[][]): void {
	const stmt = db.prepare(sql);
	try {
		for (const row of rows) stmt.run(row);
	} finally {
		stmt.free();
	}
}

/** The collection's rows: one note and one card per question, and the log of the cards with a history. */
function fillCollection(
	db: Database,
	notes: NoteOut[],
	ids: PackageIds,
	modSecs: number,
	schedule: (note: NoteOut, i: number) => CardColumns,
	log: (note: NoteOut, cid: number) => (number | string)[][]
) {
	insertAll(
		db,
		'INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)',
		notes.map((n, i) => [ids.firstNote + i, n.guid, n.cloze ? ids.cloze : ids.basic, modSecs, n.tags, n.fields.join('\u001f'), n.sortField, n.checksum, ''])
	);
	const cards: (number | string)[][] = [];
	const revlog: (number | string)[][] = [];
	notes.forEach((note, i) => {
		const id = ids.firstNote + i;
		const c = schedule(note, i);
		cards.push([id, id, ids.deck, 0, modSecs, -1, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses, c.left, 0, 0, 0, c.data]);
		revlog.push(...log(note, id));
	});
	insertAll(db, 'INSERT INTO cards VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', cards);
	insertAll(db, 'INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)', revlog);
}

/** The collection as SQLite bytes. */
function collectionBytes(bank: Bank, notes: NoteOut[], opts: ApkgWriteOptions): Uint8Array {
	const hour = opts.dayStartHour ?? 4;
	const west = opts.minutesWest ?? 0;
	const ids = packageIds(bank.id);
	const nowMs = opts.now.getTime();
	const modSecs = Math.floor(nowMs / 1000);
	const { crt, days } = exportDays(opts.now, hour, west);
	const db = new opts.sql.Database();
	try {
		// One transaction for every row: SQLite otherwise commits each insert on its own.
		db.exec('BEGIN');
		db.exec(SCHEMA_11_SQL);
		const json = (v: unknown) => JSON.stringify(v);
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
			crt,
			nowMs,
			nowMs,
			json(collectionConf(ids, hour, west, notes.length + 1)),
			json(noteTypes(ids, modSecs)),
			json(decks(ids, bank.title, bank.description ?? '', modSecs)),
			json(deckOptions()),
			'{}'
		]);
		const history = opts.history;
		const byFact = history ? historyByFact(bank, history) : undefined;
		const retention = history?.retention ?? DEFAULT_RETENTION;
		const carrier = new Set<string>();
		const taken = new Set<number>();
		fillCollection(
			db,
			notes,
			ids,
			modSecs,
			(note, i) => {
				const card = byFact?.cards.get(note.question.fact);
				return card ? studiedCard(card, i + 1, days, retention) : newCard(i + 1);
			},
			(note, cid) => {
				// The fact's first question carries its log; a second question of the fact shares the state only.
				const fact = note.question.fact;
				if (!byFact || carrier.has(fact)) return [];
				carrier.add(fact);
				return revlogRows(byFact.reviews(fact), taken).map((r) => [r.id, cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]);
			}
		);
		db.exec('COMMIT');
		return db.export();
	} finally {
		db.close();
	}
}

/** The bank as an .apkg file; throws ApkgWriteError, with a sentence for the user, when it cannot be written. */
export function writeApkg(bank: Bank, opts: ApkgWriteOptions): Uint8Array {
	checkSize(bank, opts.history);
	const notes = bankNotes(bank);
	const media = packageMedia(notes, opts.media ?? new Map(), (message) => new ApkgWriteError(message));
	const mediaBytes = media.files.reduce((n, f) => n + f.length, 0);
	if (mediaBytes > MAX_FILE_BYTES) {
		throw new ApkgWriteError(`the bank's images take ${formatSize(mediaBytes)}; a package holds at most ${formatSize(MAX_FILE_BYTES)}`);
	}
	const mtime = opts.now;
	const files: Zippable = {
		'collection.anki2': [collectionBytes(bank, notes, opts), { level: 6, mtime }],
		media: [new TextEncoder().encode(JSON.stringify(media.list)), { level: 6, mtime }]
	};
	// Images are compressed already: stored as they are.
	media.files.forEach((bytes, i) => (files[String(i)] = [bytes, { level: 0, mtime }]));
	const zip = zipSync(files);
	if (zip.length > MAX_FILE_BYTES)
		throw new ApkgWriteError(`the package would take ${formatSize(zip.length)}; Factdeck writes at most ${formatSize(MAX_FILE_BYTES)}`);
	return zip;
}
