// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { parseApkg } from '$lib/core/formats/apkg';
import { MAX_FILE_BYTES } from '$lib/core/formats/text';
import { currentPackage, legacyPackage, loadSql, NOTETYPES, type TestCollection } from './anki-builder';
import { expectValid, failed, fixture, FIXTURES, ok, ROOT } from './helpers';

let sql: SqlJsStatic;
beforeAll(async () => {
	sql = await loadSql();
});

const SHARED = join(FIXTURES, 'shared/apkg');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

describe('the shared Anki fixtures', () => {
	// Questions imported and notes reported unsupported, per file.
	const expected: Record<string, [number, number]> = {
		'diffmodels2-1.apkg': [1, 0],
		'media.apkg': [0, 1],
		'update1.apkg': [1, 0],
		'zhongwen-anki21b.apkg': [3, 0]
	};

	it('has a test copy of every file in ../shared/fixtures/apkg', () => {
		const upstream = join(ROOT, '../shared/fixtures/apkg');
		const names = readdirSync(SHARED).sort();
		expect(names).toEqual(Object.keys(expected).sort());
		if (!existsSync(upstream)) return;
		for (const name of readdirSync(upstream)) expect(readFileSync(join(upstream, name))).toEqual(readFileSync(join(SHARED, name)));
	});

	it.each(Object.entries(expected))('imports %s with the expected counts', (name, [questions, unsupported]) => {
		const r = ok(parseApkg(fixture(`shared/apkg/${name}`), { sql, name }));
		expect(r.bank.questions).toHaveLength(questions);
		expect(r.unsupported ?? []).toHaveLength(unsupported);
		expect(r.warnings.map((w) => w.message)).toContain(
			'the package holds no review history: every card starts as a new card (to bring it, export from Anki with “Include scheduling information” ticked)'
		);
		expect(r.history).toBeUndefined();
		expectValid(r.bank);
	});

	it('reads the current zstd format (zhongwen): its deck, its note type, one fact per note', () => {
		const r = ok(parseApkg(fixture('shared/apkg/zhongwen-anki21b.apkg'), { sql, name: 'zhongwen-anki21b.apkg' }));
		expect(r.bank.title).toBe('Chinese');
		expect(r.bank.questions.map((q) => [q.prompt, q.answer])).toEqual([
			['Simplified', 'Pinyin'],
			['向量', 'xiàng liàng'],
			['矩阵', 'jǔ zhèn']
		]);
		expect(r.bank.questions[1].explanation).toContain('Meaning: vector');
		expect(new Set(r.bank.questions.map((q) => q.fact)).size).toBe(3);
		expect(r.warnings[0].message).toMatch(/^note type "Zhongwen" is not one of Anki's standard types/);
	});

	it('reads legacy packages and names sound it cannot play', () => {
		expect(ok(parseApkg(fixture('shared/apkg/update1.apkg'), { sql })).bank.questions[0]).toMatchObject({
			type: 'flashcard',
			prompt: 'hello',
			answer: 'world'
		});
		const media = ok(parseApkg(fixture('shared/apkg/media.apkg'), { sql }));
		expect(media.unsupported).toEqual([{ record: 1, kind: 'empty', message: 'note 1 (Basic): the back is empty' }]);
		expect(media.warnings.map((w) => w.message)).toContain('sound and video are not supported; they are only named in the text: foo.wav');
	});
});

const collection: TestCollection = {
	notetypes: Object.values(NOTETYPES),
	decks: { 1: 'Default', 7: 'Korea::Capitals' },
	notes: [
		{ id: 1, mid: 1, fields: ['Capital of <b>South Korea</b>?', 'Seoul'], tags: 'geo asia', deck: 7 },
		{ id: 2, mid: 2, fields: ['Han', 'river of Seoul'], deck: 7 },
		{ id: 3, mid: 3, fields: ['one way', 'back', ''], deck: 7 },
		{ id: 4, mid: 3, fields: ['both ways', 'back again', 'y'], deck: 7 },
		{ id: 5, mid: 4, fields: ['Type the capital', 'Seoul'], deck: 7, cardType: 2 },
		{ id: 6, mid: 5, fields: ['{{c1::Seoul}} lies on the {{c2::Han::river}}.', 'About 10 million people'], deck: 7 },
		{ id: 7, mid: 6, fields: ['서울', 'Seoul', 'capital', ''], deck: 7 },
		{ id: 8, mid: 1, fields: ['<img src="flag.png">', 'South Korea'], deck: 7 },
		{ id: 9, mid: 1, fields: ['Listen [sound:anthem.mp3]', 'Aegukga'], deck: 7 },
		{ id: 10, mid: 5, fields: ['no deletions here', ''], deck: 7 },
		{ id: 11, mid: 99, fields: ['orphan', 'note'], deck: 7 }
	]
};

describe.each([
	['legacy', legacyPackage],
	['current (anki21b)', currentPackage]
])('a %s package', (_kind, build) => {
	let r: ReturnType<typeof ok>;
	beforeAll(async () => {
		r = ok(parseApkg(await build(collection, { 'flag.png': PNG }), { sql, name: 'korea.apkg' }));
	});

	const byNote = (record: number) => r.bank.questions.filter((_, i) => r.origins?.[i].record === record);

	it('takes the title from the deck and every bank passes validation', () => {
		expect(r.bank.title).toBe('Capitals');
		expectValid(r.bank);
	});

	it('keeps HTML in html and plain text in prompt, with the note tags', () => {
		expect(byNote(1)).toEqual([
			expect.objectContaining({
				type: 'flashcard',
				prompt: 'Capital of South Korea?',
				answer: 'Seoul',
				html: { prompt: 'Capital of <b>South Korea</b>?' },
				tags: ['geo', 'asia'],
				fact: 'anki-g1'
			})
		]);
	});

	it('makes both directions of a reversed note, sharing one fact', () => {
		expect(byNote(2).map((q) => [q.prompt, q.answer, q.fact])).toEqual([
			['Han', 'river of Seoul', 'anki-g2'],
			['river of Seoul', 'Han', 'anki-g2']
		]);
	});

	it('reverses an optional-reverse note only when Add Reverse is filled', () => {
		expect(byNote(3)).toHaveLength(1);
		expect(byNote(4)).toHaveLength(2);
	});

	it('makes a typed-answer note a short answer', () => {
		expect(byNote(5)[0]).toMatchObject({ type: 'short', answer: 'Seoul' });
	});

	it('makes one question per cloze number, each its own fact, Back Extra as explanation', () => {
		expect(byNote(6).map((q) => [q.type, q.prompt, q.answer, q.fact, q.explanation])).toEqual([
			['cloze', '____ lies on the Han.', 'Seoul', 'anki-g6-c1', 'About 10 million people'],
			['cloze', 'Seoul lies on the ____ (river).', 'Han', 'anki-g6-c2', 'About 10 million people']
		]);
	});

	it('takes front and back of any other note type from its fields, the rest as explanation', () => {
		expect(byNote(7)[0]).toMatchObject({ prompt: '서울', answer: 'Seoul', explanation: 'Meaning: capital' });
	});

	it('brings over the images the questions show, and names sounds in a warning', () => {
		expect(byNote(8)[0]).toMatchObject({ prompt: '[image: flag.png]', html: { prompt: '<img src="flag.png">' } });
		expect(r.media).toEqual(new Map([['flag.png', PNG]]));
		expect(r.warnings.map((w) => w.message)).toContain('sound and video are not supported; they are only named in the text: anthem.mp3');
	});

	it('reports notes it cannot import, by note number', () => {
		expect(r.unsupported).toEqual([
			{ record: 10, kind: 'cloze', message: 'note 10 (Cloze): a cloze note without any {{c1::…}} deletion' },
			{ record: 11, kind: 'unknown note type', message: 'note 11: its note type is missing from the package' }
		]);
	});

	it('says that the package holds no review history for the cards studied in Anki', () => {
		expect(r.warnings.map((w) => w.message)).toContain('the package holds no review history for the 1 card studied in Anki: it starts as new');
	});
});

describe('damaged or hostile packages', () => {
	it('rejects a file that is not a zip', () => {
		expect(failed(parseApkg(new TextEncoder().encode('hello'), { sql })).message).toBe('not a zip archive (no central directory)');
	});

	it('refuses a file over the size limit before reading it', () => {
		expect(failed(parseApkg(new Uint8Array(MAX_FILE_BYTES + 1), { sql })).message).toBe('the file is larger than 100 MB, the most Factdeck imports');
	});

	it('rejects a zip without a collection', () => {
		expect(failed(parseApkg(zipSync({ 'notes.txt': new Uint8Array([1]) }), { sql })).message).toMatch(/not an Anki package/);
	});

	it('rejects a collection that is not SQLite, as damage', () => {
		expect(failed(parseApkg(zipSync({ 'collection.anki2': new TextEncoder().encode('garbage'.repeat(100)) }), { sql })).message).toMatch(
			/damaged or not an Anki package/
		);
	});

	it('rejects a package from a newer Anki', () => {
		const zip = zipSync({ meta: new Uint8Array([0x08, 0x09]), 'collection.anki21b': new Uint8Array(10) });
		expect(failed(parseApkg(zip, { sql })).message).toMatch(/newer version of Anki/);
	});

	it('applies the zip limits', async () => {
		const zip = await legacyPackage({ notetypes: [NOTETYPES.basic], notes: [{ id: 1, mid: 1, fields: ['a', 'b'] }] });
		expect(failed(parseApkg(zip, { sql, limits: { maxEntryBytes: 1000 } })).message).toMatch(
			/"collection.anki2" would unpack to \d+ KB; at most 1000 bytes per file is allowed/
		);
	});

	it('is safe with __proto__ as a deck id and as a media name', async () => {
		const zip = await legacyPackage(
			{ notetypes: [NOTETYPES.basic], decks: Object.fromEntries([['__proto__', 'Evil']]), notes: [{ id: 1, mid: 1, fields: ['<img src="__proto__">', 'b'] }] },
			Object.fromEntries([['__proto__', PNG]])
		);
		const r = ok(parseApkg(zip, { sql }));
		expect(r.media?.get('__proto__')).toEqual(PNG);
		expect(Object.getPrototypeOf(r.media)).toBe(Map.prototype);
		expect(({} as Record<string, unknown>)[0]).toBeUndefined();
	});
});
