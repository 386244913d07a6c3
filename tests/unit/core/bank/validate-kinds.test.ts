import { validateBank } from '$lib/core/bank/validate';
import { validBank } from './fixtures';

type Q = Record<string, unknown>;

function withQuestion(q: Q) {
	const bank = validBank();
	bank.questions = [{ id: 'q1', fact: 'f1', prompt: 'Which?', ...q }];
	return bank;
}

const problems = (q: Q) => {
	const result = validateBank(withQuestion(q));
	return result.ok ? [] : result.problems;
};

const multi = { type: 'multi', choices: ['Seoul', 'Busan', 'Tokyo'], weights: [50, 50, -100], answer: 'Seoul\nBusan' };
const matching = {
	type: 'matching',
	pairs: [
		{ left: 'Canada', right: 'Ottawa' },
		{ left: 'Italy', right: 'Rome' },
		{ left: '', right: 'Lyon' }
	],
	answer: 'Canada → Ottawa\nItaly → Rome'
};
const numerical = {
	type: 'numerical',
	numbers: [
		{ value: 1822, tolerance: 0, credit: 100 },
		{ value: 1822, tolerance: 2, credit: 50 }
	],
	answer: '1822'
};

describe('choose all that apply', () => {
	it('accepts right choices whose weights add up to 100', () => {
		expect(problems(multi)).toEqual([]);
		expect(problems({ ...multi, choices: ['a', 'b', 'c'], weights: [33.33333, 33.33333, 33.33333], answer: 'a\nb\nc' })).toEqual([]);
	});

	it('rejects weights that miss 100, a count unlike the choices, and an answer unlike the right choices', () => {
		expect(problems({ ...multi, weights: [50, 40, -100] })).toContain("questions[0].weights: the right choices' weights add up to 90%, not 100%");
		expect(problems({ ...multi, weights: [50, 50] })).toContain('questions[0].weights: there are 2 weights for 3 choices; give one weight per choice');
		expect(problems({ ...multi, answer: 'Seoul' })).toContain('questions[0].answer: the answer must list the right choices, one per line: "Seoul\\nBusan"');
		expect(problems({ ...multi, weights: undefined })).toEqual([
			'questions[0].weights: a choose all that apply question needs a weight for each choice (100 in all for the right ones)'
		]);
		expect(problems({ ...multi, weights: [0, 0, -100] })).toContain('questions[0].weights: no choice has a positive weight, so none is right');
		expect(problems({ ...multi, weights: [150, 50, -100] })).toContain('questions[0].weights[0]: weight must be 100 or less');
	});
});

describe('multiple choice with partial credit', () => {
	const mcq = { type: 'mcq', choices: ['Seoul', 'Busan', 'Tokyo'], answer: 'Seoul', weights: [100, 50, 0] };

	it('accepts a partly right choice beside the answer', () => {
		expect(problems(mcq)).toEqual([]);
	});

	it('wants the answer at 100 and no other choice there', () => {
		expect(problems({ ...mcq, weights: [80, 50, 0] })).toContain('questions[0].weights: the answer "Seoul" must have weight 100, it has 80');
		expect(problems({ ...mcq, weights: [100, 100, 0] })).toContain(
			'questions[0].weights: only the answer may have weight 100; a question with several right answers is choose all that apply'
		);
	});
});

describe('matching', () => {
	it('accepts pairs and an extra right item', () => {
		expect(problems(matching)).toEqual([]);
	});

	it('rejects fewer than two pairs, a repeated item and an answer unlike the pairs', () => {
		expect(problems({ ...matching, pairs: [{ left: 'Canada', right: 'Ottawa' }], answer: 'Canada → Ottawa' })).toContain(
			'questions[0].pairs: a matching question needs at least 2 pairs, it has 1'
		);
		const twice = [
			{ left: 'Canada', right: 'Ottawa' },
			{ left: 'Canada', right: 'Rome' }
		];
		expect(problems({ ...matching, pairs: twice, answer: 'Canada → Ottawa\nCanada → Rome' })).toContain(
			'questions[0].pairs: the item "Canada" is asked more than once'
		);
		expect(problems({ ...matching, answer: 'Canada → Rome' })).toContain(
			'questions[0].answer: the answer must list the pairs, one per line: "Canada → Ottawa\\nItaly → Rome"'
		);
		expect(problems({ ...matching, pairs: undefined })).toEqual(['questions[0].pairs: a matching question needs pairs']);
		expect(problems({ ...matching, pairs: [{ left: 'a', right: 'b', extra: 1 }] })).toContain('questions[0].pairs[0]: unknown field "extra"');
	});
});

describe('numerical', () => {
	it('accepts numbers with tolerances and partial credit', () => {
		expect(problems(numerical)).toEqual([]);
	});

	it('wants a number with full credit, the answer equal to it, and sane tolerances', () => {
		expect(problems({ ...numerical, numbers: [{ value: 1822, tolerance: 0, credit: 50 }] })).toContain(
			'questions[0].numbers: no accepted number has credit 100'
		);
		expect(problems({ ...numerical, answer: '1823' })).toContain('questions[0].answer: the answer must be the number with full credit, 1822, not "1823"');
		expect(problems({ ...numerical, numbers: [{ value: 1822, tolerance: -1, credit: 100 }] })).toContain(
			'questions[0].numbers[0].tolerance: numbers.tolerance must be 0 or more'
		);
	});
});

describe('fields of one type on another', () => {
	it('reports them', () => {
		expect(problems({ type: 'short', answer: 'x', pairs: matching.pairs })).toContain('questions[0].pairs: only matching questions have pairs');
		expect(problems({ type: 'flashcard', answer: 'x', weights: [100] })).toContain('questions[0].weights: only mcq and multi questions have weights');
	});

	it('keeps a question name', () => {
		const result = validateBank(withQuestion({ type: 'short', answer: 'x', name: 'Q1 capitals' }));
		expect(result.ok && result.bank.questions[0].name).toBe('Q1 capitals');
	});
});
