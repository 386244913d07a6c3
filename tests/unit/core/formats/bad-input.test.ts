/**
 * Bad input for every file the app reads, in the cells the codec tests leave
 * open (see docs/bad-input.md): too large, empty, the wrong format, nested
 * deep enough to overflow a recursive check, and hostile text. The contract:
 * a clear error or an honest result, never an exception, nothing polluted.
 */
import { deflateSync, strToU8 } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import {
	emitAiken,
	emitCsv,
	emitGift,
	emitJson,
	MAX_FILE_BYTES,
	parseAiken,
	parseApkg,
	parseBackup,
	parseCsv,
	parseGift,
	parseJson,
	type ParseResult
} from '$lib/core/formats';
import { parseResult } from '$lib/core/quiz/results';
import { crc32, toBase64Url } from '$lib/core/share/bytes';
import { decodeBankLink } from '$lib/core/share/link';
import { loadSql } from './anki-builder';
import { everyTypeBank, failed, ok } from './helpers';

let sql: SqlJsStatic;
beforeAll(async () => {
	sql = await loadSql();
});

const textParsers: [string, (input: string | Uint8Array) => ParseResult][] = [
	['json', parseJson],
	['csv', (input) => parseCsv(input)],
	['tsv', (input) => parseCsv(input, { separator: '\t' })],
	['gift', (input) => parseGift(input)],
	['aiken', (input) => parseAiken(input)]
];

/** `[[[…]]]`, `depth` levels: small as a file, deep enough to overflow a recursive walk. */
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('too large', () => {
	// One allocation for every parser: one byte past the limit, refused before it is read.
	const huge = new Uint8Array(MAX_FILE_BYTES + 1);
	const message = 'the file is larger than 100 MB, the most Factdeck imports';

	it.each(textParsers)('%s refuses a file over the size limit', (_name, parse) => {
		expect(failed(parse(huge)).message).toBe(message);
	});

	it('a backup over the size limit is refused', () => {
		const result = parseBackup(huge);
		expect(result.ok ? null : result.error.message).toBe(message);
	});
});

describe('empty', () => {
	it.each(textParsers)('%s gives an error for an empty or blank file', (_name, parse) => {
		for (const input of ['', ' \n\t\r\n', '\uFEFF', new Uint8Array(0)]) {
			expect(failed(parse(input)).message.length).toBeGreaterThan(0);
		}
	});

	it('a header alone, or comments alone, hold no questions', () => {
		expect(failed(parseCsv('front,back\n')).message).toBe('no questions found');
		expect(failed(parseGift('// only a comment\n$CATEGORY: geography\n')).message).toBe('no questions found');
	});

	it('an empty backup, result, link or Anki package is refused', () => {
		expect(parseBackup('')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^not JSON/) } });
		expect(parseResult('')).toMatchObject({ ok: false, error: expect.stringMatching(/^This is not a test result/) });
		expect(decodeBankLink('')).toMatchObject({ ok: false, error: expect.stringMatching(/^This is not a bank link/) });
		expect(failed(parseApkg(new Uint8Array(0), { sql })).message.length).toBeGreaterThan(0);
	});
});

describe('the wrong format', () => {
	const bank = everyTypeBank();
	const files: Record<string, string> = {
		json: emitJson(bank),
		gift: emitGift(bank),
		aiken: emitAiken(bank),
		csv: emitCsv(bank),
		html: '<!doctype html><html><body><h1>News</h1><p>Seoul, the capital.</p></body></html>'
	};

	it.each(textParsers)('%s never turns another format into a silent empty bank', (name, parse) => {
		for (const [kind, text] of Object.entries(files)) {
			if (kind === name) continue;
			const result = parse(text);
			// Either refused, or every record it could not read is listed, so the import can say why.
			if (result.ok && result.bank.questions.length === 0) {
				expect(result.unsupported?.length ?? 0, `${name} reading a ${kind} file`).toBeGreaterThan(0);
			}
		}
	});

	it('JSON, backup and result files name what they are not', () => {
		expect(failed(parseJson(files.gift)).message).toMatch(/^not JSON/);
		expect(parseBackup(files.json)).toMatchObject({ ok: false, error: { message: 'this is a question bank, not a backup: import it as a bank' } });
		expect(parseResult(files.json)).toEqual({ ok: false, error: 'This is not a test result: it lacks "format": "factdeck.result".' });
		expect(decodeBankLink(files.json)).toMatchObject({ ok: false, error: expect.stringMatching(/no "#b=" part/) });
		expect(failed(parseApkg(strToU8(files.csv), { sql })).message.length).toBeGreaterThan(0);
	});
});

describe('nested deeper than any real file', () => {
	// 10,000 levels is 20 KB of text: far under every size limit.
	const deep = nested(10_000);

	it('a bank file gives an error, not a stack overflow', () => {
		const text = `{"format":"factdeck.bank","version":1,"id":"deep","title":"Deep","questions":${deep}}`;
		expect(() => parseJson(text)).not.toThrow();
		expect(failed(parseJson(text)).message).toMatch(/nested too deeply/);
	});

	it('a test result gives an error, not a stack overflow', () => {
		const result = parseResult(`{"format":"factdeck.result","version":1,"answers":${deep}}`);
		expect(result).toEqual({ ok: false, error: expect.stringMatching(/nested too deeply/) });
	});

	it('a backup gives an error, not a stack overflow', () => {
		for (const depth of [2_000, 5_000, 10_000]) {
			const result = parseBackup(`{"format":"factdeck.backup","version":1,"banks":[{"questions":${nested(depth)}}]}`);
			expect(result.ok, `${depth} levels`).toBe(false);
		}
	});

	it('a share link gives an error, not a stack overflow', () => {
		const text = `{"format":"factdeck.bank","version":1,"id":"deep","title":"Deep","questions":${deep}}`;
		const raw = strToU8(text);
		const packed = deflateSync(raw);
		const bytes = new Uint8Array(packed.length + 4);
		bytes.set(packed);
		new DataView(bytes.buffer).setUint32(packed.length, crc32(raw));
		const link = `https://factdeck.example/share#b=1${toBase64Url(bytes)}`;
		expect(decodeBankLink(link)).toEqual({ ok: false, error: expect.stringMatching(/nested too deeply/) });
	});
});

describe('hostile text', () => {
	const script = '<script>alert(1)</script>';
	const image = '<img src=x onerror=alert(1)>';

	it('GIFT, Aiken and CSV keep markup as the text it is, for the app to show as text', () => {
		// GIFT reserves "=", so the file escapes it; the question gets it back as text.
		const gift = ok(parseGift(`::q::${script} Capital? {=Seoul ~${image.replaceAll('=', '\\=')}}`)).bank.questions[0];
		expect(gift.prompt).toContain(script);
		expect(gift.choices).toContain(image);
		const aiken = ok(parseAiken(`${image} Which?\nA. ${script}\nB. Busan\nANSWER: A\n`)).bank.questions[0];
		expect([aiken.prompt, aiken.answer]).toEqual([`${image} Which?`, script]);
		const csv = ok(parseCsv(`"${script}","${image}"\n`)).bank.questions[0];
		expect([csv.prompt, csv.answer]).toEqual([script, image]);
	});

	it('prototype names as GIFT titles, Aiken choices and CSV cells pollute nothing', () => {
		ok(parseGift('::__proto__::constructor? {=prototype ~__proto__}'));
		ok(parseAiken('__proto__?\nA. constructor\nB. prototype\nANSWER: B\n'));
		ok(parseCsv('__proto__,constructor\nprototype,__proto__\n'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf({})).toBe(Object.prototype);
		expect(Object.keys(Object.prototype)).toEqual([]);
	});

	it('control characters and lone surrogates do not break a parser', () => {
		const odd = 'Q\u0000\u0007 \uD800 \u202E?';
		for (const [, parse] of textParsers) expect(() => parse(`${odd},${odd}\n${odd}\tA\n`)).not.toThrow();
	});
});
