/**
 * An Anki collection (SQLite) to plain records: note types with their field
 * names and templates, notes, decks, and the scheduling of studied cards
 * (anki-scheduling.ts reads the rest of it). Reads both schemas: the legacy one
 * (note types as JSON in `col.models`) and the current one (`notetypes`,
 * `fields`, `templates` tables with protobuf configs).
 *
 * The collection is untrusted and sql.js has no progress handler, so time
 * is bounded by what the schema may hold instead: only plain stored tables
 * (no views, triggers, virtual tables or generated columns, so a SELECT runs
 * no query the file chose), every row read one at a time, and a cap on the
 * rows of every table read.
 */
import type { Database, SqlValue } from 'sql.js';
import type { AnkiCardRow, DaySettings } from './anki-revlog';
import { daySettings, suspensions, type Suspension } from './anki-scheduling';
import { CollectionRefused, hasTable, isRecord, MAX_ANKI_SCHEMA_ROWS, rows, text } from './anki-sql';
import { pbNumber, pbString, readMessage } from './protobuf';

export { CollectionRefused } from './anki-sql';

/**
 * Notes read from one collection: 250,000. A deck of 200,000 notes of five
 * 100-character fields imports (about 1 GB at its peak in Node); twice as
 * many would not fit a browser tab.
 */
const MAX_ANKI_NOTES = 250_000;

/** Cards read from one collection: four per note at the most notes. */
const MAX_ANKI_CARDS = 4 * MAX_ANKI_NOTES;

/** The row caps of one read: the constants above, lowered in tests. */
export interface CollectionLimits {
	notes: number;
	cards: number;
}

/** Fields of one note: 256, past any real note type, so that no note makes every other costlier to read. */
export const MAX_ANKI_FIELDS = 256;

export interface AnkiNotetype {
	name: string;
	cloze: boolean;
	fields: string[];
	/** Question-side templates, in card order. */
	questionTemplates: string[];
}

export interface AnkiNote {
	id: string;
	guid: string;
	notetypeId: string;
	fields: string[];
	tags: string[];
	deckIds: string[];
}

/** An Anki card that has been studied: its note, its template (or cloze number − 1), and its scheduling. */
export interface StudiedCard extends AnkiCardRow {
	nid: string;
	ord: number;
}

export interface AnkiCollection {
	notetypes: Map<string, AnkiNotetype>;
	decks: Map<string, string>;
	notes: AnkiNote[];
	/** Cards studied in Anki (not new), by card id. */
	studied: Map<string, StudiedCard>;
	/** Every card of the notes that have a suspended card, and whether it is. */
	suspended: Suspension[];
	/** What the collection says about its days (creation time, rollover hour, time zone). */
	days: DaySettings;
}

const bytes = (v: SqlValue) => (v instanceof Uint8Array ? v : new Uint8Array(0));

/** Items of a JSON array in `ord` order (Anki keeps both in step, but `ord` is the truth). */
function byOrd(list: unknown): Record<string, unknown>[] {
	if (!Array.isArray(list)) return [];
	return list.filter(isRecord).sort((a, b) => (Number(a.ord) || 0) - (Number(b.ord) || 0));
}

function legacyNotetypes(db: Database): { notetypes: Map<string, AnkiNotetype>; decks: Map<string, string> } {
	const [row] = rows(db, 'SELECT models, decks FROM col LIMIT 1');
	const notetypes = new Map<string, AnkiNotetype>();
	const decks = new Map<string, string>();
	if (!row) return { notetypes, decks };
	const models: unknown = JSON.parse(text(row[0]) || '{}');
	const deckJson: unknown = JSON.parse(text(row[1]) || '{}');
	if (isRecord(models)) {
		for (const [id, m] of Object.entries(models)) {
			if (!isRecord(m)) continue;
			notetypes.set(id, {
				name: typeof m.name === 'string' ? m.name : '',
				cloze: m.type === 1,
				fields: byOrd(m.flds).map((f) => (typeof f.name === 'string' ? f.name : '')),
				questionTemplates: byOrd(m.tmpls).map((t) => (typeof t.qfmt === 'string' ? t.qfmt : ''))
			});
		}
	}
	if (isRecord(deckJson)) {
		for (const [id, d] of Object.entries(deckJson)) if (isRecord(d) && typeof d.name === 'string') decks.set(id, d.name);
	}
	return { notetypes, decks };
}

function currentNotetypes(db: Database): { notetypes: Map<string, AnkiNotetype>; decks: Map<string, string> } {
	const notetypes = new Map<string, AnkiNotetype>();
	for (const [id, name, config] of rows(db, 'SELECT CAST(id AS TEXT), name, config FROM notetypes', MAX_ANKI_SCHEMA_ROWS, 'note types')) {
		// NotetypeConfig field 1 is the kind: 0 normal, 1 cloze.
		notetypes.set(text(id), { name: text(name), cloze: pbNumber(readMessage(bytes(config)), 1) === 1, fields: [], questionTemplates: [] });
	}
	for (const [ntid, name] of rows(db, 'SELECT CAST(ntid AS TEXT), name FROM fields ORDER BY ntid, ord', MAX_ANKI_SCHEMA_ROWS, 'note type fields')) {
		notetypes.get(text(ntid))?.fields.push(text(name));
	}
	for (const [ntid, config] of rows(db, 'SELECT CAST(ntid AS TEXT), config FROM templates ORDER BY ntid, ord', MAX_ANKI_SCHEMA_ROWS, 'card templates')) {
		// CardTemplateConfig field 1 is the question format.
		notetypes.get(text(ntid))?.questionTemplates.push(pbString(readMessage(bytes(config)), 1));
	}
	const decks = new Map<string, string>();
	// The current schema separates deck levels with \x1f where the legacy one wrote `::`.
	for (const [id, name] of rows(db, 'SELECT CAST(id AS TEXT), name FROM decks', MAX_ANKI_SCHEMA_ROWS, 'decks'))
		decks.set(text(id), text(name).split('\u001f').join('::'));
	return { notetypes, decks };
}

/** The tables read, by schema: every one must be a plain stored table. */
const LEGACY_TABLES = ['col', 'notes', 'cards', 'revlog'];
const CURRENT_TABLES = ['col', 'config', 'notetypes', 'fields', 'templates', 'decks', 'notes', 'cards', 'revlog'];

/**
 * Refuses a schema that could make reading run code the file chose: views
 * (a `notes` view over a recursive query runs for minutes), triggers, and
 * virtual tables. SQLite builds each object from its `sql` text, whatever
 * `type` says, so the text is checked, not the type alone.
 */
function checkSchema(db: Database): void {
	const objects = rows(db, 'SELECT type, name, sql FROM sqlite_master', MAX_ANKI_SCHEMA_ROWS, 'schema objects');
	for (const [type, name, sql] of objects) {
		const made = sql === null ? '' : text(sql);
		const plain = type === 'table' ? /^CREATE\s+TABLE\b/i.test(made) : type === 'index' && (sql === null || /^CREATE\s+(UNIQUE\s+)?INDEX\b/i.test(made));
		if (!plain) {
			const kind = /^CREATE\s+(\w+(\s+TABLE)?)/i.exec(made)?.[1].toLowerCase() ?? String(type);
			throw new CollectionRefused(`the collection defines a ${kind} named ${JSON.stringify(text(name))}; Factdeck reads only plain tables`);
		}
	}
}

/** Refuses a table read whose columns are computed when read (generated columns): their expressions are the file's choice. */
function checkColumns(db: Database, tables: string[]): void {
	for (const table of tables) {
		for (const [column] of rows(db, 'SELECT name FROM pragma_table_xinfo(?) WHERE hidden <> 0', MAX_ANKI_SCHEMA_ROWS, 'columns', [table])) {
			throw new CollectionRefused(
				`the collection's ${JSON.stringify(table)} table computes its column ${JSON.stringify(text(column))}; Factdeck reads only stored values`
			);
		}
	}
}

/**
 * Current collections declare Anki's own `unicase` collation, which sql.js
 * cannot register; SQLite then refuses to query those tables. The database
 * is our private in-memory copy, so its schema is rewritten to plain binary
 * order, and the indexes built in unicase order are dropped from it. Only
 * rows of tables and their indexes are touched, names are quoted, and the
 * schema is checked again once SQLite has read it back.
 */
function relaxCollations(db: Database): void {
	const affected = [...rows(db, "SELECT tbl_name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%COLLATE unicase%'")].map(([t]) => text(t));
	if (affected.length === 0) return;
	const list = affected.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ');
	db.exec('PRAGMA writable_schema = ON');
	db.exec(`DELETE FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${list})`);
	db.exec("UPDATE sqlite_master SET sql = replace(sql, 'COLLATE unicase', '') WHERE type = 'table' AND sql LIKE '%COLLATE unicase%'");
	db.exec('PRAGMA writable_schema = RESET');
	checkSchema(db);
}

/** Reads the collection; throws `CollectionRefused` for a schema or size it will not read, other errors when it is damaged. */
export function readCollection(db: Database, limits: CollectionLimits = { notes: MAX_ANKI_NOTES, cards: MAX_ANKI_CARDS }): AnkiCollection {
	checkSchema(db);
	relaxCollations(db);
	const current = hasTable(db, 'notetypes');
	checkColumns(db, current ? CURRENT_TABLES : LEGACY_TABLES);
	const { notetypes, decks } = current ? currentNotetypes(db) : legacyNotetypes(db);
	// Nearly every note has its cards in one deck: a short list beats a set per note.
	const deckOf = new Map<string, string[]>();
	const studied = new Map<string, StudiedCard>();
	const sql = 'SELECT CAST(id AS TEXT), CAST(nid AS TEXT), CAST(did AS TEXT), ord, type, queue, due, odue, CAST(odid AS TEXT) FROM cards ORDER BY id';
	for (const [id, nid, did, ord, type, queue, due, odue, odid] of rows(db, sql, limits.cards, 'cards')) {
		const [note, deck] = [text(nid), text(did)];
		const decksOfNote = deckOf.get(note);
		if (!decksOfNote) deckOf.set(note, [deck]);
		else if (!decksOfNote.includes(deck)) decksOfNote.push(deck);
		if (Number(type) !== 0) {
			studied.set(text(id), { nid: note, ord: Number(ord), type: Number(type), queue: Number(queue), due: Number(due), odue: Number(odue), odid: text(odid) });
		}
	}
	const notes: AnkiNote[] = [];
	for (const [id, guid, mid, flds, tags] of rows(
		db,
		'SELECT CAST(id AS TEXT), guid, CAST(mid AS TEXT), flds, tags FROM notes ORDER BY id',
		limits.notes,
		'notes'
	)) {
		const fields = text(flds).split('\u001f', MAX_ANKI_FIELDS + 1);
		if (fields.length > MAX_ANKI_FIELDS) {
			throw new CollectionRefused(`note ${notes.length + 1} has more than ${MAX_ANKI_FIELDS} fields; Factdeck reads at most ${MAX_ANKI_FIELDS} per note`);
		}
		notes.push({
			id: text(id),
			guid: text(guid) || text(id),
			notetypeId: text(mid),
			fields,
			tags: text(tags).trim().split(/\s+/).filter(Boolean),
			deckIds: deckOf.get(text(id)) ?? []
		});
	}
	return { notetypes, decks, notes, studied, suspended: suspensions(db, limits.cards), days: daySettings(db, current) };
}
