// @vitest-environment node
/**
 * The limits of reading an Anki package that a crafted file could walk
 * around: nested zstd past the zip's sizes, a media list or image unpacking
 * without end, a collection whose schema runs queries of its choosing, and
 * row counts; and a real large deck that must still import.
 */
import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { MAX_ANKI_FIELDS, readCollection } from '$lib/core/formats/anki-collection';
import { MAX_MEDIA_FILE_BYTES, MAX_MEDIA_LIST_BYTES } from '$lib/core/formats/anki-media';
import { parseApkg } from '$lib/core/formats/apkg';
import { UnpackBudget, ZipError } from '$lib/core/formats/zip';
import { MAX_ZSTD_WINDOW, unzstd } from '$lib/core/formats/zstd';
import { hostileCollectionPackage, largeDeck, legacyCollection, loadSql, NOTETYPES, zstdMediaBomb, zstdRle, zstdStored } from './anki-builder';
import { failed, ok } from './helpers';

let sql: SqlJsStatic;
beforeAll(async () => {
	sql = await loadSql();
});

const MB = 1024 * 1024;
const timed = <T>(run: () => T): { value: T; seconds: number } => {
	const start = performance.now();
	const value = run();
	return { value, seconds: (performance.now() - start) / 1000 };
};

describe('zstd within a limit and a shared budget', () => {
	it('stops a frame that declares no size at the limit as it decompresses, not after', () => {
		const budget = new UnpackBudget(512 * MB);
		const bomb = zstdRle(300 * MB);
		expect(bomb.byteLength).toBeLessThan(12_000);
		expect(() => unzstd(bomb, 10 * MB, 'bomb.png', budget)).toThrow('bomb.png would unpack to more than 10 MB, the most allowed');
		// What was produced before stopping: the limit and at most one block more.
		expect(budget.limit - budget.left).toBeLessThanOrEqual(10 * MB);
	});

	it('refuses a frame that claims a huge size before decoding anything', () => {
		const budget = new UnpackBudget(512 * MB);
		expect(() => unzstd(zstdRle(1000, 0x41, 0xfffffff0), 256 * MB, 'collection.anki21b', budget)).toThrow(
			'collection.anki21b would unpack to more than 256 MB, the most allowed'
		);
		expect(budget.left).toBe(budget.limit);
	});

	it('refuses a frame whose claim passes what the budget has left, before allocating it', () => {
		const budget = new UnpackBudget(4 * MB);
		expect(() => unzstd(zstdRle(1000, 0x41, 5 * MB), 256 * MB, 'a.png', budget)).toThrow(
			'the package unpacks to more than 4 MB in all (stopped at "a.png"), the most Factdeck reads'
		);
	});

	it('refuses a huge window, even in a second frame behind a small first one', () => {
		const huge = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xf8, 0x01, 0x00, 0x00]); // window 2^41, one empty raw block
		const budget = new UnpackBudget(512 * MB);
		const message = `asks for a Zstandard window of ${2 ** 41 / MB} MB; Factdeck reads at most ${MAX_ZSTD_WINDOW / MB} MB`;
		expect(() => unzstd(huge, 256 * MB, 'x', budget)).toThrow(message);
		const hidden = new Uint8Array([...zstdRle(10), ...huge]);
		expect(() => unzstd(hidden, 256 * MB, 'x', budget)).toThrow(message);
		expect(budget.left).toBe(budget.limit);
	});

	it('reads frames that declare their size, frames that do not, and both in a row', () => {
		const text = new TextEncoder().encode('Seoul '.repeat(5_000));
		const budget = new UnpackBudget(512 * MB);
		expect(unzstd(zstdStored(text), MB, 'a', budget)).toEqual(text);
		const rle = unzstd(zstdRle(300_000, 0x42), MB, 'b', budget);
		expect(rle.byteLength === 300_000 && rle.every((b) => b === 0x42)).toBe(true);
		const both = unzstd(new Uint8Array([...zstdStored(text), ...zstdRle(5, 0x43)]), MB, 'c', budget);
		expect(both.byteLength).toBe(text.byteLength + 5);
		expect(budget.limit - budget.left).toBe(2 * text.byteLength + 300_005);
	});

	it('refuses a frame that lies about its size, and damage, with an error', () => {
		const budget = new UnpackBudget(512 * MB);
		expect(() => unzstd(zstdRle(10).subarray(0, 8), MB, 'cut', budget)).toThrow(ZipError);
		expect(() => unzstd(new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58, 0x07, 0, 0]), MB, 'reserved', budget)).toThrow(/reserved/);
	});
});

describe('media of a package', () => {
	it('stops the zstd media bomb (40 files of a few KB, 99 MB each) at the first image, in bounded time', async () => {
		const bomb = await zstdMediaBomb(40, 99 * MB, 40);
		expect(bomb.byteLength).toBeLessThan(200_000);
		const { value, seconds } = timed(() => parseApkg(bomb, { sql }));
		expect(failed(value).message).toBe(`bomb0.png would unpack to more than ${MAX_MEDIA_FILE_BYTES / MB} MB, the most allowed`);
		expect(seconds).toBeLessThan(30);
	});

	it('never unpacks media that no question shows', async () => {
		const r = ok(parseApkg(await zstdMediaBomb(40, 99 * MB, 0), { sql }));
		expect(r.bank.questions).toHaveLength(1);
		expect(r.media).toBeUndefined();
	});

	it('counts every entry and every nested zstd image against one total', async () => {
		const r = parseApkg(await zstdMediaBomb(10, 2 * MB, 10), { sql, limits: { maxTotalBytes: 7 * MB } });
		expect(failed(r).message).toMatch(/^the package unpacks to more than 7 MB in all \(stopped at "bomb\d\.png"\), the most Factdeck reads$/);
	});

	it('refuses a media list past its cap, legacy or zstd', async () => {
		const collection = await legacyCollection({ notetypes: [NOTETYPES.basic], notes: [{ id: 1, mid: 1, fields: ['a', 'b'] }] });
		const legacy = zipSync({ 'collection.anki2': collection, media: new Uint8Array(MAX_MEDIA_LIST_BYTES + 1) });
		expect(failed(parseApkg(legacy, { sql })).message).toBe('the media list is larger than 16 MB, the most Factdeck reads');
		const bomb = await zstdMediaBomb(1, 10, 0);
		const current = zipSync({
			...Object.fromEntries(Object.entries(await import('fflate').then((f) => f.unzipSync(bomb)))),
			media: zstdRle(MAX_MEDIA_LIST_BYTES + 1)
		});
		expect(failed(parseApkg(current, { sql })).message).toBe('the media list would unpack to more than 16 MB, the most allowed');
	});
});

describe('an untrusted collection', () => {
	it('refuses a notes view over a recursive query at once (the 596-byte attack)', async () => {
		const zip = await hostileCollectionPackage();
		expect(zip.byteLength).toBeLessThan(2_000);
		const { value, seconds } = timed(() => parseApkg(zip, { sql }));
		expect(failed(value).message).toBe('the collection defines a view named "notes"; Factdeck reads only plain tables');
		expect(seconds).toBeLessThan(10);
	});

	it('refuses triggers, views, virtual tables and a table whose text makes something else', async () => {
		const cases: [string[], string][] = [
			[['CREATE TRIGGER t AFTER INSERT ON cards BEGIN SELECT 1; END'], 'the collection defines a trigger named "t"; Factdeck reads only plain tables'],
			[['CREATE VIEW extra AS SELECT 1'], 'the collection defines a view named "extra"; Factdeck reads only plain tables'],
			[
				['PRAGMA writable_schema = ON', "INSERT INTO sqlite_master VALUES ('table', 'v', 'v', 0, 'CREATE VIRTUAL TABLE v USING anything(x)')"],
				'the collection defines a virtual table named "v"; Factdeck reads only plain tables'
			]
		];
		for (const [statements, message] of cases) expect(failed(parseApkg(await hostileCollectionPackage(statements), { sql })).message).toBe(message);
		// A schema row that says "table" over the text of a view: SQLite itself refuses it as damage.
		const decoy = ['PRAGMA writable_schema = ON', "INSERT INTO sqlite_master VALUES ('table', 'decoy', 'decoy', 0, 'CREATE VIEW decoy AS SELECT 1')"];
		expect(failed(parseApkg(await hostileCollectionPackage(decoy), { sql })).message).toMatch(
			/^the Anki package is damaged or not an Anki package \(malformed database schema/
		);
	});

	it('refuses a table read whose column is computed on reading', async () => {
		const generated = [
			'DROP TABLE notes',
			"CREATE TABLE notes (id integer primary key, guid text, mid integer, tags text, flds text GENERATED ALWAYS AS (printf('%.*c', 100000000, 'x')))",
			"INSERT INTO notes (id, guid, mid, tags) VALUES (1, 'g', 1, '')"
		];
		const zip = await hostileCollectionPackage(generated);
		const { value, seconds } = timed(() => parseApkg(zip, { sql }));
		expect(failed(value).message).toBe('the collection\'s "notes" table computes its column "flds"; Factdeck reads only stored values');
		expect(seconds).toBeLessThan(10);
	});

	it('relaxes unicase collations safely, whatever the table names hold, and checks the schema again', async () => {
		// sql.js has no unicase collation, so the schema text is given it afterwards, as Anki's files have it.
		const unicase = (table: string, column: string) => [
			'PRAGMA writable_schema = ON',
			`UPDATE sqlite_master SET sql = replace(sql, '${column}', '${column} COLLATE unicase') WHERE type = 'table' AND name = '${table.replace(/'/g, "''")}'`
		];
		const name = `x'); DROP TABLE notes; --`;
		const quoted = [`CREATE TABLE "${name}" (a text)`, `CREATE INDEX ix ON "${name}" (a)`, ...unicase(name, 'a text')];
		const r = ok(parseApkg(await hostileCollectionPackage(quoted), { sql }));
		expect(r.bank.questions.map((q) => q.prompt)).toEqual(['front']);
		// Only "COLLATE unicase" is cut from a table's text; what is left is checked again as SQLite reads it.
		const spliced = [
			'DROP TABLE notes',
			"CREATE TABLE notes (id integer primary key, guid text, mid integer, tags text, flds text GENERATED ALWAYS AS ('a' || char(31) || 'b'))",
			...unicase('notes', 'guid text')
		];
		expect(failed(parseApkg(await hostileCollectionPackage(spliced), { sql })).message).toMatch(/computes its column "flds"/);
	});

	it('reads notes and cards row by row and stops at the caps', async () => {
		const notes = Array.from({ length: 30 }, (_, i) => ({ id: i + 1, mid: 1, fields: [`q${i}`, `a${i}`] }));
		const db = new sql.Database(await legacyCollection({ notetypes: [NOTETYPES.basic], notes }));
		try {
			expect(() => readCollection(db, { notes: 20, cards: 100 })).toThrow('the collection holds more than 20 notes; Factdeck reads at most 20');
			expect(() => readCollection(db, { notes: 100, cards: 10 })).toThrow('the collection holds more than 10 cards; Factdeck reads at most 10');
			expect(readCollection(db, { notes: 30, cards: 30 }).notes).toHaveLength(30);
		} finally {
			db.close();
		}
	});

	it('refuses a note with more fields than any note type has', async () => {
		const wide = Array.from({ length: MAX_ANKI_FIELDS + 1 }, (_, i) => `f${i}`);
		const zip = zipSync({ 'collection.anki2': await legacyCollection({ notetypes: [NOTETYPES.vocab], notes: [{ id: 1, mid: 6, fields: wide }] }) });
		expect(failed(parseApkg(zip, { sql })).message).toBe('note 1 has more than 256 fields; Factdeck reads at most 256 per note');
	});
});

describe('a real large deck', () => {
	it('imports 200,000 notes of a custom five-field note type', { timeout: 240_000 }, async () => {
		const deck = await largeDeck(200_000, 20);
		const r = ok(parseApkg(deck, { sql, name: 'large.apkg' }));
		expect(r.bank.questions).toHaveLength(200_000);
		expect(r.bank.questions[199_999]).toMatchObject({ prompt: 'word 199999' });
	});
});
