// @vitest-environment node
/**
 * Moodle XML that is not what it should be: each gives one clear error with
 * its place (or the question left out, with its line), never an exception,
 * and a hostile file is refused before it can grow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { MAX_QUESTIONS_PER_BANK } from '$lib/core/bank/limits';
import { FormatError } from '$lib/core/formats/errors';
import { parseMoodleXml, MAX_MOODLE_XML_BYTES, MAX_MOODLE_XML_DEPTH } from '$lib/core/formats/moodle-xml';
import { expectValid, failed, ok, ROOT } from './helpers';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const quiz = (body: string) => `${HEAD}<quiz>\n${body}\n</quiz>\n`;
const mcq = (answers: string) => `  <question type="multichoice">
    <name><text>No key</text></name>
    <questiontext format="html"><text>Which one?</text></questiontext>
    ${answers}
  </question>`;

/** The one problem of a failed parse, as `line: message`. */
function problem(input: string | Uint8Array): string {
	const error = failed(parseMoodleXml(input));
	expect(error.problems).toHaveLength(1);
	const [p] = error.problems;
	return `${p.line ?? '-'}: ${p.message}`;
}

describe('Moodle XML bad input', () => {
	it('refuses text that is not XML, naming the line where it stops being XML', () => {
		expect(problem('Question 1: what is 2 + 2?\nA) 3\nB) 4')).toBe("1: not well-formed XML: char 'Q' is not expected");
		expect(problem(quiz('<question type="truefalse"><name><text>x</text></question>'))).toMatch(/^3: not well-formed XML: Expected closing tag 'name'/);
		expect(problem('<html><body>quiz</body></html>')).toBe('-: not a Moodle XML question file: its root is <html>, not <quiz>');
		expect(problem('   \n  ')).toBe('-: the file is empty');
	});

	it('refuses a DOCTYPE with entities (an XML bomb) before parsing, with its line', () => {
		const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
		const bomb = `${HEAD}<!DOCTYPE quiz [\n<!ENTITY lol0 "lol">\n${lol}\n]>\n<quiz><question type="shortanswer"><name><text>&lol9;</text></name></question></quiz>`;
		expect(problem(bomb)).toBe('2: the file declares a DOCTYPE or entities, which Moodle XML never does; Factdeck does not read them');
		// A DOCTYPE inside CDATA is HTML text of a question, not a declaration.
		const cdata = quiz(
			'<question type="essay"><name><text>n</text></name><questiontext format="html"><text><![CDATA[<!DOCTYPE html><p>Cairo?</p>]]></text></questiontext><graderinfo><text>Nile</text></graderinfo></question>'
		);
		expect(ok(parseMoodleXml(cdata)).bank.questions[0].answer).toBe('Nile');
	});

	it('refuses a quiz with no questions, or only categories, at the line of <quiz>', () => {
		expect(problem(quiz(''))).toBe('2: the quiz holds no questions');
		expect(problem(`${HEAD}<quiz/>`)).toBe('2: the quiz holds no questions');
		expect(problem(quiz('<question type="category"><category><text>$course$/top/Empty</text></category></question>'))).toBe('2: the quiz holds no questions');
	});

	it('leaves out a multiple choice question with no right answer, with its name and line, and writes no question', () => {
		const result = ok(parseMoodleXml(quiz(mcq('<answer fraction="0"><text>A</text></answer><answer fraction="50"><text>B</text></answer>'))));
		expect(result.bank.questions).toEqual([]);
		expect(result.unsupported).toEqual([
			{ line: 3, kind: 'multichoice', message: 'multichoice question "No key" is left out: no answer earns full credit (the best earns 50%)' }
		]);
		const none = ok(parseMoodleXml(quiz(mcq(''))));
		expect(none.unsupported?.[0].message).toBe('multichoice question "No key" is left out: it has no answers');
	});

	it('refuses an embedded image that is not base64, naming the question and its line', () => {
		const bad = quiz(`<question type="truefalse">
    <name><text>Picture</text></name>
    <questiontext format="html"><text><![CDATA[<p>True?</p><img src="@@PLUGINFILE@@/a.png">]]></text>
      <file name="a.png" path="/" encoding="base64">this is *not* base64!</file>
    </questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
  </question>`);
		expect(problem(bad)).toBe('3: truefalse question "Picture": the embedded file "a.png" is not valid base64');
		expect(problem(bad.replace('this is *not* base64!', 'iVBORw0KGgo=A'))).toBe(
			'3: truefalse question "Picture": the embedded file "a.png" is not valid base64'
		);
	});

	it('refuses a file over the size cap before parsing it', () => {
		const big = quiz(`<question type="truefalse"><name><text>${'x'.repeat(60 * 1024 * 1024)}</text></name></question>`);
		expect(big.length).toBeGreaterThan(MAX_MOODLE_XML_BYTES);
		const started = performance.now();
		expect(problem(big)).toBe('-: the file is larger than 50 MB, the most Factdeck reads as Moodle XML');
		// Refused from its length: the parser would take seconds over 60 MB.
		expect(performance.now() - started).toBeLessThan(2000);
	});

	it('refuses more questions than a bank holds from a count made before parsing, categories not counted', () => {
		const parse = vi.spyOn(XMLParser.prototype, 'parse');
		try {
			const category = '<question type="category"><category><text>$course$/top/A</text></category></question>\n';
			const many = quiz(category + '<question type="shortanswer"/>\n'.repeat(MAX_QUESTIONS_PER_BANK + 1));
			expect(problem(many)).toBe('-: the file holds 250,001 questions; Factdeck reads at most 250,000 per bank');
			// The tree of 300,000 tiny questions outgrew a 512 MB heap before it could be counted.
			expect(parse).not.toHaveBeenCalled();
		} finally {
			parse.mockRestore();
		}
	});

	it('refuses elements nested deeper than the cap, without a stack overflow', () => {
		const deep = quiz(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`);
		expect(problem(deep)).toBe(`-: the elements are nested more than ${MAX_MOODLE_XML_DEPTH} deep; Moodle XML nests 5`);
	});

	it('refuses __proto__ as an element name, polluting nothing', () => {
		const hostile = quiz(`<question type="truefalse"><name><text>ok</text></name><__proto__><polluted>yes</polluted></__proto__></question>`);
		expect(problem(hostile)).toBe('-: the file uses the name "__proto__", which Factdeck refuses in any file');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		const typed = ok(parseMoodleXml(quiz('<question type="__proto__"><name><text>constructor</text></name></question>')));
		expect(typed.unsupported?.map((u) => [u.kind, u.message])).toEqual([
			['__proto__', '__proto__ question "constructor" is not supported: Factdeck does not read this type']
		]);
	});

	it('reads a cloze text of many unclosed braces and gaps in linear time', () => {
		const text = `${'{1:SHORTANSWER:=a} '.repeat(150)}${'{1:MC:'.repeat(20_000)}`;
		const started = performance.now();
		const result = ok(
			parseMoodleXml(quiz(`<question type="cloze"><name><text>c</text></name><questiontext format="plain_text"><text>${text}</text></questiontext></question>`))
		);
		expect(performance.now() - started).toBeLessThan(2000);
		expect(result.unsupported?.[0].message).toBe('cloze question "c" is left out: it has more than 100 gaps, the most Factdeck reads in one question');
	});

	it('gives a valid bank or its FormatError, never an exception, for every sample changed at random', { timeout: 60_000 }, () => {
		const samples = ['categories-image.xml', 'cloze.xml', 'multichoice.xml', 'matching.xml'].map((f) =>
			readFileSync(join(ROOT, 'tests/fixtures/moodle-xml', f), 'utf8')
		);
		const edit = fc.tuple(fc.nat(), fc.nat(6), fc.string({ maxLength: 4, unit: fc.constantFrom(...'<>/&;"=![]{}~#%:?-x ') }));
		fc.assert(
			fc.property(fc.constantFrom(...samples), fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
				let out = text;
				for (const [at, cut, put] of edits) {
					const i = at % out.length;
					out = out.slice(0, i) + put + out.slice(i + cut);
				}
				const result = parseMoodleXml(out);
				if (result.ok) expectValid(result.bank);
				else expect(result.error).toBeInstanceOf(FormatError);
			}),
			{ numRuns: Number(process.env.FORMATS_RUNS) || 300 }
		);
	});
});
