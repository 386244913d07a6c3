import { parseBankJson, validateBank } from '$lib/core/bank/validate';
import { validBank } from './fixtures';

/** Problems of an input that must be invalid. */
function problemsOf(input: unknown): string[] {
	const result = validateBank(input);
	if (result.ok) throw new Error('expected the bank to be rejected');
	return result.problems;
}

describe('validateBank', () => {
	it('accepts a valid bank and returns it parsed', () => {
		const input = validBank();
		input.title = '  Korean capitals  ';
		const result = validateBank(input);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.bank.title).toBe('Korean capitals');
		expect(result.bank.questions.map((q) => q.type)).toEqual(['flashcard', 'cloze', 'mcq', 'truefalse', 'short']);
	});

	it('rejects a wrong format and a wrong version', () => {
		const input = validBank();
		input.format = 'anki';
		input.version = 2;
		const problems = problemsOf(input);
		expect(problems).toContain('format: format must be "factdeck.bank"');
		expect(problems).toContain('version: version must be 1');
	});

	it('rejects input that is not an object', () => {
		expect(problemsOf([1, 2])).toEqual(['the bank must be a JSON object']);
		expect(problemsOf(null)).toEqual(['the bank must be a JSON object']);
	});

	it('names missing fields by path', () => {
		const input = validBank();
		delete input.title;
		delete input.questions[1].fact;
		const problems = problemsOf(input);
		expect(problems).toContain('title: is missing');
		expect(problems).toContain('questions[1].fact: is missing');
	});

	it('rejects duplicate question ids, naming both places', () => {
		const input = validBank();
		input.questions[3].id = 'q-1';
		expect(problemsOf(input)).toEqual(['questions[3].id: duplicate id "q-1", already used by questions[0]']);
	});

	it('rejects an mcq whose answer is not among its choices', () => {
		const input = validBank();
		input.questions[2].choices = ['Busan', 'Incheon', 'Daegu'];
		expect(problemsOf(input)).toEqual(['questions[2].choices: the answer "Seoul" is not among the choices']);
	});

	it('says when the answer matches a choice only in letter case', () => {
		const input = validBank();
		input.questions[2].answer = 'seoul';
		expect(problemsOf(input)).toEqual(['questions[2].choices: the answer "seoul" is not among the choices (a choice differs only in letter case)']);
	});

	it('rejects duplicate mcq choices, ignoring case and surrounding spaces', () => {
		const input = validBank();
		input.questions[2].choices = ['Seoul', ' SEOUL ', 'Busan'];
		expect(problemsOf(input)).toEqual(['questions[2].choices: the choice "SEOUL" appears more than once']);
	});

	it('rejects an mcq with fewer than two choices', () => {
		const input = validBank();
		input.questions[2].choices = ['Seoul'];
		expect(problemsOf(input)).toEqual(['questions[2].choices: a multiple choice question needs at least 2 choices, it has 1']);
	});

	it('rejects an mcq without choices', () => {
		const input = validBank();
		delete input.questions[2].choices;
		expect(problemsOf(input)).toEqual(['questions[2].choices: a multiple choice question needs choices']);
	});

	it('rejects a truefalse question whose answer is text', () => {
		const input = validBank();
		input.questions[3].answer = 'true';
		expect(problemsOf(input)).toEqual(['questions[3].answer: the answer of a true or false question must be true or false, not the text "true"']);
	});

	it('rejects a true/false answer on any other type', () => {
		const input = validBank();
		input.questions[4].answer = false;
		expect(problemsOf(input)).toEqual(['questions[4].answer: only a true or false question may have true or false as its answer, not a typed answer question']);
	});

	it('rejects a cloze prompt without a blank', () => {
		const input = validBank();
		input.questions[1].prompt = 'Seoul is the capital of South Korea.';
		expect(problemsOf(input)).toEqual(['questions[1].prompt: a fill in the blank question needs a blank: three or more underscores (____)']);
	});

	it('rejects empty prompts, even when only spaces', () => {
		const input = validBank();
		input.questions[0].prompt = '   ';
		expect(problemsOf(input)).toEqual(['questions[0].prompt: prompt is empty']);
	});

	it('rejects source offsets that point at other text', () => {
		const input = validBank();
		input.questions[0].source.start += 1;
		const [problem, ...rest] = problemsOf(input);
		expect(rest).toEqual([]);
		expect(problem).toMatch(/^questions\[0\]\.source: the text at 1\.\.36 is "eoul is the capital of South Korea\.", not the question's source\.text/);
	});

	it('rejects a source whose end is before its start', () => {
		const input = validBank();
		input.questions[4].source = { ...input.questions[4].source, start: 50, end: 40 };
		expect(problemsOf(input)).toEqual(['questions[4].source: end (40) is before start (50)']);
	});

	it('rejects a source that runs past the end of the text', () => {
		const input = validBank();
		input.questions[4].source.end = 500;
		expect(problemsOf(input)).toEqual(["questions[4].source: end (500) is past the end of the bank's source text (77 characters)"]);
	});

	it('rejects a question source when the bank has no source text', () => {
		const input = validBank();
		delete input.source.text;
		const problems = problemsOf(input);
		expect(problems).toHaveLength(5);
		expect(problems[0]).toBe('questions[0].source: the bank has no source.text for this source to point into');
	});

	it('accepts questions without a source when the bank has no source text', () => {
		const input = validBank();
		delete input.source;
		for (const q of input.questions) delete q.source;
		expect(validateBank(input).ok).toBe(true);
	});

	it('reports every unknown field, not just the first of each object', () => {
		const input = validBank();
		input.author = 'x';
		input.questions[2].hint = 'y';
		input.questions[2].points = 3;
		const problems = problemsOf(input);
		expect(problems).toEqual(['unknown field "author"', 'questions[2]: unknown field "hint"', 'questions[2]: unknown field "points"']);
	});

	it('collects all problems at once, grouped question by question', () => {
		const input = validBank();
		input.format = 'other';
		input.questions[4].type = 'essay';
		input.questions[1].prompt = 'no blank here';
		input.questions[2].choices = ['Busan'];
		const problems = problemsOf(input);
		expect(problems).toEqual([
			'format: format must be "factdeck.bank"',
			'questions[1].prompt: a fill in the blank question needs a blank: three or more underscores (____)',
			'questions[2].choices: a multiple choice question needs at least 2 choices, it has 1',
			'questions[2].choices: the answer "Seoul" is not among the choices',
			'questions[4].type: type must be one of flashcard (flashcard), cloze (fill in the blank), mcq (multiple choice), truefalse (true or false), short (typed answer), multi (choose all that apply), matching (matching), numerical (number)'
		]);
	});
});

describe('parseBankJson', () => {
	it('parses and validates JSON text, tolerating a byte-order mark', () => {
		const result = parseBankJson(`\uFEFF${JSON.stringify(validBank())}`);
		expect(result.ok).toBe(true);
	});

	it('reports bad JSON as one problem', () => {
		const result = parseBankJson('{"format": ');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatch(/^not JSON: \S/);
	});

	it('rejects __proto__ and constructor keys without polluting prototypes', () => {
		const text = JSON.stringify(validBank())
			.replace('{"format"', '{"__proto__":{"polluted":true},"format"')
			.replace('{"id":"q-2"', '{"constructor":{"polluted":true},"id":"q-2"');
		const result = parseBankJson(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toEqual(['the key "__proto__" is not allowed', 'questions[1]: the key "constructor" is not allowed']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('rejects a __proto__ key deep inside a source', () => {
		const input = JSON.parse(JSON.stringify(validBank()).replace('"start":0', '"__proto__":{"x":1},"start":0'));
		const problems = problemsOf(input);
		expect(problems).toContain('questions[0].source: the key "__proto__" is not allowed');
	});
});
