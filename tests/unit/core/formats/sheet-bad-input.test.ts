import { zipSync } from 'fflate';
import { detectFormat } from '$lib/core/formats';
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '$lib/core/formats/sheet-read';
import { failed, ok } from './helpers';
import { kahootSheet, readSheet, withEntry, workbook } from './sheet-helpers';

const SHEET = 'xl/worksheets/sheet1.xml';
const enc = (text: string) => new TextEncoder().encode(text);

/** A worksheet's XML around these rows. */
const sheetXml = (rows: string) =>
	`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** Overwrites the size the central directory declares for the entry named `name`. */
function claimSize(zip: Uint8Array, name: string, size: number): Uint8Array {
	const copy = zip.slice();
	const view = new DataView(copy.buffer);
	let p = view.getUint32(copy.length - 22 + 16, true);
	while (view.getUint32(p, true) === 0x02014b50) {
		const nameLength = view.getUint16(p + 28, true);
		if (new TextDecoder().decode(copy.subarray(p + 46, p + 46 + nameLength)) === name) {
			view.setUint32(p + 24, size, true);
			return copy;
		}
		p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
	}
	throw new Error(`no entry ${name}`);
}

describe('a file that is not a quiz sheet', () => {
	it('refuses text that is not a spreadsheet', () => {
		expect(failed(readSheet(enc('Question,Answer\nWhat?,This\n'))).message).toBe('not a zip archive (no central directory)');
	});

	it('asks for .xlsx when given an Excel 97-2003 workbook', () => {
		const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
		expect(detectFormat('quiz.xls', xls)).toBe('xlsx');
		expect(failed(readSheet(xls)).message).toBe('this is an old Excel workbook (.xls); save it as .xlsx');
	});

	it('refuses a zip that holds no workbook', () => {
		const zip = zipSync({ 'notes.txt': enc('hello') });
		expect(failed(readSheet(zip)).message).toBe('not an Excel workbook (.xlsx): it holds no xl/workbook.xml');
	});

	it('refuses a workbook without a Kahoot or Quizizz header row, naming the headers it looks for', () => {
		const error = failed(
			readSheet(
				workbook([
					['Name', 'Score'],
					['Ada', 10]
				])
			)
		);
		expect(error.message).toMatch(/^no Kahoot or Quizizz header row found: the sheet needs a row with "Question - max 120 characters"/);
	});

	it('refuses a Kahoot sheet with a header and no questions', () => {
		expect(failed(readSheet(kahootSheet())).message).toBe('no questions found');
	});
});

describe('rows that cannot be questions, each listed with its row', () => {
	it('leaves out a correct answer naming answer 7, an empty question, too few answers and no correct answer, keeping the rest', () => {
		const result = ok(
			readSheet(
				kahootSheet(
					['Capital of Italy?', 'Rome', 'Milan', null, null, 20, 7],
					[null, 'Yes', 'No', null, null, 20, 1],
					['Only one answer?', 'Yes', null, null, null, 20, 1],
					['No correct answer?', 'A', 'B', null, null, 20, null],
					['Which word?', 'A', 'B', null, null, 20, 'second'],
					['Capital of Spain?', 'Madrid', 'Lisbon', null, null, 20, 1]
				)
			)
		);
		expect(result.bank.questions.map((q) => q.prompt)).toEqual(['Capital of Spain?']);
		expect(result.unsupported?.map((u) => [u.line, u.kind, u.message])).toEqual([
			[2, 'invalid', "the correct answer names answer 7, but the row's answers are 1, 2"],
			[3, 'empty question', 'the question is empty'],
			[4, 'too few answers', 'the question has only one answer; it needs at least 2'],
			[5, 'invalid', 'no correct answer is given; name at least one answer by its number'],
			[6, 'invalid', 'the correct answer "second" is not answer numbers such as 1 or 1,3']
		]);
	});

	it('leaves out a row whose answers repeat, with the validator reason', () => {
		const result = ok(readSheet(kahootSheet(['Twice?', 'Same', 'same', null, null, 20, 1], ['Fine?', 'Yes', 'No', null, null, 20, 1])));
		expect(result.unsupported?.map((u) => [u.line, u.kind])).toEqual([[2, 'invalid']]);
		expect(result.unsupported?.[0].message).toMatch(/appears more than once/);
	});
});

describe('caps: a hostile workbook is refused before it can exhaust memory', () => {
	it('refuses a zip bomb that declares a huge sheet, before inflating it', () => {
		const bomb = claimSize(workbook([['x']]), SHEET, 0xfffffff0);
		expect(failed(readSheet(bomb)).message).toBe('"xl/worksheets/sheet1.xml" would unpack to 4096 MB; at most 32 MB per file is allowed');
	});

	it('refuses a zip bomb that declares a small sheet and inflates to a large one, stopping at the declared size', () => {
		// 8 MB of spaces deflate to a few kilobytes; the directory says 1 KB.
		const padded = withEntry(workbook([['x']]), SHEET, sheetXml(' '.repeat(8 * 1024 * 1024)));
		expect(failed(readSheet(claimSize(padded, SHEET, 1024))).message).toBe('"xl/worksheets/sheet1.xml" unpacks to more than its declared size');
	});

	it(`refuses a sheet of more than ${MAX_SHEET_ROWS.toLocaleString('en')} rows`, () => {
		const rows = Array.from({ length: MAX_SHEET_ROWS + 10 }, (_, i) => `<row r="${i + 1}">${cell(`A${i + 1}`, 'q')}</row>`).join('');
		const huge = withEntry(workbook([['x']]), SHEET, sheetXml(rows));
		expect(failed(readSheet(huge)).message).toBe('the sheet "Sheet1" has more than 50,000 rows; Factdeck reads at most 50,000');
	});

	it('reads no further than the row cap when one cell sits on the last row of the sheet', () => {
		const far = withEntry(workbook([['x']]), SHEET, sheetXml(`<row r="1048576">${cell('A1048576', 'far')}</row>`));
		expect(failed(readSheet(far)).message).toMatch(/^no Kahoot or Quizizz header row found/);
	});

	it(`reads the first ${MAX_SHEET_COLUMNS} cells of a row as wide as a sheet allows`, () => {
		const header = ['Question - max 120 characters', 'Answer 1', 'Answer 2', 'Correct answer(s)'].map((t, i) => cell(`${'ABCD'[i]}1`, t)).join('');
		const question = ['Wide?', 'Yes', 'No', '1'].map((t, i) => cell(`${'ABCD'[i]}2`, t)).join('');
		const wide = `${cell('XFD2', 'far right')}`;
		const result = ok(readSheet(withEntry(workbook([['x']]), SHEET, sheetXml(`<row r="1">${header}</row><row r="2">${question}${wide}</row>`))));
		expect(result.bank.questions.map((q) => q.prompt)).toEqual(['Wide?']);
	});

	it('leaves out a question whose cell is over the field cap, with its row', () => {
		// Excel holds 32,767 characters in a cell, so no spreadsheet program writes this; a crafted file can.
		const row = (r: number, question: string) => `<row r="${r}">${[question, 'A', 'B', '1'].map((t, i) => cell(`${'ABCD'[i]}${r}`, t)).join('')}</row>`;
		const header = row(1, 'Question').replace('>A<', '>Answer 1<').replace('>B<', '>Answer 2<').replace('>1<', '>Correct answer<');
		const result = ok(readSheet(withEntry(workbook([['x']]), SHEET, sheetXml(header + row(2, 'x'.repeat(100_001)) + row(3, 'Short?')))));
		expect(result.bank.questions.map((q) => q.prompt)).toEqual(['Short?']);
		expect(result.unsupported?.map((u) => [u.line, u.kind])).toEqual([[2, 'too long']]);
	});
});
