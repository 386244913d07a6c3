import { detectSeparator, eachRow, readRows } from '$lib/core/formats/csv-read';

describe('readRows (RFC 4180)', () => {
	it('reads quoted fields with separators, doubled quotes and line breaks', () => {
		const read = readRows('a,"b, c","say ""hi""","two\nlines"\r\nnext,row\n', ',');
		expect(read.ok).toBe(true);
		expect(read.rows).toEqual([
			{ line: 1, cells: ['a', 'b, c', 'say "hi"', 'two\nlines'] },
			{ line: 3, cells: ['next', 'row'] }
		]);
	});

	it('keeps empty fields, quoted or not', () => {
		expect(readRows('"",,x', ',').rows).toEqual([{ line: 1, cells: ['', '', 'x'] }]);
	});

	it('treats a quote inside an unquoted field as text', () => {
		expect(readRows('5" floppy,disk', ',').rows[0].cells).toEqual(['5" floppy', 'disk']);
	});

	it('reports an unclosed quote with the line it opened on', () => {
		const read = readRows('ok,row\n"never closed,x\ny,z', ',');
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.problems).toEqual([{ line: 2, message: expect.stringContaining('never closed') }]);
	});

	it('numbers lines from the given first line', () => {
		expect(readRows('a,b', ',', 4).rows[0].line).toBe(4);
	});
});

describe('eachRow (streaming)', () => {
	it('gives records one at a time, reading only as far as asked', () => {
		const text = 'a,b\n'.repeat(1_000_000);
		const cursor = { offset: 0 };
		const rows = eachRow(text, ',', 1, cursor);
		expect(rows.next().value).toEqual({ line: 1, cells: ['a', 'b'] });
		expect(rows.next().value).toEqual({ line: 2, cells: ['a', 'b'] });
		expect(cursor.offset).toBe(8);
	});

	it('reads line breaks inside a quoted field as \\n and counts them', () => {
		expect(readRows('"one\r\ntwo\rthree",x\r\nnext,y', ',').rows).toEqual([
			{ line: 1, cells: ['one\ntwo\nthree', 'x'] },
			{ line: 4, cells: ['next', 'y'] }
		]);
	});
});

describe('detectSeparator', () => {
	it.each([
		['tab', 'term\tdefinition, with comma\nx\ty, z', '\t'],
		['comma', 'front,back\na; b,c', ','],
		['semicolon', 'Frage;Antwort\nHauptstadt?;Berlin, Deutschland', ';'],
		['pipe', 'a|b\nc|d', '|']
	])('finds %s', (_name, text, sep) => {
		expect(detectSeparator(text)).toBe(sep);
	});

	it('gives nothing for a single column', () => {
		expect(detectSeparator('just words\nmore words')).toBeUndefined();
	});
});
