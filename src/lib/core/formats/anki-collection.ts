/**
 * An Anki collection (SQLite) to plain records: note types with their field
 * names and templates, notes, decks. Reads both schemas: the legacy one
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
import { pbNumber, pbString, readMessage } from './protobuf';
import { formatCount } from './text';

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

/** Rows of the small tables (note types, fields, templates, decks) and objects of the schema. */
const MAX_ANKI_SCHEMA_ROWS = 10_000;

/** A collection refused for what its schema or size is; the message is meant for the user. */
export class CollectionRefused extends Error {}

export interface AnkiNotetype {
	name: string;
	cloze: boolean;
	fields: string[];
	/** Question-side templates, in card order. */
	questionTemplates: string[];
}

export interface AnkiNote {
	guid: string;
	notetypeId: string;
	fields: string[];
	tags: string[];
	deckIds: string[];
}

export interface AnkiCollection {
	notetypes: Map<string, AnkiNotetype>;
	decks: Map<string, string>;
	notes: AnkiNote[];
	/** Cards that have been studied in Anki (scheduling we do not bring over). */
	studiedCards: number;
}

/** The rows of `sql`, stepped one at a time, refusing the read past `max` rows of `what`. */
function* rows(db: Database, sql: string, max = MAX_ANKI_SCHEMA_ROWS, what = 'schema rows', params: SqlValue[] = []): Generator<SqlValue[]> {
	const stmt = db.prepare(sql, params);
	try {
		for (let n = 1; stmt.step(); n++) {
			if (n > max) throw new CollectionRefused(`the collection holds more than ${formatCount(max)} ${what}; Factdeck reads at most ${formatCount(max)}`);
			yield stmt.get();
		}
	} finally {
		stmt.free();
	}
}

const text = (v: SqlValue) => (typeof v === 'string' ? v : v instanceof Uint8Array ? new TextDecoder().decode(v) : v === null ? '' : String(v));
const bytes = (v: SqlValue) => (v instanceof Uint8Array ? v : new Uint8Array(0));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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
const LEGACY_TABLES = ['col', 'notes', 'cards'];
const CURRENT_TABLES = ['notetypes', 'fields', 'templates', 'decks', 'notes', 'cards'];

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
	const current = [...rows(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'notetypes'")].length > 0;
	checkColumns(db, current ? CURRENT_TABLES : LEGACY_TABLES);
	const { notetypes, decks } = current ? currentNotetypes(db) : legacyNotetypes(db);
	// Nearly every note has its cards in one deck: a short list beats a set per note.
	const deckOf = new Map<string, string[]>();
	let studiedCards = 0;
	for (const [nid, did, type] of rows(db, 'SELECT CAST(nid AS TEXT), CAST(did AS TEXT), type FROM cards ORDER BY id', limits.cards, 'cards')) {
		const decksOfNote = deckOf.get(text(nid));
		if (!decksOfNote) deckOf.set(text(nid), [text(did)]);
		else if (!decksOfNote.includes(text(did))) decksOfNote.push(text(did));
		if (Number(type) !== 0) studiedCards += 1;
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
			guid: text(guid) || text(id),
			notetypeId: text(mid),
			fields,
			tags: text(tags).trim().split(/\s+/).filter(Boolean),
			deckIds: deckOf.get(text(id)) ?? []
		});
	}
	return { notetypes, decks, notes, studiedCards };
}
