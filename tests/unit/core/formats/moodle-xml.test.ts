// @vitest-environment node
/**
 * Moodle XML: sample files of each question type read into the expected
 * questions, and banks of every type written and read back unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat } from '$lib/core/formats/detect';
import { emitMoodleXml, parseMoodleXml } from '$lib/core/formats/moodle-xml';
import type { Question } from '$lib/core/bank/schema';
import { questionId } from '$lib/core/bank/ids';
import { carried, everyTypeBank, expectValid, ok, ROOT } from './helpers';

const SAMPLES = join(ROOT, 'tests/fixtures/moodle-xml');
const sample = (name: string) => new Uint8Array(readFileSync(join(SAMPLES, name)));
const read = (name: string) => {
	const result = ok(parseMoodleXml(sample(name), { name }));
	expectValid(result.bank);
	return result;
};
const questions = (name: string) => read(name).bank.questions.map(carried);

describe('Moodle XML samples', () => {
	it('reads multiple choice: one right answer, partial credit, and several right answers', () => {
		const result = read('multichoice.xml');
		expect(result.bank.title).toBe('Default for Geography 101');
		expect(result.bank.description).toBe('Capitals and rivers');
		expect(result.bank.questions.map(carried)).toEqual([
			{
				type: 'mcq',
				name: 'Capital of Peru',
				prompt: 'Which city is the capital of Peru?',
				answer: 'Lima',
				choices: ['Lima', 'Cusco', 'Arequipa'],
				explanation: 'Yes, Lima.\nCusco: Cusco was the Inca capital.\n\nLima was founded in 1535.'
			},
			{
				type: 'mcq',
				name: 'Longest river',
				prompt: 'Which is the longest river in South America?',
				answer: 'Amazon',
				choices: ['Amazon', 'Paraná', 'Thames'],
				weights: [100, 50, -25],
				explanation: 'Paraná: Second longest.'
			},
			{
				type: 'multi',
				name: 'Andean countries',
				prompt: 'Which countries do the Andes cross?',
				answer: 'Chile\nPeru\nBolivia',
				choices: ['Chile', 'Peru', 'Bolivia', 'Brazil'],
				weights: [33.33333, 33.33333, 33.33333, -100],
				explanation: 'The Andes run through seven countries.'
			}
		]);
		expect(result.warnings).toEqual([]);
	});

	it('reads true or false by the answer named true, with the right answer’s feedback', () => {
		expect(questions('truefalse.xml')).toEqual([
			{
				type: 'truefalse',
				name: 'Everest in Nepal',
				prompt: 'Mount Everest stands on the border of Nepal and China.',
				answer: true,
				explanation: 'Right: the summit is on the border.'
			},
			{
				type: 'truefalse',
				name: 'Sahara',
				prompt: 'The Sahara is the largest desert on Earth.',
				answer: false,
				explanation: 'Antarctica is larger; the Sahara is the largest hot desert.'
			}
		]);
	});

	it('reads short answers: full-credit answers accepted, partial credit warned, a blank makes a fill in the blank', () => {
		const result = read('shortanswer.xml');
		expect(result.bank.questions.map(carried)).toEqual([
			{ type: 'short', name: 'Chemical symbol of gold', prompt: 'What is the chemical symbol of gold?', answer: 'Au', explanation: 'From the Latin aurum.' },
			{ type: 'cloze', name: 'Largest ocean', prompt: 'The ______ Ocean is the largest ocean.', answer: 'Pacific', accept: ['pacific ocean'] }
		]);
		expect(result.warnings).toEqual([
			{ line: 3, message: 'shortanswer question "Chemical symbol of gold": partial credit is not kept: "Ag" (50%) is not accepted' }
		]);
	});

	it('reads numbers with their tolerances and credit, and warns that units are left out', () => {
		const result = read('numerical.xml');
		expect(result.bank.questions.map(carried)).toEqual([
			{
				type: 'numerical',
				name: 'Pi to two places',
				prompt: 'Give π to two decimal places.',
				answer: '3.14',
				numbers: [
					{ value: 3.14, tolerance: 0.005, credit: 100 },
					{ value: 3, tolerance: 0, credit: 50 }
				]
			},
			{
				type: 'numerical',
				name: 'Boiling point',
				prompt: 'At what temperature does water boil at sea level?',
				answer: '100',
				numbers: [{ value: 100, tolerance: 1, credit: 100 }],
				explanation: '100 degrees Celsius.'
			}
		]);
		expect(result.warnings).toEqual([{ line: 31, message: 'numerical question "Boiling point": its units are not kept; the answer is the number alone' }]);
	});

	it('reads matching pairs, an answer without a question as an extra right item', () => {
		expect(questions('matching.xml')).toEqual([
			{
				type: 'matching',
				name: 'Countries and capitals',
				prompt: 'Match each country with its capital.',
				pairs: [
					{ left: 'France', right: 'Paris' },
					{ left: 'Japan', right: 'Tokyo' },
					{ left: 'Kenya', right: 'Nairobi' },
					{ left: '', right: 'Lagos' }
				],
				answer: 'France → Paris\nJapan → Tokyo\nKenya → Nairobi'
			}
		]);
	});

	it('tags each question with its category, keeps formatting as HTML, and brings the embedded image as a media file', () => {
		const result = read('categories-image.xml');
		const [organelle, dna] = result.bank.questions;
		expect(organelle.tags).toEqual(['organelles', 'Cells']);
		expect(dna.tags).toEqual(['Genetics']);
		expect(organelle.prompt).toBe('Which organelle is shown?\n[image: cell part.png]');
		expect(organelle.html?.prompt).toContain('<img src="cell part.png" alt="A stained organelle"');
		expect(dna.html?.prompt).toBe('<p>DNA has <strong>two</strong> strands.</p>');
		expect([...(result.media?.keys() ?? [])]).toEqual(['cell part.png']);
		// The 1×1 PNG of the file: its signature, byte for byte.
		expect([...(result.media?.get('cell part.png') ?? []).slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	});

	it('maps a cloze question of one gap to its type at a blank, and splits one of several gaps with a warning', () => {
		const result = read('cloze.xml');
		const got = result.bank.questions.map((q) => [q.type, q.prompt, q.answer]);
		expect(got).toEqual([
			['cloze', 'The capital of France is ____.', 'Paris'],
			['mcq', 'The red planet is ____.', 'Mars'],
			['numerical', 'A week has ____ days.', '7'],
			['cloze', 'Water is made of ____ and oxygen, and freezes at 0 degrees.', 'hydrogen'],
			['mcq', 'Water is made of hydrogen and ____, and freezes at 0 degrees.', 'oxygen'],
			['numerical', 'Water is made of hydrogen and oxygen, and freezes at ____ degrees.', '0']
		]);
		expect(result.bank.questions[5].numbers).toEqual([{ value: 0, tolerance: 0.5, credit: 100 }]);
		expect(result.warnings.map((w) => w.line)).toEqual([3, 35]);
		expect(result.warnings[1].message).toBe('cloze question "Water": its 3 gaps become 3 questions, each with the other gaps filled in');
		expect(result.unsupported).toEqual([
			{ line: 43, kind: 'cloze', message: 'cloze question "Broken gap" is left out: the gap type ESSAY is not one Factdeck reads' }
		]);
	});

	it('reports essays, descriptions, random and calculated questions as not supported, with name and line', () => {
		const result = read('unsupported.xml');
		// An essay with information for graders is how Factdeck writes a flashcard.
		expect(result.bank.questions.map(carried)).toEqual([{ type: 'flashcard', name: 'Nile', prompt: 'Which river flows through Cairo?', answer: 'The Nile' }]);
		expect(result.unsupported?.map((u) => [u.line, u.kind, u.message.split(' is not supported')[0]])).toEqual([
			[3, 'description', 'description question "Read this first"'],
			[11, 'essay', 'essay question "Describe a river"'],
			[34, 'random', 'random question "Random (Rivers)"'],
			[42, 'calculatedsimple', 'calculatedsimple question "Sum"']
		]);
	});

	it('gives each question its line past comments, CDATA and questions nested elsewhere that look like one', () => {
		const xml = [
			'<?xml version="1.0"?>',
			'<quiz>',
			'<!-- <question type="essay"> a comment -->',
			'<question type="description"><name><text>d</text></name><questiontext format="html"><text><![CDATA[<question>',
			'not a tag</question>]]></text></questiontext><note><question type="x"/></note></question>',
			'<question type="random"/>',
			'<question type="calculated"><name><text>c</text></name></question>',
			'</quiz>'
		].join('\n');
		expect(ok(parseMoodleXml(xml)).unsupported?.map((u) => [u.line, u.kind])).toEqual([
			[4, 'description'],
			[6, 'random'],
			[7, 'calculated']
		]);
	});

	it('is detected by its content, and by the .xml extension', () => {
		expect(detectFormat('export.txt', sample('truefalse.xml'))).toBe('moodle-xml');
		expect(detectFormat('bank.xml', new TextEncoder().encode('<quiz/>'))).toBe('moodle-xml');
		expect(detectFormat('notes.txt', new TextEncoder().encode('<!-- c --> <!-- d -->\n<quiz>'))).toBe('moodle-xml');
		expect(detectFormat('page.txt', new TextEncoder().encode('<html><body>quiz</body></html>'))).not.toBe('moodle-xml');
	});
});

describe('writing Moodle XML', () => {
	it('writes a bank of every type that reads back the same, and names and the title come back', () => {
		const bank = everyTypeBank();
		const back = ok(parseMoodleXml(emitMoodleXml(bank)));
		expect(back.bank.title).toBe(bank.title);
		expect(back.bank.questions.map(carried)).toEqual(bank.questions.map(carried));
	});

	it('embeds the images a question shows as base64 and reads them back as media', () => {
		const png = sample('categories-image.xml');
		const image = ok(parseMoodleXml(png)).media?.get('cell part.png') as Uint8Array;
		const bank = everyTypeBank();
		bank.questions[0] = { ...bank.questions[0], html: { prompt: 'Capital of South Korea<br><img src="cell part.png" alt="Map">' } };
		const xml = emitMoodleXml(bank, new Map([['cell part.png', image]]));
		expect(xml).toContain('<img src="@@PLUGINFILE@@/cell%20part.png" alt="Map">');
		expect(xml).toContain('<file name="cell part.png" path="/" encoding="base64">iVBORw0KGgo');
		const back = ok(parseMoodleXml(xml));
		expect(back.bank.questions[0].html?.prompt).toBe('Capital of South Korea<br><img src="cell part.png" alt="Map">');
		expect(back.media?.get('cell part.png')).toEqual(image);
	});

	it('keeps text holding ]]> and markup intact through CDATA', () => {
		const bank = everyTypeBank();
		bank.questions[0] = { ...bank.questions[0], prompt: 'a ]]> b <i>c</i> & d', answer: 'x]]>y' };
		const back = ok(parseMoodleXml(emitMoodleXml(bank)));
		expect(back.bank.questions[0].prompt).toBe('a ]]> b <i>c</i> & d');
		expect(back.bank.questions[0].answer).toBe('x]]>y');
	});

	it('writes the keyed types, partial credit and names, and reads them back the same', () => {
		const bank = everyTypeBank();
		const keyed: Question[] = [
			{ type: 'multi', prompt: 'Which are prime?', choices: ['2', '4', '5'], weights: [50, -100, 50], answer: '2\n5' },
			{ type: 'mcq', prompt: 'Longest river?', choices: ['Nile', 'Amazon', 'Rhine'], weights: [100, 50, -33.33333], answer: 'Nile', name: 'Rivers' },
			{
				type: 'matching',
				prompt: 'Match the capitals.',
				pairs: [
					{ left: 'France', right: 'Paris' },
					{ left: 'Peru', right: 'Lima' },
					{ left: '', right: 'Quito' }
				],
				answer: 'France → Paris\nPeru → Lima'
			},
			{
				type: 'numerical',
				prompt: 'π to two places?',
				numbers: [
					{ value: 3, tolerance: 0, credit: 0 },
					{ value: 3.14, tolerance: 0.005, credit: 100 },
					{ value: 3.1, tolerance: 0.05, credit: 50 }
				],
				answer: '3.140',
				explanation: 'About 3.14159.'
			}
		].map((q) => ({ ...q, id: questionId(q as Question), fact: questionId(q as Question) }) as Question);
		bank.questions.push(...keyed);
		const back = ok(parseMoodleXml(emitMoodleXml(bank)));
		expectValid(back.bank);
		expect(back.bank.questions.map(carried)).toEqual(bank.questions.map(carried));
	});
});
