import { emitCsv, parseCsv } from '$lib/core/formats/csv';
import { MAX_FILE_BYTES } from '$lib/core/formats/text';
import { carried, everyTypeBank, expectValid, failed, fixture, ok } from './helpers';

describe('parseCsv', () => {
	it('reads Quizlet-style term<TAB>definition lines as flashcards, one fact each', () => {
		const r = ok(parseCsv(fixture('csv/quizlet.tsv'), { name: 'korea-cities.tsv' }));
		expect(r.bank.title).toBe('korea-cities');
		expect(r.bank.questions.map((q) => [q.type, q.prompt, q.answer])).toEqual([
			['flashcard', 'Seoul', 'capital of South Korea'],
			['flashcard', 'Pyongyang', 'capital of North Korea'],
			['flashcard', 'Busan', 'largest port of South Korea']
		]);
		expect(new Set(r.bank.questions.map((q) => q.fact)).size).toBe(3);
		expect(r.origins).toEqual([{ line: 1 }, { line: 2 }, { line: 3 }]);
		expectValid(r.bank);
	});

	it('detects a front,back header and skips it', () => {
		const r = ok(parseCsv('Front,Back\nSeoul,South Korea\n'));
		expect(r.bank.questions.map((q) => [q.prompt, q.answer])).toEqual([['Seoul', 'South Korea']]);
	});

	it('reads question/answer/choice columns as multiple choice, a letter answer naming a choice', () => {
		const r = ok(parseCsv(fixture('csv/mcq.csv')));
		const [first, second, third] = r.bank.questions;
		expect(first).toMatchObject({ type: 'mcq', answer: 'Seoul', choices: ['Busan', 'Seoul', 'Incheon'], explanation: 'Seoul, since 1948' });
		expect(second).toMatchObject({ answer: 'Pyongyang', choices: ['Kaesong', 'Pyongyang', 'Wonsan'] });
		// An answer that is not among the listed (wrong) choices joins them.
		expect(third).toMatchObject({ answer: 'Busan', choices: ['Busan', 'Incheon', 'Ulsan'] });
		expectValid(r.bank);
	});

	it('reads an Anki text export: html, note types, decks, tags, reversed and cloze notes', () => {
		const r = ok(parseCsv(fixture('csv/anki-export.txt')));
		expect(r.bank.title).toBe('Geography');
		const qs = r.bank.questions;
		expect(qs[0]).toMatchObject({
			type: 'flashcard',
			prompt: 'Capital of South Korea?',
			answer: 'Seoul\n(since 1948)',
			html: { prompt: 'Capital of <b>South Korea</b>?', answer: 'Seoul<br>(since 1948)' },
			tags: ['geo', 'capital']
		});
		const [forward, backward] = [qs[1], qs[2]];
		expect([forward.prompt, backward.prompt]).toEqual(['Han', 'the river through Seoul']);
		expect(forward.fact).toBe(backward.fact);
		const clozes = qs.slice(3);
		expect(clozes.map((q) => [q.prompt, q.answer])).toEqual([
			['____ lies on the Han.', 'Seoul'],
			['Seoul lies on the ____ (river).', 'Han']
		]);
		expect(clozes[0].explanation).toBe('Population about 10 million');
		expect(clozes[0].fact).not.toBe(clozes[1].fact);
		expectValid(r.bank);
	});

	it('honours #columns with the declared separator', () => {
		const r = ok(parseCsv('#separator:Semicolon\n#columns:Back;Front\nSeoul;Capital of South Korea?\n'));
		expect(r.bank.questions[0]).toMatchObject({ prompt: 'Capital of South Korea?', answer: 'Seoul' });
		expect(r.origins).toEqual([{ line: 3 }]);
	});

	it('keeps columns it does not know in the explanation and says so', () => {
		const r = ok(parseCsv('term,definition,example\nhan,river,Han river\n'));
		expect(r.bank.questions[0].explanation).toBe('example: Han river');
		expect(r.warnings.map((w) => w.message)).toContain('example: no known meaning; kept in the explanation');
	});

	it('reports records without a back as unsupported, with their line', () => {
		const r = ok(parseCsv('a\tb\nno back\t\nc\td\n'));
		expect(r.bank.questions).toHaveLength(2);
		expect(r.unsupported).toEqual([{ line: 2, kind: 'empty', message: 'the answer (back) is empty' }]);
	});

	it('reads typed columns: true/false and short answers', () => {
		const r = ok(parseCsv('question,answer,type,accept\nSeoul is in the north.,no,truefalse,\nRiver of Seoul?,Han,short,"Hangang\nHan River"\n'));
		expect(r.bank.questions[0]).toMatchObject({ type: 'truefalse', answer: false });
		expect(r.bank.questions[1]).toMatchObject({ type: 'short', accept: ['Hangang', 'Han River'] });
	});

	it('fails with the line of an unclosed quote', () => {
		const e = failed(parseCsv('a,b\n"c,d\n'));
		expect(e.problems).toEqual([{ line: 2, message: expect.stringContaining('never closed') }]);
		expect(e.format).toBe('csv');
	});

	it('fails on a file with no separator or no records', () => {
		expect(failed(parseCsv('one column only\n')).message).toMatch(/no separator/);
		expect(failed(parseCsv('\n\n')).message).toMatch(/no questions found/);
	});

	it('is safe with __proto__ and constructor as column names or values', () => {
		const r = ok(parseCsv('__proto__,constructor\nfront,back\n__proto__,constructor\n'));
		expect(r.bank.questions.map((q) => q.prompt)).toEqual(['__proto__', 'front', '__proto__']);
		expect(({} as Record<string, unknown>).front).toBeUndefined();
	});

	it('reads UTF-16 with a byte-order mark', () => {
		const text = 'Seoul,서울\n';
		const bytes = new Uint8Array(2 + text.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
		expect(ok(parseCsv(bytes)).bank.questions[0]).toMatchObject({ prompt: 'Seoul', answer: '서울' });
	});

	it('reports progress as it reads: records, and characters of the whole', () => {
		const text = `front,back\n${Array.from({ length: 5_000 }, (_, i) => `Q${i},A${i}`).join('\n')}\n`;
		const heard: { records: number; done: number; total: number }[] = [];
		ok(parseCsv(text, { onProgress: (p) => heard.push(p) }));
		expect(heard.map((p) => p.records)).toEqual([2_000, 4_000]);
		expect(heard.every((p) => p.total === text.length && p.done > 0 && p.done < p.total)).toBe(true);
	});

	it('refuses a file over the size limit with a clear message', () => {
		const e = failed(parseCsv(new Uint8Array(MAX_FILE_BYTES + 1)));
		expect(e.message).toBe('the file is larger than 100 MB, the most Factdeck imports');
	});

	it('reads Latin-1 bytes with a warning', () => {
		const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x63, 0x6f, 0x66, 0x66, 0x65, 0x65]);
		const r = ok(parseCsv(bytes));
		expect(r.bank.questions[0].prompt).toBe('café');
		expect(r.warnings[0].message).toMatch(/Latin-1/);
	});
});

describe('emitCsv', () => {
	it('round-trips every question type: bank → CSV → bank', () => {
		const bank = everyTypeBank();
		const back = ok(parseCsv(emitCsv(bank), { title: bank.title }));
		expect(back.bank.questions.map(carried)).toEqual(bank.questions.map(carried));
		expect(back.bank.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
		expect(back.bank.questions.map((q) => q.fact)).toEqual(bank.questions.map((q) => q.fact));
		expectValid(back.bank);
	});

	it('quotes fields that need it and ends lines with CRLF', () => {
		const bank = everyTypeBank();
		bank.questions = [{ ...bank.questions[0], prompt: 'Say "hi", twice', tags: undefined }];
		const text = emitCsv(bank);
		expect(text.split('\r\n')[1]).toBe(`"Say ""hi"", twice",Seoul,Flashcard,,,,,${bank.questions[0].fact}`);
		expect(text.endsWith('\r\n')).toBe(true);
	});

	it('names each type in plain words in the type column, and reads those names back', () => {
		const bank = everyTypeBank();
		const text = emitCsv(bank);
		expect(text).not.toMatch(/,(mcq|truefalse|short|cloze),/);
		const back = ok(parseCsv(text));
		expect(back.bank.questions.map((q) => q.type)).toEqual(bank.questions.map((q) => q.type));
	});

	it('carries rich text in html columns when a question has it', () => {
		const bank = everyTypeBank();
		bank.questions[0] = { ...bank.questions[0], html: { prompt: '<b>Capital</b> of South Korea' } };
		const back = ok(parseCsv(emitCsv(bank)));
		expect(back.bank.questions[0].html).toEqual({ prompt: '<b>Capital</b> of South Korea' });
	});
});
