import { emitGift, parseGift } from '$lib/core/formats/gift';
import { MAX_GIFT_ANSWERS } from '$lib/core/formats/gift-answers';
import { carried, everyTypeBank, expectValid, failed, fixtureText, ok } from './helpers';

const MOODLE = 'shared/gift/moodle-examples.gift';

/** Questions in a GIFT file counted without the parser: blank-line blocks that hold a `{`. */
function countBlocks(text: string): { count: number; firstLines: number[] } {
	const firstLines: number[] = [];
	let start = -1;
	let hasBrace = false;
	const lines = text.split('\n');
	lines.forEach((line, i) => {
		if (line.trim() === '') {
			if (start >= 0 && hasBrace) firstLines.push(start);
			start = -1;
			hasBrace = false;
			return;
		}
		if (line.trim().startsWith('//')) return;
		if (start < 0) start = i + 1;
		if (line.includes('{')) hasBrace = true;
	});
	if (start >= 0 && hasBrace) firstLines.push(start);
	return { count: text.split(/\n\s*\n/).filter((b) => b.includes('{')).length, firstLines };
}

describe('parseGift on the Moodle examples', () => {
	const text = fixtureText(MOODLE);
	const r = ok(parseGift(text, { name: 'moodle-examples.gift' }));

	it('accounts for every question: imported or reported unsupported, with its line', () => {
		const { count, firstLines } = countBlocks(text);
		const imported = new Set((r.origins ?? []).map((o) => o.line));
		const unsupported = new Set((r.unsupported ?? []).map((u) => u.line));
		expect(count).toBe(43);
		expect(imported.size + unsupported.size).toBe(count);
		expect([...imported, ...unsupported].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(firstLines);
		expectValid(r.bank);
	});

	it('maps multiple choice, with a blank for a missing word', () => {
		const q = r.bank.questions.find((x) => x.prompt === "Grant is ____ in Grant's tomb.");
		expect(q).toMatchObject({ type: 'mcq', answer: 'entombed', choices: ['buried', 'entombed', 'living'] });
	});

	it('maps true/false with its feedback as the explanation', () => {
		const q = r.bank.questions.find((x) => x.explanation === "No one is buried in Grant's tomb.");
		expect(q).toMatchObject({ type: 'truefalse', prompt: "Grant is buried in Grant's tomb.", answer: false });
	});

	it('maps short answers to answer + accepted, and a missing word to a cloze', () => {
		expect(r.bank.questions.find((x) => x.type === 'short' && x.answer === 'no one')).toMatchObject({ accept: ['nobody'] });
		expect(r.bank.questions.find((x) => x.prompt === 'Two plus two equals ____.')).toMatchObject({ type: 'cloze', answer: 'four', accept: ['4'] });
	});

	const at = (line: number) => r.bank.questions[r.origins?.findIndex((o) => o.line === line) ?? -1];

	it('maps numerical tolerances and ranges to number questions, without a warning', () => {
		expect(at(74)).toMatchObject({ type: 'numerical', answer: '3.1415', numbers: [{ value: 3.1415, tolerance: 0.0005, credit: 100 }] });
		expect(at(16)).toMatchObject({ type: 'numerical', answer: '1822', numbers: [{ value: 1822, tolerance: 1, credit: 100 }] });
		expect(r.warnings.filter((w) => w.line === 16 || w.line === 74).map((w) => w.message)).toEqual([
			'the same question as line 72; kept as a separate question'
		]);
	});

	it('maps matching to one matching question with its pairs', () => {
		expect(at(61)).toMatchObject({
			type: 'matching',
			prompt: 'Match the following countries with their corresponding capitals.',
			pairs: [
				{ left: 'Canada', right: 'Ottawa' },
				{ left: 'Italy', right: 'Rome' },
				{ left: 'Japan', right: 'Tokyo' },
				{ left: 'India', right: 'New Delhi' }
			]
		});
		expect(r.bank.questions.filter((_, i) => r.origins?.[i].line === 61)).toHaveLength(1);
	});

	it('keeps partial credit as weights and several right answers as choose all that apply', () => {
		expect(at(115)).toMatchObject({
			type: 'mcq',
			answer: 'full credit answer',
			choices: ['wrong answer', 'half credit answer', 'full credit answer'],
			weights: [0, 50, 100]
		});
		expect(at(130)).toMatchObject({
			type: 'multi',
			answer: "Grant\nGrant's wife",
			choices: ['No one', 'Grant', "Grant's wife", "Grant's father"],
			weights: [0, 50, 50, 0]
		});
		expect(r.warnings.find((w) => w.line === 115 || w.line === 130)).toBeUndefined();
	});

	it('keeps question names', () => {
		expect(r.bank.questions.filter((q) => q.name === "Jesus' hometown")).toHaveLength(2);
	});

	it('resolves escapes and keeps per-answer feedback in the explanation', () => {
		const q = r.bank.questions.find((x) => x.prompt.startsWith('Which of the following is NOT a control character'));
		expect(q).toMatchObject({ answer: '\\', choices: ['~', '=', '#', '{', '}', '\\'] });
		expect(q?.explanation).toContain('~: ~ is a control character.');
		expect(r.bank.questions.find((x) => x.prompt === 'Which answer equals 5?')?.answer).toBe('= 2 + 3');
	});

	it('strips markdown emphasis from [markdown] text', () => {
		expect(r.bank.questions.some((x) => x.prompt === "Who's buried in Grant's tomb?" && x.explanation === 'excellent answer!')).toBe(true);
		expect(r.bank.questions.every((x) => !x.prompt.includes('**'))).toBe(true);
	});
});

describe('parseGift', () => {
	it('reports essays and descriptions as unsupported with their lines', () => {
		const r = ok(parseGift('Write about Seoul. {}\n\nJust some text.\n\nCapital? {=Seoul}\n'));
		expect(r.unsupported).toEqual([
			{ line: 1, kind: 'essay', message: expect.stringContaining('essay') },
			{ line: 3, kind: 'description', message: expect.stringContaining('description') }
		]);
		expect(r.bank.questions).toHaveLength(1);
	});

	it('reads names, categories, tags and [html] text', () => {
		const text = '$CATEGORY: $course$/top/Korea//Asia\n\n// [tag:geo] [tag:capitals]\n::Q1::[html]<b>Capital</b> of Korea? {=Seoul}\n';
		const r = ok(parseGift(text));
		expect(r.bank.title).toBe('Korea/Asia');
		expect(r.bank.questions[0]).toMatchObject({ prompt: 'Capital of Korea?', tags: ['geo', 'capitals'], html: { prompt: '<b>Capital</b> of Korea?' } });
	});

	it('takes general feedback (####) as the explanation', () => {
		const r = ok(parseGift('Capital? {=Seoul ####Seoul has been the capital since 1394.}'));
		expect(r.bank.questions[0].explanation).toBe('Seoul has been the capital since 1394.');
	});

	it('reads answers the way Moodle does: no marker is a short answer, lowercase true is not true/false', () => {
		const r = ok(parseGift('Capital? {Seoul}\n\nSay yes. {true}\n\nSeoul is north. {F#No, south.#Right.}\n'));
		expect(r.bank.questions.map((q) => [q.type, q.answer])).toEqual([
			['short', 'Seoul'],
			['short', 'true'],
			['truefalse', false]
		]);
		expect(r.bank.questions[2].explanation).toBe('No, south.\n\nRight.');
	});

	it('reads no weight on the right answer of a multiple choice, as Moodle does', () => {
		const r = ok(parseGift('Discount? {=%50%off ~%0%%25%off ~none}'));
		expect(r.bank.questions[0]).toMatchObject({ type: 'mcq', answer: '%50%off', choices: ['%50%off', '%25%off', 'none'] });
	});

	it('reads on without a name when the closing :: is missing, and unescapes tags', () => {
		const r = ok(parseGift('// [tag:a\\]b] [tag:geo]\n::Capital? {=Seoul}\n'));
		expect(r.bank.questions[0]).toMatchObject({ prompt: 'Capital?', tags: ['a]b', 'geo'] });
	});

	it('fails with every problem and its line', () => {
		const e = failed(parseGift('Open {=a\n\nFine {=b}\n\nBad {#abc}\n\nPairs {=a -> b =c}\n'));
		expect(e.problems.map((p) => p.line)).toEqual([1, 5, 7]);
		expect(e.problems[0].message).toMatch(/never closed/);
	});

	it('fails on a file without questions', () => {
		expect(failed(parseGift('// only a comment\n')).message).toBe('no questions found');
	});
});

describe('parseGift on crafted input', () => {
	/** Generous limit: a regression fails here instead of hanging the run. */
	const SLOW_MS = 60_000;

	it(
		'refuses a question of 100,000 ~ with its line, without overflowing the stack, and reads the rest',
		() => {
			const r = ok(parseGift(`Capital? {=Seoul}\n\nPick {${'~'.repeat(100_000)}}\n\nRiver? {=Han ~Nile}\n`));
			expect(r.bank.questions.map((q) => q.answer)).toEqual(['Seoul', 'Han']);
			expect(r.unsupported).toEqual([
				{ line: 3, kind: 'too many answers', message: 'a question holds 100,000 answers; Factdeck reads at most 200 per question' }
			]);
		},
		SLOW_MS
	);

	it('reads exactly the most answers, and refuses one more in every kind of question', () => {
		const wrong = (n: number) => Array.from({ length: n }, (_, i) => `~w${i}`).join(' ');
		expect(ok(parseGift(`Pick {=right ${wrong(MAX_GIFT_ANSWERS - 1)}}`)).bank.questions[0].choices).toHaveLength(MAX_GIFT_ANSWERS);
		const refused = (text: string) => ok(parseGift(`Fine {=a ~b}\n\n${text}`)).unsupported?.map((u) => u.message);
		const message = ['a question holds 201 answers; Factdeck reads at most 200 per question'];
		expect(refused(`Pick {=right ${wrong(MAX_GIFT_ANSWERS)}}`)).toEqual(message);
		expect(refused(`Pair {${Array.from({ length: 201 }, (_, i) => `=l${i} -> r${i}`).join(' ')}}`)).toEqual(message);
		expect(refused(`Number {#${Array.from({ length: 201 }, (_, i) => `=${i}`).join(' ')}}`)).toEqual(message);
	});

	it(
		'reads long runs of tags, bold, ranges, escapes and unclosed braces in bounded time',
		() => {
			const tags = ok(parseGift(`// ${'[tag:'.repeat(100_000)} [tag:geo]\nCapital? {=Seoul}`));
			expect(tags.bank.questions[0].tags).toEqual([`${'[tag:'.repeat(99_999)} [tag:geo`]);
			// Runs as long as a field may be (MAX_FIELD_CHARS): a longer prompt is left out whole.
			const bold = ok(parseGift(`[markdown]${'**a '.repeat(24_000)}? {=Seoul}`));
			expect(bold.bank.questions[0].prompt).toBe(`${'**a '.repeat(24_000)}?`.trim());
			expect(failed(parseGift(`Number {#${'1..'.repeat(100_000)}\nx}`)).problems).toHaveLength(1);
			expect(ok(parseGift(`Slash${'\\\\'.repeat(99_000)}? {=Seoul}`)).bank.questions[0].prompt).toBe(`Slash${'\\'.repeat(99_000)}?`);
			expect(failed(parseGift(`${'Open {=a '.repeat(100_000)}`)).message).toMatch(/never closed/);
			expect(failed(parseGift(`Many {=a} ${'{=b} '.repeat(100_000)}`)).message).toMatch(/only one set of answers/);
		},
		SLOW_MS
	);
});

describe('emitGift', () => {
	it('round-trips every question type: bank → GIFT → bank', () => {
		const bank = everyTypeBank();
		const back = ok(parseGift(emitGift(bank)));
		expect(back.bank.title).toBe(bank.title);
		expect(back.bank.questions.map(carried)).toEqual(bank.questions.map(carried));
		expect(back.bank.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
		expectValid(back.bank);
	});

	it('escapes the characters GIFT reserves and keeps line breaks as \\n', () => {
		const bank = everyTypeBank();
		bank.questions = [{ ...bank.questions[4], prompt: 'a ~ b = c # d { e } f : g \\ h\nnext line?', accept: undefined }];
		const text = emitGift(bank);
		expect(text).toContain('a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h\\nnext line? {');
		expect(ok(parseGift(text)).bank.questions[0].prompt).toBe(bank.questions[0].prompt);
	});

	it('writes Moodle syntax for each type', () => {
		const text = emitGift(everyTypeBank());
		expect(text).toContain('$CATEGORY: $course$/top/Korean capitals');
		expect(text).toContain('Which city is the capital of North Korea? {\n\t~Busan\n\t=Pyongyang\n\t~Kaesong\n\t####Pyongyang, on the Taedong.\n}');
		expect(text).toContain('Busan is the capital of South Korea. {\n\tFALSE\n\t####Seoul is.\n}');
		expect(text).toContain('Capital of South Korea {\n\t####Seoul\n}');
		expect(text).toContain('// [tag:geo] [tag:north korea]');
	});

	it('shields answers that start with a percent sign wherever Moodle would read a weight', () => {
		const bank = everyTypeBank();
		bank.questions = [
			{ ...bank.questions[2], answer: '%50% off', choices: ['%50% off', '%20% off'] },
			{ ...bank.questions[4], answer: '%10%', accept: undefined }
		];
		const text = emitGift(bank);
		expect(text).toContain('\t=%50% off\n\t~%0%%20% off\n');
		expect(text).toContain('\t=%100%%10%\n');
		expect(ok(parseGift(text)).bank.questions.map(carried)).toEqual(bank.questions.map(carried));
	});
});
