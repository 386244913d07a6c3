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

	it('maps numerical tolerance and ranges to accepted answers and says so', () => {
		const pi = r.origins?.findIndex((o) => o.line === 74) ?? -1;
		expect(r.bank.questions[pi]).toMatchObject({ answer: '3.1415', accept: ['3.141', '3.142'], explanation: 'Any number from 3.141 to 3.142 is right.' });
		const born = r.origins?.findIndex((o) => o.line === 16) ?? -1;
		expect(r.bank.questions[born]).toMatchObject({ type: 'short', answer: '1822', accept: ['1821', '1823'] });
		expect(r.warnings.find((w) => w.line === 16)?.message).toMatch(/numerical question imported as a typed answer/);
	});

	it('splits matching into one multiple-choice question per pair', () => {
		const pairs = r.bank.questions.filter((_, i) => r.origins?.[i].line === 61);
		expect(pairs.map((q) => q.answer)).toEqual(['Ottawa', 'Rome', 'Tokyo', 'New Delhi']);
		expect(pairs[0]).toMatchObject({
			type: 'mcq',
			prompt: 'Match the following countries with their corresponding capitals.\nCanada',
			choices: ['Ottawa', 'Rome', 'Tokyo', 'New Delhi']
		});
		expect(new Set(pairs.map((q) => q.fact)).size).toBe(4);
		expect(r.warnings.find((w) => w.line === 61)?.message).toBe('matching question split into 4 multiple-choice questions, one per pair');
	});

	it('reports partial credit and several right answers as simplifications', () => {
		expect(r.warnings.find((w) => w.line === 115)?.message).toBe('partial credit is not kept: "half credit answer (50%)" now counts as wrong');
		expect(r.warnings.find((w) => w.line === 130)?.message).toBe(
			`several right answers: "Grant" is kept as the answer and "Grant's wife" left out of the choices`
		);
		const q = r.bank.questions[r.origins?.findIndex((o) => o.line === 130) ?? -1];
		expect(q.choices).toEqual(['No one', 'Grant', "Grant's father"]);
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
