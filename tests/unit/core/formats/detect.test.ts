import { detectFormat, detectPasted } from '$lib/core/formats/detect';
import { emitAiken } from '$lib/core/formats/aiken';
import { emitBackup } from '$lib/core/formats/backup';
import { emitCsv } from '$lib/core/formats/csv';
import { emitGift } from '$lib/core/formats/gift';
import { emitJson } from '$lib/core/formats/json';
import { everyTypeBank, fixture } from './helpers';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectFormat', () => {
	const bank = everyTypeBank();

	it.each([
		['an Anki package by its zip signature', 'deck.bin', fixture('shared/apkg/update1.apkg'), 'apkg'],
		['a bank by its format field', 'x.txt', bytes(emitJson(bank)), 'json'],
		[
			'a backup by its format field',
			'x.json',
			bytes(emitBackup({ format: 'factdeck.backup', version: 1, exportedAt: new Date(0), banks: [], cards: [], reviews: [], attempts: [], settings: {} })),
			'backup'
		],
		['GIFT by its braces and comments', 'quiz.txt', bytes(emitGift(bank)), 'gift'],
		['the Moodle examples', 'examples.txt', fixture('shared/gift/moodle-examples.gift'), 'gift'],
		['Aiken by its ANSWER lines', 'quiz.txt', bytes(emitAiken(bank)), 'aiken'],
		['CSV', 'cards', bytes(emitCsv(bank)), 'csv'],
		['Quizlet TSV', 'cards.txt', fixture('csv/quizlet.tsv'), 'tsv'],
		["Anki's text export by its #separator header", 'export.txt', fixture('csv/anki-export.txt'), 'tsv'],
		['GIFT by extension even without markers', 'q.gift', bytes('Capital? {=Seoul}'), 'gift'],
		['a damaged package by extension', 'deck.apkg', bytes('not a zip'), 'apkg']
	])('recognises %s', (_what, name, data, format) => {
		expect(detectFormat(name, data)).toBe(format);
	});

	it('gives null when nothing fits', () => {
		expect(detectFormat('notes.txt', bytes('just one line of prose'))).toBeNull();
	});
});

describe('detectPasted', () => {
	it.each([
		['cells copied from a spreadsheet (tabs)', 'Question\tAnswer\tChoices\nCapital of Korea?\tSeoul\tSeoul|Busan\n', { format: 'tsv' }],
		["Quizlet's default export (tab, new line)", 'Seoul\tCapital\nBusan\tPort\n', { format: 'tsv' }],
		["Quizlet's one-line export (semicolons between cards)", 'Seoul,Capital;Busan,Port;', { format: 'quizlet', separators: { term: ',', card: ';' } }],
		[
			"Quizlet's comma export, whose definitions hold commas",
			'Seoul,Capital, the largest city\nBusan,Port\nDaegu,City, inland, in the south\n',
			{ format: 'quizlet', separators: { term: ',', card: '\n' } }
		],
		['a spreadsheet saved as CSV, every row as wide', 'front,back\nSeoul,Capital\nBusan,"Port, south"\n', { format: 'csv' }],
		['GIFT', '::Q1:: Capital of Korea? {=Seoul ~Busan}\n', { format: 'gift' }],
		['Aiken', 'Which city?\nA. Seoul\nB. Busan\nANSWER: A\n', { format: 'aiken' }]
	])('recognises %s', (_what, text, expected) => {
		expect(detectPasted(text)).toEqual(expected);
	});

	it('gives null for prose', () => {
		expect(detectPasted('Just a sentence someone pasted by mistake.')).toBeNull();
	});
});
