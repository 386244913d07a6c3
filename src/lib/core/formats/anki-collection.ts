/**
 * An Anki collection (SQLite) to plain records: note types with their field
 * names and templates, notes, decks. Reads both schemas: the legacy one
 * (note types as JSON in `col.models`) and the current one (`notetypes`,
 * `fields`, `templates` tables with protobuf configs).
 */
import type { Database, SqlValue } from 'sql.js';
import { pbNumber, pbString, readMessage } from './protobuf';

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

function rows(db: Database, sql: string): SqlValue[][] {
	return db.exec(sql)[0]?.values ?? [];
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
	for (const [id, name, config] of rows(db, 'SELECT CAST(id AS TEXT), name, config FROM notetypes')) {
		// NotetypeConfig field 1 is the kind: 0 normal, 1 cloze.
		notetypes.set(text(id), { name: text(name), cloze: pbNumber(readMessage(bytes(config)), 1) === 1, fields: [], questionTemplates: [] });
	}
	for (const [ntid, name] of rows(db, 'SELECT CAST(ntid AS TEXT), name FROM fields ORDER BY ntid, ord')) {
		notetypes.get(text(ntid))?.fields.push(text(name));
	}
	for (const [ntid, config] of rows(db, 'SELECT CAST(ntid AS TEXT), config FROM templates ORDER BY ntid, ord')) {
		// CardTemplateConfig field 1 is the question format.
		notetypes.get(text(ntid))?.questionTemplates.push(pbString(readMessage(bytes(config)), 1));
	}
	const decks = new Map<string, string>();
	// The current schema separates deck levels with \x1f where the legacy one wrote `::`.
	for (const [id, name] of rows(db, 'SELECT CAST(id AS TEXT), name FROM decks')) decks.set(text(id), text(name).split('\u001f').join('::'));
	return { notetypes, decks };
}

/**
 * Current collections declare Anki's own `unicase` collation, which sql.js
 * cannot register; SQLite then refuses to query those tables. The database
 * is our private in-memory copy, so its schema is rewritten to plain binary
 * order, and the indexes built in unicase order are dropped from it.
 */
function relaxCollations(db: Database): void {
	const affected = rows(db, "SELECT tbl_name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%COLLATE unicase%'").map(([t]) => text(t));
	if (affected.length === 0) return;
	const list = affected.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ');
	db.exec('PRAGMA writable_schema = ON');
	db.exec(`DELETE FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${list})`);
	db.exec("UPDATE sqlite_master SET sql = replace(sql, 'COLLATE unicase', '') WHERE type = 'table' AND sql LIKE '%COLLATE unicase%'");
	db.exec('PRAGMA writable_schema = RESET');
}

/** Reads the collection; throws (SQLite, JSON or protobuf errors) when it is damaged. */
export function readCollection(db: Database): AnkiCollection {
	relaxCollations(db);
	const current = rows(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'notetypes'").length > 0;
	const { notetypes, decks } = current ? currentNotetypes(db) : legacyNotetypes(db);
	const deckOf = new Map<string, Set<string>>();
	let studiedCards = 0;
	for (const [nid, did, type] of rows(db, 'SELECT CAST(nid AS TEXT), CAST(did AS TEXT), type FROM cards ORDER BY id')) {
		const set = deckOf.get(text(nid)) ?? new Set<string>();
		set.add(text(did));
		deckOf.set(text(nid), set);
		if (Number(type) !== 0) studiedCards += 1;
	}
	const notes = rows(db, 'SELECT CAST(id AS TEXT), guid, CAST(mid AS TEXT), flds, tags FROM notes ORDER BY id').map(
		([id, guid, mid, flds, tags]): AnkiNote => ({
			guid: text(guid) || text(id),
			notetypeId: text(mid),
			fields: text(flds).split('\u001f'),
			tags: text(tags).trim().split(/\s+/).filter(Boolean),
			deckIds: [...(deckOf.get(text(id)) ?? [])]
		})
	);
	return { notetypes, decks, notes, studiedCards };
}
