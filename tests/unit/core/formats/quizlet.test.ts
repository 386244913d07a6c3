import { MAX_FILE_BYTES } from '$lib/core/formats/text';
import { MAX_FIELD_CHARS } from '$lib/core/bank/limits';
import { guessSemicolonCards, parseQuizlet, separatorsProblem } from '$lib/core/formats/quizlet';
import { expectValid, failed, ok } from './helpers';

const pairs = (text: string, term = '\t', card = '\n') =>
	ok(parseQuizlet(text, { separators: { term, card } })).bank.questions.map((q) => [q.prompt, q.answer]);

describe('parseQuizlet', () => {
	it("reads Quizlet's default export: tab, then a new line, as flashcards", () => {
		const r = ok(parseQuizlet('Seoul\tCapital of South Korea\r\nBusan\tLargest port\n', { name: 'korea.txt' }));
		expect(r.bank.title).toBe('korea');
		expect(r.bank.questions.map((q) => [q.type, q.prompt, q.answer])).toEqual([
			['flashcard', 'Seoul', 'Capital of South Korea'],
			['flashcard', 'Busan', 'Largest port']
		]);
		expectValid(r.bank);
	});

	it.each([
		['comma and semicolon', ',', ';', 'Seoul,Capital;Busan,Port;'],
		['custom separators', ' - ', '##', 'Seoul - Capital##Busan - Port'],
		['a comma and a custom card separator with line breaks around it', ',', '\n---\n', 'Seoul,Capital\n---\nBusan,Port\n']
	])('splits by %s', (_what, term, card, text) => {
		expect(pairs(text, term, card)).toEqual([
			['Seoul', 'Capital'],
			['Busan', 'Port']
		]);
	});

	it('splits a card at the first term separator only: a definition keeps its commas', () => {
		expect(pairs('Hangul,the Korean alphabet, made in 1443\n', ',')).toEqual([['Hangul', 'the Korean alphabet, made in 1443']]);
	});

	it('keeps line breaks inside a definition when cards are separated by something else', () => {
		expect(pairs('Seoul\tline one\nline two;Busan\tPort', '\t', ';')).toEqual([
			['Seoul', 'line one\nline two'],
			['Busan', 'Port']
		]);
	});

	it('reads quoted fields that hold a separator, with doubled quotes as one', () => {
		expect(pairs('"Seoul, Korea",capital\n"the ""port""",Busan, the "second" city\n', ',')).toEqual([
			['Seoul, Korea', 'capital'],
			['the "port"', 'Busan, the "second" city']
		]);
	});

	it('reads a quote that does not close a field as plain text', () => {
		expect(pairs('"To be" or not\tHamlet\n"open\tquote\n', '\t')).toEqual([
			['"To be" or not', 'Hamlet'],
			['"open', 'quote']
		]);
	});

	it('skips empty lines and lists a card without a definition or a term, with its line', () => {
		const r = ok(parseQuizlet('\n\nSeoul\tCapital\n\n  \nBusan\n\tPort only\nDaegu\t\n'));
		expect(r.bank.questions.map((q) => q.prompt)).toEqual(['Seoul']);
		expect(r.unsupported).toEqual([
			{ line: 6, kind: 'no definition', message: expect.stringContaining('"Busan"') },
			{ line: 7, kind: 'empty', message: 'the term is empty' },
			{ line: 8, kind: 'empty', message: 'the definition is empty' }
		]);
		expect(r.origins).toEqual([{ line: 3 }]);
	});

	it('refuses empty text, and separators that cannot split', () => {
		expect(failed(parseQuizlet(' \n\n')).problems[0].message).toMatch(/no cards found/);
		expect(separatorsProblem({ term: ';', card: ';' })).toMatch(/same/);
		expect(separatorsProblem({ term: '', card: '\n' })).toMatch(/empty/);
		expect(separatorsProblem({ term: '-', card: '--' })).toMatch(/part of the other/);
		expect(failed(parseQuizlet('a;b', { separators: { term: ';', card: ';' } })).problems[0].message).toMatch(/same/);
	});

	it('holds the caps for files: too large a text is refused, too long a field is listed', () => {
		expect(failed(parseQuizlet('x'.repeat(MAX_FILE_BYTES + 1))).problems[0].message).toMatch(/larger than 100 MB/);
		const r = ok(parseQuizlet(`Long\t${'y'.repeat(MAX_FIELD_CHARS + 1)}\nShort\tfine\n`));
		expect(r.bank.questions.map((q) => q.prompt)).toEqual(['Short']);
		expect(r.unsupported).toEqual([expect.objectContaining({ line: 1, kind: 'too long' })]);
	});

	it('reads crafted runs of quotes and missing separators in linear time', () => {
		const t0 = performance.now();
		// A reader that rescanned the rest of the text per card would take minutes here.
		parseQuizlet('"a\n'.repeat(50_000));
		parseQuizlet('x;'.repeat(50_000), { separators: { term: '\t', card: ';' } });
		expect(performance.now() - t0).toBeLessThan(8_000);
	});
});

describe('guessSemicolonCards', () => {
	it("recognises Quizlet's one-line export", () => {
		expect(guessSemicolonCards('Seoul\tCapital;Busan\tPort;')).toEqual({ term: '\t', card: ';' });
		expect(guessSemicolonCards('Seoul,Capital;Busan,Port')).toEqual({ term: ',', card: ';' });
	});

	it('leaves alone text on several lines, or cards without a term separator', () => {
		expect(guessSemicolonCards('Seoul,Capital;Busan,Port\nDaegu,City')).toBeUndefined();
		expect(guessSemicolonCards('one;two;three')).toBeUndefined();
	});
});
