/**
 * Builds small Anki packages for tests: a legacy collection (note types as
 * JSON in `col.models`) or a current one (notetypes/fields/templates tables,
 * zstd-compressed, with `meta`), zipped with fflate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { zipSync } from 'fflate';
import { ROOT } from './helpers';

let sqlPromise: Promise<SqlJsStatic> | undefined;
/**
 * sql.js, initialised once per test file. Vitest resolves sql.js to its
 * browser build, which would fetch its wasm by URL; handing it the bytes
 * (the same file for both builds) works in any environment.
 */
export function loadSql(): Promise<SqlJsStatic> {
	const wasm = readFileSync(join(ROOT, 'node_modules/sql.js/dist/sql-wasm.wasm'));
	sqlPromise ??= initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
	return sqlPromise;
}

export interface TestNotetype {
	id: number;
	name: string;
	cloze?: boolean;
	fields: string[];
	templates: string[];
}

export interface TestNote {
	id: number;
	guid?: string;
	mid: number;
	fields: string[];
	tags?: string;
	deck?: number;
	/** Card type: 0 new, 2 review. */
	cardType?: number;
}

/** A card with its scheduling, for a collection that says which cards its notes have. */
export interface TestCard {
	id: number;
	nid: number;
	ord?: number;
	deck?: number;
	/** 0 new, 1 learning, 2 review, 3 relearning. */
	type?: number;
	/** -1 suspended, 0 new, 1 learning, 2 review, 3 learning across days. */
	queue?: number;
	due?: number;
	ivl?: number;
	odue?: number;
	odid?: number;
}

/** A row of Anki's review log. */
export interface TestRevlog {
	id: number;
	cid: number;
	ease: number;
	ivl?: number;
	lastIvl?: number;
	factor?: number;
	time?: number;
	type: number;
}

export interface TestCollection {
	notetypes: TestNotetype[];
	notes: TestNote[];
	decks?: Record<number, string>;
	/** The cards, when not one new card per note (id = note id × 10). */
	cards?: TestCard[];
	revlog?: TestRevlog[];
	/** Creation time (s), day rollover hour, and time zone (minutes west of UTC at creation). */
	crt?: number;
	rollover?: number;
	creationOffset?: number;
}

const BASIC: TestNotetype = { id: 1, name: 'Basic', fields: ['Front', 'Back'], templates: ['{{Front}}'] };
export const NOTETYPES = {
	basic: BASIC,
	reversed: { id: 2, name: 'Basic (and reversed card)', fields: ['Front', 'Back'], templates: ['{{Front}}', '{{Back}}'] },
	optional: {
		id: 3,
		name: 'Basic (optional reversed card)',
		fields: ['Front', 'Back', 'Add Reverse'],
		templates: ['{{Front}}', '{{#Add Reverse}}{{Back}}{{/Add Reverse}}']
	},
	typed: { id: 4, name: 'Basic (type in the answer)', fields: ['Front', 'Back'], templates: ['{{Front}}{{type:Back}}'] },
	cloze: { id: 5, name: 'Cloze', cloze: true, fields: ['Text', 'Back Extra'], templates: ['{{cloze:Text}}'] },
	vocab: { id: 6, name: 'Vocabulary', fields: ['Word', 'Reading', 'Meaning', 'Example'], templates: ['{{Word}}'] }
} satisfies Record<string, TestNotetype>;

const NOTES_SQL =
	'CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null)';
const CARDS_SQL =
	'CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null)';
const REVLOG_SQL =
	'CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null)';

function addNotes(db: import('sql.js').Database, c: TestCollection): void {
	// Prepared once, in one transaction: a deck of 200,000 notes builds in seconds.
	const note = db.prepare('INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, ?)');
	const card = db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?, ?, 2500, 0, 0, 0, ?, ?, 0, ?)');
	const revlog = db.prepare('INSERT INTO revlog VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)');
	db.run('BEGIN');
	for (const n of c.notes) {
		note.run([n.id, n.guid ?? `g${n.id}`, n.mid, n.tags ?? '', n.fields.join('\u001f'), n.fields[0] ?? '', '']);
		if (!c.cards) card.run([n.id * 10, n.id, n.deck ?? 1, 0, n.cardType ?? 0, 0, 0, 0, 0, 0, '']);
	}
	for (const k of c.cards ?? []) {
		card.run([k.id, k.nid, k.deck ?? 1, k.ord ?? 0, k.type ?? 0, k.queue ?? k.type ?? 0, k.due ?? 0, k.ivl ?? 0, k.odue ?? 0, k.odid ?? 0, '']);
	}
	for (const r of c.revlog ?? []) revlog.run([r.id, r.cid, r.ease, r.ivl ?? 0, r.lastIvl ?? 0, r.factor ?? 2500, r.time ?? 5000, r.type]);
	db.run('COMMIT');
	note.free();
	card.free();
	revlog.free();
}

/** The `col` table of both schemas; the current one keeps its settings in `config` instead of `conf`. */
const COL_SQL =
	'CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null)';

/** The day settings a collection was given, as Anki names them. */
const daySettings = (c: TestCollection) => ({
	...(c.rollover !== undefined ? { rollover: c.rollover } : {}),
	...(c.creationOffset !== undefined ? { creationOffset: c.creationOffset } : {})
});

/** A legacy (schema 11) collection's SQLite bytes; `schema` statements run last, to craft a hostile one. */
export async function legacyCollection(c: TestCollection, schema: string[] = []): Promise<Uint8Array> {
	const SQL = await loadSql();
	const db = new SQL.Database();
	db.run(COL_SQL);
	db.run(NOTES_SQL);
	db.run(CARDS_SQL);
	db.run(REVLOG_SQL);
	const models = Object.fromEntries(
		c.notetypes.map((nt) => [
			String(nt.id),
			{
				id: nt.id,
				name: nt.name,
				type: nt.cloze ? 1 : 0,
				flds: nt.fields.map((name, ord) => ({ name, ord })),
				tmpls: nt.templates.map((qfmt, ord) => ({ name: `Card ${ord + 1}`, ord, qfmt, afmt: '{{FrontSide}}' }))
			}
		])
	);
	const decks = Object.fromEntries(Object.entries(c.decks ?? { 1: 'Default' }).map(([id, name]) => [id, { id: Number(id), name }]));
	db.run("INSERT INTO col VALUES (1, ?, 0, 0, 11, 0, 0, 0, ?, ?, ?, '{}', '{}')", [
		c.crt ?? 0,
		JSON.stringify(daySettings(c)),
		JSON.stringify(models),
		JSON.stringify(decks)
	]);
	addNotes(db, c);
	for (const statement of schema) db.run(statement);
	const bytes = db.export();
	db.close();
	return bytes;
}

/** A protobuf varint. */
export function varint(n: number): number[] {
	const out: number[] = [];
	do {
		let b = n % 128;
		n = Math.floor(n / 128);
		if (n > 0) b |= 0x80;
		out.push(b);
	} while (n > 0);
	return out;
}

/** A length-delimited protobuf field. */
export function pbBytes(field: number, bytes: Uint8Array | number[]): number[] {
	return [...varint(field * 8 + 2), ...varint(bytes.length), ...bytes];
}

const utf8 = (s: string) => [...new TextEncoder().encode(s)];

/** A current (schema 18) collection's SQLite bytes. */
export async function currentCollection(c: TestCollection): Promise<Uint8Array> {
	const SQL = await loadSql();
	const db = new SQL.Database();
	db.run(
		'CREATE TABLE notetypes (id integer not null primary key, name text not null, mtime_secs integer not null, usn integer not null, config blob not null)'
	);
	db.run('CREATE TABLE fields (ntid integer not null, ord integer not null, name text not null, config blob not null, primary key (ntid, ord)) without rowid');
	db.run(
		'CREATE TABLE templates (ntid integer not null, ord integer not null, name text not null, mtime_secs integer not null, usn integer not null, config blob not null, primary key (ntid, ord)) without rowid'
	);
	db.run(
		'CREATE TABLE decks (id integer primary key not null, name text not null, mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null)'
	);
	db.run(NOTES_SQL);
	db.run(CARDS_SQL);
	db.run(REVLOG_SQL);
	db.run(COL_SQL);
	db.run("INSERT INTO col VALUES (1, ?, 0, 0, 18, 0, 0, 0, '', '', '', '', '')", [c.crt ?? 0]);
	db.run('CREATE TABLE config (KEY text not null primary key, usn integer not null, mtime_secs integer not null, val blob not null) without rowid');
	for (const [key, value] of Object.entries(daySettings(c)))
		db.run('INSERT INTO config VALUES (?, 0, 0, ?)', [key, new TextEncoder().encode(JSON.stringify(value))]);
	for (const nt of c.notetypes) {
		db.run('INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)', [nt.id, nt.name, new Uint8Array(nt.cloze ? [0x08, 0x01] : [])]);
		nt.fields.forEach((name, ord) => db.run('INSERT INTO fields VALUES (?, ?, ?, ?)', [nt.id, ord, name, new Uint8Array(0)]));
		nt.templates.forEach((qfmt, ord) =>
			db.run('INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)', [nt.id, ord, `Card ${ord + 1}`, new Uint8Array(pbBytes(1, utf8(qfmt)))])
		);
	}
	for (const [id, name] of Object.entries(c.decks ?? { 1: 'Default' })) {
		db.run('INSERT INTO decks VALUES (?, ?, 0, 0, ?, ?)', [Number(id), name.split('::').join('\u001f'), new Uint8Array(0), new Uint8Array(0)]);
	}
	addNotes(db, c);
	const bytes = db.export();
	db.close();
	return bytes;
}

/** Zstandard frame made of raw (stored) blocks: valid input for any decoder, no compressor needed. */
export function zstdStored(data: Uint8Array): Uint8Array {
	const max = 128 * 1024;
	const blocks = Math.max(1, Math.ceil(data.length / max));
	const out = new Uint8Array(9 + blocks * 3 + data.length);
	out.set([0x28, 0xb5, 0x2f, 0xfd, 0xa0]);
	new DataView(out.buffer).setUint32(5, data.length, true);
	let p = 9;
	for (let at = 0, i = 0; i < blocks; i++) {
		const chunk = data.subarray(at, at + max);
		at += chunk.length;
		const header = (chunk.length << 3) | (i === blocks - 1 ? 1 : 0);
		out.set([header & 0xff, (header >>> 8) & 0xff, (header >>> 16) & 0xff], p);
		out.set(chunk, p + 3);
		p += 3 + chunk.length;
	}
	return out;
}

/**
 * A Zstandard frame of RLE blocks (each one byte that repeats up to 128 KB)
 * that unpacks to `size` bytes of `fill`: a few bytes per 128 KB, so a
 * frame of 3 KB unpacks to 99 MB. It declares no content size (as Anki's
 * frames do) and a 2 MB window; `declare` writes a content size instead,
 * true or not.
 */
export function zstdRle(size: number, fill = 0x41, declare?: number): Uint8Array {
	const max = 128 * 1024;
	const blocks = Math.max(1, Math.ceil(size / max));
	const head =
		declare === undefined ? [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58] : [0x28, 0xb5, 0x2f, 0xfd, 0xa0, ...[0, 8, 16, 24].map((s) => (declare >>> s) & 0xff)];
	const out = new Uint8Array(head.length + blocks * 4);
	out.set(head);
	for (let i = 0, left = size; i < blocks; i++) {
		const n = Math.min(max, left);
		left -= n;
		const header = (n << 3) | (1 << 1) | (i === blocks - 1 ? 1 : 0);
		out.set([header & 0xff, (header >>> 8) & 0xff, (header >>> 16) & 0xff, fill], head.length + i * 4);
	}
	return out;
}

/**
 * A current package whose `count` media files are zstd bombs, each unpacking
 * to `size` bytes (99 MB in the reported attack) from a few KB; the first
 * `shown` of them are shown by a note each, the rest by none.
 */
export async function zstdMediaBomb(count: number, size: number, shown: number): Promise<Uint8Array> {
	const names = Array.from({ length: count }, (_, i) => `bomb${i}.png`);
	const notes = Array.from({ length: Math.max(1, shown) }, (_, i) => ({
		id: i + 1,
		mid: 1,
		fields: [i < shown ? `<img src="${names[i]}">` : 'front', 'back']
	}));
	const list = names.flatMap((n) => pbBytes(1, [...pbBytes(1, utf8(n)), ...varint(16), ...varint(size)]));
	const files: Record<string, Uint8Array> = {
		meta: new Uint8Array([0x08, 0x03]),
		'collection.anki21b': zstdStored(await currentCollection({ notetypes: [NOTETYPES.basic], notes })),
		media: zstdStored(new Uint8Array(list))
	};
	names.forEach((_, i) => (files[String(i)] = zstdRle(size)));
	return zipSync(files);
}

/**
 * A legacy package whose `notes` is a view over a recursive query that never
 * ends in practice (the reported 596-byte attack), or, with `statements`,
 * any schema crafted on top of a small valid collection.
 */
export async function hostileCollectionPackage(statements?: string[]): Promise<Uint8Array> {
	const recursiveView = [
		'DROP TABLE notes',
		"CREATE VIEW notes AS WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r) SELECT id, 'g' || id AS guid, 1 AS mid, printf('%.1000c', 'x') || char(31) || 'b' AS flds, '' AS tags FROM r"
	];
	const collection = await legacyCollection(
		{ notetypes: [NOTETYPES.basic], notes: [{ id: 1, mid: 1, fields: ['front', 'back'] }] },
		statements ?? recursiveView
	);
	return zipSync({ 'collection.anki2': collection });
}

/**
 * A current package of `count` notes of a custom five-field note type, each
 * field about `chars` characters: the shape of a real large deck.
 */
export async function largeDeck(count: number, chars: number): Promise<Uint8Array> {
	const words = ['river', 'capital', 'mountain', 'language', 'history', 'ancient', 'modern', 'trade', 'empire', 'culture', 'music', 'science'];
	const text = (seed: number) => {
		let s = '';
		for (let i = seed; s.length < chars; i = (i * 7 + 3) % 9973) s += `${words[i % words.length]} `;
		return s.trim();
	};
	const nt: TestNotetype = { id: 1600000000000, name: 'Vocabulary Plus', fields: ['Word', 'Meaning', 'Example', 'Notes', 'Source'], templates: ['{{Word}}'] };
	const notes = Array.from({ length: count }, (_, i) => ({
		id: 1600000000000 + i,
		mid: nt.id,
		fields: [`word ${i}`, text(i), text(i + 1), text(i + 2), text(i + 3)]
	}));
	return currentPackage({ notetypes: [nt], notes });
}

/** A legacy .apkg: collection.anki2 and a JSON media list. */
export async function legacyPackage(c: TestCollection, media: Record<string, Uint8Array> = {}): Promise<Uint8Array> {
	const names = Object.keys(media);
	const files: Record<string, Uint8Array> = {
		'collection.anki2': await legacyCollection(c),
		media: new TextEncoder().encode(JSON.stringify(Object.fromEntries(names.map((n, i) => [String(i), n]))))
	};
	names.forEach((n, i) => (files[String(i)] = media[n]));
	return zipSync(files);
}

/** A current .apkg: meta (version 3), zstd collection.anki21b, protobuf media list, zstd media files. */
export async function currentPackage(c: TestCollection, media: Record<string, Uint8Array> = {}): Promise<Uint8Array> {
	const names = Object.keys(media);
	const list = names.flatMap((n) => pbBytes(1, [...pbBytes(1, utf8(n)), ...varint(16), ...varint(media[n].length)]));
	const files: Record<string, Uint8Array> = {
		meta: new Uint8Array([0x08, 0x03]),
		'collection.anki21b': zstdStored(await currentCollection(c)),
		// Newer Anki writes a stub collection.anki2 that asks older versions to update.
		'collection.anki2': await legacyCollection({
			notetypes: [NOTETYPES.basic],
			notes: [{ id: 1, mid: 1, fields: ['Please update to the latest Anki version', ''] }]
		}),
		media: zstdStored(new Uint8Array(list))
	};
	names.forEach((n, i) => (files[String(i)] = zstdStored(media[n])));
	return zipSync(files);
}
