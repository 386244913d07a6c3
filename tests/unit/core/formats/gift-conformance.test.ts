/**
 * GIFT as Moodle's importer reads it: one case per behaviour its own importer
 * tests check (each question kind, names, text formats, feedback, escapes, the
 * byte-order mark, categories and tags), written here with the bank each
 * should give, and the way back out through emitGift.
 */
import type { Question } from '$lib/core/bank/schema';
import { emitGift, parseGift } from '$lib/core/formats/gift';
import { carried, expectValid, ok } from './helpers';

/** The one question a GIFT text gives, with the parse result. */
function one(text: string) {
	const r = ok(parseGift(text));
	expectValid(r.bank);
	expect(r.bank.questions).toHaveLength(1);
	return { q: r.bank.questions[0], r };
}

/** The bank's questions after GIFT → bank → GIFT → bank, for comparison with the first read. */
function roundTrip(text: string): Question[] {
	const first = ok(parseGift(text)).bank;
	return ok(parseGift(emitGift(first))).bank.questions;
}

describe('GIFT conformance: question kinds', () => {
	it('an essay without an answer text is reported with its line, not imported', () => {
		const r = ok(parseGift('Fine {=a}\n\n// essay\n::Q8:: How are you? {}'));
		expect(r.unsupported).toEqual([{ line: 4, kind: 'essay', message: expect.stringContaining('essay') }]);
	});

	it('an essay with general feedback is a flashcard, and a warning says so', () => {
		const { q, r } = one('::Q8:: How are you? {####Fine, thanks.}');
		expect(q).toMatchObject({ type: 'flashcard', name: 'Q8', prompt: 'How are you?', answer: 'Fine, thanks.' });
		expect(r.warnings.map((w) => w.line)).toContain(1);
	});

	it('matching: pairs in order, formats read on each item, an extra right item kept', () => {
		const { q } = one(
			[
				'// question: 2  name: Moodle activities',
				'::Moodle activities::[html]Match the <b>activity</b> to the description.{',
				'    =[html]An activity supporting <i>asynchronous</i> discussions. -> Forum',
				'    =[moodle]A teacher asks a question with a choice of responses. -> Choice',
				'    =[plain]A bank of record entries. -> Database',
				'    =[markdown]A collection of *web pages* anyone can edit. -> Wiki',
				'    = -> Chat',
				'}'
			].join('\n')
		);
		expect(q).toMatchObject({
			type: 'matching',
			name: 'Moodle activities',
			prompt: 'Match the activity to the description.',
			html: { prompt: 'Match the <b>activity</b> to the description.' },
			pairs: [
				{ left: 'An activity supporting asynchronous discussions.', right: 'Forum' },
				{ left: 'A teacher asks a question with a choice of responses.', right: 'Choice' },
				{ left: 'A bank of record entries.', right: 'Database' },
				{ left: 'A collection of web pages anyone can edit.', right: 'Wiki' },
				{ left: '', right: 'Chat' }
			]
		});
	});

	it('single-answer multiple choice: feedback per answer, markers read on answers and feedback', () => {
		const { q } = one(
			"::Q2:: What's between orange and green in the spectrum?\n{\n    =yellow # right; good!\n    ~red # [html]wrong, it's <b>yellow</b>\n    ~[plain]blue # wrong, it's yellow\n}"
		);
		expect(q).toMatchObject({ type: 'mcq', name: 'Q2', answer: 'yellow', choices: ['yellow', 'red', 'blue'] });
		expect(q.weights).toBeUndefined();
		expect(q.explanation).toBe("right; good!\n\nred: wrong, it's yellow\nblue: wrong, it's yellow");
	});

	it('several right answers with partial and negative weights: choose all that apply', () => {
		const { q } = one(
			"::colours:: What's between orange and green in the spectrum?\n{\n    ~%50%yellow # right; good!\n    ~%-100%red # [html]wrong\n    ~%50%off-beige # right; good!\n    ~%-100%[plain]blue # wrong\n}"
		);
		expect(q).toMatchObject({
			type: 'multi',
			name: 'colours',
			choices: ['yellow', 'red', 'off-beige', 'blue'],
			weights: [50, -100, 50, -100],
			answer: 'yellow\noff-beige'
		});
	});

	it('all-tilde multiple choice with one full-credit answer and penalties: choose all that apply', () => {
		const { q } = one("::colours:: What's between orange and green?\n{\n    ~%100%yellow # right; good!\n    ~%-50%red # wrong\n    ~%-50%blue # wrong\n}");
		expect(q).toMatchObject({ type: 'multi', choices: ['yellow', 'red', 'blue'], weights: [100, -50, -50], answer: 'yellow' });
	});

	it('decimal weights such as 33.33333% add up to 100', () => {
		const { q } = one('Primary colours of light? {~%33.33333%red ~%33.33333%green ~%33.33333%blue ~%-100%yellow}');
		expect(q).toMatchObject({ type: 'multi', weights: [33.33333, 33.33333, 33.33333, -100], answer: 'red\ngreen\nblue' });
	});

	it('one right answer with partially right choices: multiple choice with weights', () => {
		const { q } = one('Capital of Australia? {=Canberra ~%50%Sydney#Largest city. ~Perth}');
		expect(q).toMatchObject({ type: 'mcq', answer: 'Canberra', choices: ['Canberra', 'Sydney', 'Perth'], weights: [100, 50, 0] });
	});

	it('numerical with a tolerance, and feedback for any other answer', () => {
		const { q } = one('::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}');
		expect(q).toMatchObject({ type: 'numerical', name: 'Q5', answer: '3', numbers: [{ value: 3, tolerance: 2, credit: 100 }] });
		expect(q.explanation).toContain('Completely wrong');
	});

	it('numerical with =%0%* for any other answer, as Moodle exports it', () => {
		const { q } = one('Days in a week? {#\n\t=%100%7#Right.\n\t=%0%*#Count them.\n}');
		expect(q).toMatchObject({ type: 'numerical', answer: '7', numbers: [{ value: 7, tolerance: 0, credit: 100 }], explanation: 'Right.\n\nCount them.' });
	});

	it('numerical range low..high is kept as its middle and half-width', () => {
		const { q } = one('What is the value of pi (to 3 decimal places)? {#3.141..3.142}');
		expect(q.type).toBe('numerical');
		expect(q.numbers).toHaveLength(1);
		expect(q.numbers?.[0].value).toBeCloseTo(3.1415, 10);
		expect(q.numbers?.[0].tolerance).toBeCloseTo(0.0005, 10);
		expect(q.answer).toBe('3.1415');
	});

	it('numerical with several answers and partial credit', () => {
		const { q } = one('When was Ulysses S. Grant born? {#\n    =1822:0 # Correct!\n    =%50%1822:2 # Close.\n}');
		expect(q).toMatchObject({
			type: 'numerical',
			answer: '1822',
			numbers: [
				{ value: 1822, tolerance: 0, credit: 100 },
				{ value: 1822, tolerance: 2, credit: 50 }
			]
		});
	});

	it('short answer with partial credit keeps the full-credit answers and warns on the line for the rest', () => {
		const { q, r } = one(
			'// question: 666  name: Shortanswer\n::Shortanswer::Which is the best animal?{\n    =Frog#Good!\n    =%50%Cat#Cats?\n    =%0%*#Completely wrong\n}'
		);
		expect(q).toMatchObject({ type: 'short', name: 'Shortanswer', answer: 'Frog', prompt: 'Which is the best animal?' });
		expect(q.accept).toBeUndefined();
		expect(r.warnings.find((w) => w.line === 2)?.message).toMatch(/Cat/);
	});

	it('general feedback after #### with its own format marker', () => {
		const { q } = one('::Shortanswer::Which is the best animal?{\n    =Frog#Good!\n    ####[html]Here is <i>some</i> general feedback!\n}');
		expect(q.explanation).toBe('Good!\n\nHere is some general feedback!');
	});

	it('true/false: FALSE with feedback for the wrong and the right answer', () => {
		const { q } = one('// true/false\n::Q1:: 42 is the Absolute Answer to everything.{\nFALSE#42 is the Ultimate Answer.#You gave the right answer.}');
		expect(q).toMatchObject({ type: 'truefalse', name: 'Q1', answer: false, prompt: '42 is the Absolute Answer to everything.' });
	});

	it.each(['T', 'TRUE'])('true/false: %s is true, and the name may hold a hyphen and spaces', (mark) => {
		const { q } = one(`// name 0-11\n::2-08 TSL::TSL is blablabla.{${mark}}`);
		expect(q).toMatchObject({ type: 'truefalse', name: '2-08 TSL', answer: true, prompt: 'TSL is blablabla.' });
	});
});

describe('GIFT conformance: names, formats, escapes', () => {
	it.each([
		[
			'double backslashes, one backslash each in the name and the text',
			'::double \\\\ backslash:: A \\\\ B \\\\\\\\ C{=x}',
			'double \\ backslash',
			'A \\ B \\\\ C'
		],
		['escaped \\: \\= \\{ \\} \\~ \\# in a name', '::a\\:b\\=c\\{d\\}e\\~f\\#g::Capital of Korea?{=Seoul}', 'a:b=c{d}e~f#g', 'Capital of Korea?'],
		['the name on its own line before the text', '::Capitals::\nWhat is the capital of Korea?\n{=Seoul}', 'Capitals', 'What is the capital of Korea?']
	])('names: %s', (_what, text, name, prompt) => {
		expect(one(text).q).toMatchObject({ name, prompt });
	});

	it('a byte-order mark before the name', () => {
		const { q } = one('\uFEFF::Capitals::What is the capital of Korea?{=Seoul}');
		expect(q.name).toBe('Capitals');
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('::Capitals::Capital?{=Seoul}')]);
		expect(ok(parseGift(bytes)).bank.questions[0].name).toBe('Capitals');
	});

	it('[html] text with <pre> and escaped braces keeps its markup in html', () => {
		const { q } = one('::Q001::[html]<p>What does this print?</p>\n<pre>\n    void test() \\{\n        run();\n    \\}\n</pre>\n{=nothing}');
		expect(q.html?.prompt).toBe('<p>What does this print?</p>\n<pre>\n    void test() {\n        run();\n    }\n</pre>');
		expect(q.prompt).not.toMatch(/<|\[html\]/);
	});

	it('[moodle] and [plain] markers are formats, never text', () => {
		expect(one('[moodle]Capital of Korea?{=Seoul}').q.prompt).toBe('Capital of Korea?');
		expect(one('[plain]Is <b> a tag?{=yes}').q).toMatchObject({ prompt: 'Is <b> a tag?' });
		expect(one('Capital? {=[plain]Seoul#[moodle]Right.}').q).toMatchObject({ answer: 'Seoul', explanation: 'Right.' });
	});

	it('[markdown] text becomes readable plain text', () => {
		const { q } = one('[markdown]## Capitals\nWhich is **the capital** of [Korea](https://en.wikipedia.org/wiki/Korea)? Use `one word`.{=Seoul}');
		expect(q.prompt).toBe('Capitals\nWhich is the capital of Korea? Use one word.');
	});

	it('tags and an idnumber in the comment before the question', () => {
		const { q } = one('// Tags: [tag:tag] [tag:other-tag].\n// And an idnumber: [id:myid].\n::Question name:: How are you? {=Fine}');
		expect(q).toMatchObject({ name: 'Question name', tags: ['tag', 'other-tag'] });
	});

	it('categories: the bank takes the last part of the first category', () => {
		const r = ok(parseGift('$CATEGORY: $course$/top/Geography/Asia\n\nCapital of Korea? {=Seoul}\n'));
		expect(r.bank.title).toBe('Asia');
	});
});

describe('GIFT conformance: the way back out', () => {
	// Each: what it checks, the GIFT read, and the parts emitGift must write for it.
	const cases: [string, string, string[]][] = [
		[
			// Feedback on each choice is kept in the explanation, which goes out as general feedback.
			'a name and choose all that apply weights',
			'::colours:: Which are warm colours? {~%50%red # yes ~%50%orange ~%-100%blue # no}',
			['::colours::Which are warm colours? {', '\t~%50%red\n\t~%50%orange\n\t~%-100%blue\n\t####red\\: yes\\nblue\\: no\n']
		],
		[
			'matching as =left -> right, the extra right item as = -> right',
			'Match them. {=Canada -> Ottawa =Italy -> Rome = -> Paris}',
			['\t=Canada -> Ottawa\n\t=Italy -> Rome\n\t= -> Paris\n']
		],
		['numbers as value:tolerance with credit', 'Born? {#=1822:0 =%50%1822:2}', ['Born? {#\n\t=1822\n\t=%50%1822:2\n}']],
		[
			'partial credit on a multiple choice, and [html] question text',
			'::Oz::[html]Capital of <b>Australia</b>? {=Canberra ~%50%Sydney ~Perth}',
			['::Oz::[html]Capital of <b>Australia</b>? {\n\t=Canberra\n\t~%50%Sydney\n\t~Perth\n}']
		],
		[
			'GIFT characters escaped in names and answers',
			'::a\\:b\\{c\\}::Pick {~%50%x\\=y ~%50%p\\#q ~%-50%m\\~n}',
			['::a\\:b\\{c\\}::', '\t~%50%x\\=y\n\t~%50%p\\#q\n\t~%-50%m\\~n\n']
		]
	];

	it.each(cases)('writes %s, and reads it back equal', (_what, text, parts) => {
		const first = ok(parseGift(text)).bank;
		const gift = emitGift(first);
		for (const part of parts) expect(gift).toContain(part);
		expect(roundTrip(text).map(carried)).toEqual(first.questions.map(carried));
	});
});
