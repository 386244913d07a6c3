// @vitest-environment node
/**
 * The collection inside an exported package, checked against what Anki's
 * import needs: schema 11's tables and columns as Anki creates them, and the
 * keys of the note types, decks and settings Anki parses from `col`.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { unzipSync } from 'fflate';
import { writeApkg } from '$lib/core/formats/apkg-write';
import { loadSql } from './anki-builder';
import { exportBank, exportHistory, NOW, PNG } from './apkg-write-bank';

let sql: SqlJsStatic;
let db: Database;
beforeAll(async () => {
	sql = await loadSql();
	const bank = exportBank();
	const bytes = writeApkg(bank, { sql, now: NOW, media: new Map([['loire.png', PNG]]), history: exportHistory(bank), minutesWest: -60 });
	db = new sql.Database(unzipSync(bytes)['collection.anki2']);
});
afterAll(() => db.close());

const all = (query: string) => db.exec(query)[0]?.values ?? [];

/** Anki's schema 11: each table's columns as name, declared type and NOT NULL (rslib/src/storage/schema11.sql). */
const I = (name: string) => [name, 'integer', 1];
const T = (name: string) => [name, 'text', 1];
const SCHEMA_11: Record<string, unknown[][]> = {
	col: [['id', 'integer', 0], ...['crt', 'mod', 'scm', 'ver', 'dty', 'usn', 'ls'].map(I), ...['conf', 'models', 'decks', 'dconf', 'tags'].map(T)],
	notes: [['id', 'integer', 0], T('guid'), I('mid'), I('mod'), I('usn'), T('tags'), T('flds'), I('sfld'), I('csum'), I('flags'), T('data')],
	cards: [
		['id', 'integer', 0],
		...['nid', 'did', 'ord', 'mod', 'usn', 'type', 'queue', 'due', 'ivl', 'factor', 'reps', 'lapses', 'left', 'odue', 'odid', 'flags'].map(I),
		T('data')
	],
	revlog: [['id', 'integer', 0], ...['cid', 'usn', 'ease', 'ivl', 'lastIvl', 'factor', 'time', 'type'].map(I)],
	graves: ['usn', 'oid', 'type'].map(I)
};

describe('the exported collection', () => {
	it('has exactly the tables and columns of Anki’s schema 11, with its indexes', () => {
		const tables = all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map(([n]) => n);
		expect(tables).toEqual(Object.keys(SCHEMA_11).sort());
		for (const [table, columns] of Object.entries(SCHEMA_11)) {
			expect(all(`SELECT name, lower(type), "notnull" FROM pragma_table_info('${table}') ORDER BY cid`), table).toEqual(columns);
			expect(all(`SELECT name FROM pragma_table_info('${table}') WHERE pk = 1`), table).toEqual(table === 'graves' ? [] : [['id']]);
		}
		const indexes = all("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").map(([n]) => n);
		expect(indexes).toEqual(['ix_cards_nid', 'ix_cards_sched', 'ix_cards_usn', 'ix_notes_csum', 'ix_notes_usn', 'ix_revlog_cid', 'ix_revlog_usn']);
	});

	it('has one col row at version 11 whose JSON holds what Anki parses', () => {
		const rows = all('SELECT ver, crt, conf, models, decks, dconf, tags FROM col');
		expect(rows).toHaveLength(1);
		const [ver, crt, conf, models, decks, dconf, tags] = rows[0];
		expect(ver).toBe(11);
		// The export's day at 4 am in UTC+1 (an hour east: -60 minutes west).
		expect(crt).toBe(Date.parse('2026-03-10T03:00:00Z') / 1000);
		expect(JSON.parse(String(tags))).toEqual({});
		expect(JSON.parse(String(conf))).toMatchObject({ rollover: 4, creationOffset: -60, schedVer: 2 });
		const types = Object.values(JSON.parse(String(models))) as Record<string, unknown>[];
		expect(types.map((m) => [m.name, m.type])).toEqual([
			['Basic', 0],
			['Cloze', 1]
		]);
		for (const m of types) {
			for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css', 'latexPre', 'latexPost', 'tags', 'vers'])
				expect(m, key).toHaveProperty(key);
			for (const f of m.flds as Record<string, unknown>[]) for (const key of ['name', 'ord', 'sticky', 'rtl', 'font', 'size']) expect(f).toHaveProperty(key);
			for (const t of m.tmpls as Record<string, unknown>[]) for (const key of ['name', 'ord', 'qfmt', 'afmt']) expect(t).toHaveProperty(key);
		}
		expect(types[0].req).toEqual([[0, 'any', [0]]]);
		expect((types[1].tmpls as Record<string, unknown>[])[0].qfmt).toBe('{{cloze:Text}}');
		const deckList = Object.values(JSON.parse(String(decks))) as Record<string, unknown>[];
		expect(deckList.map((d) => d.name)).toEqual(['Default', 'Rivers of Europe']);
		for (const d of deckList) {
			for (const key of ['id', 'name', 'usn', 'lrnToday', 'revToday', 'newToday', 'timeToday', 'collapsed', 'dyn', 'conf']) expect(d, key).toHaveProperty(key);
		}
		expect(Object.keys(JSON.parse(String(dconf)))).toEqual(['1']);
	});

	it('writes notes with Anki’s sort field and checksum, and cloze deletions as Anki marks them', () => {
		const notes = all('SELECT flds, sfld, csum, tags FROM notes ORDER BY id');
		expect(notes).toHaveLength(8);
		expect(notes[0][1]).toBe('Longest river of France loire.png');
		expect(notes[0][3]).toBe(' geography france long_rivers ');
		expect(String(notes[1][0]).split('\u001f')).toEqual(['The {{c1::Danube}} flows through Vienna.', 'Also Budapest.']);
		expect(new Set(all('SELECT guid FROM notes').map(([g]) => g)).size).toBe(8);
	});

	it('gives studied cards Anki’s state, queue and FSRS memory, and every review a row', () => {
		const cards = all('SELECT type, queue, ivl, reps, data FROM cards ORDER BY id');
		// flashcard: review; cloze: relearning, due within the day; short: learning; mcq: a suspended review card; the rest new.
		expect(cards.map(([type, queue, ivl]) => [type, queue, ivl])).toEqual([
			[2, 2, 24],
			[3, 1, 1],
			[1, 1, 0],
			[0, 0, 0],
			[2, -1, 11],
			[0, 0, 0],
			[0, 0, 0],
			[0, 0, 0]
		]);
		const memory = JSON.parse(String(cards[0][4]));
		expect(Object.keys(memory).sort()).toEqual(['d', 'dr', 'lrt', 's']);
		expect(memory.dr).toBe(0.9);
		expect(JSON.parse(String(cards[3][4]))).toEqual({});
		expect(all('SELECT count(*) FROM revlog')[0][0]).toBe(12);
		expect(all('SELECT DISTINCT usn FROM revlog')).toEqual([[-1]]);
		expect(all('SELECT type FROM revlog ORDER BY id LIMIT 1')[0][0]).toBe(0);
	});
});
