import { Rating } from '$lib/core/srs/types';
import { autoRating, gradeChoice, gradeTyped } from '$lib/core/quiz/grade';
import { choiceMarks, gradeMatching, gradeMulti, matchingGiven, multiGiven, readMatchingGiven, readMultiGiven } from '$lib/core/quiz/grade-kinds';
import { question } from './question';

const multi = question('Red\nBlue', { type: 'multi', choices: ['Red', 'Green', 'Blue', 'Black'], weights: [50, -100, 50, 0] });

describe('gradeMulti: the ticked weights add up, held to 0..100%', () => {
	it('gives full credit for exactly the right choices', () => {
		const v = gradeMulti(['Red', 'Blue'], multi);
		expect(v).toMatchObject({ correct: true, credit: 1, reason: 'All 2 right choices ticked.' });
	});
	it('gives half credit for one of two right choices', () => {
		expect(gradeMulti(['Blue'], multi)).toMatchObject({ correct: false, credit: 0.5, reason: '1 of 2 right choices ticked: 50%.' });
	});
	it('takes credit away for a wrong choice, never below nothing', () => {
		expect(gradeMulti(['Red', 'Green'], multi)).toMatchObject({ credit: 0, reason: '1 of 2 right choices ticked, 1 wrong one ticked: no credit.' });
	});
	it('lets a choice of weight 0 cost nothing, as Moodle does', () => {
		expect(gradeMulti(['Red', 'Blue', 'Black'], multi)).toMatchObject({ correct: true, credit: 1 });
	});
	it('counts three thirds of 33.33333% as full marks', () => {
		const thirds = question('A\nB\nC', { type: 'multi', choices: ['A', 'B', 'C', 'D'], weights: [33.33333, 33.33333, 33.33333, -100] });
		expect(gradeMulti(['A', 'B', 'C'], thirds)).toMatchObject({ correct: true, credit: 1 });
		expect(gradeMulti(['A'], thirds).credit).toBeCloseTo(1 / 3, 4);
	});
	it('says when nothing is ticked, and ignores text that is no choice', () => {
		expect(gradeMulti([], multi)).toMatchObject({ credit: 0, reason: 'Nothing ticked.' });
		expect(gradeMulti(['Purple'], multi)).toMatchObject({ credit: 0, reason: 'Nothing ticked.' });
	});
	it('marks each choice right, wrong, missed or none', () => {
		expect(choiceMarks(multi, new Set([0, 1]))).toEqual(['right', 'wrong', 'missed', 'none']);
	});
	it('reads back the ticked choices it records', () => {
		expect(readMultiGiven(multiGiven(['Red', 'Blue']))).toEqual(['Red', 'Blue']);
	});
});

const matching = question('Cat → Meow\nDog → Woof\nCow → Moo', {
	type: 'matching',
	pairs: [
		{ left: 'Cat', right: 'Meow' },
		{ left: 'Dog', right: 'Woof' },
		{ left: 'Cow', right: 'Moo' },
		{ left: '', right: 'Quack' }
	]
});

describe('gradeMatching: the share of left items matched right', () => {
	it('gives full credit when every item is matched right', () => {
		const all = [
			{ left: 'Cat', right: 'Meow' },
			{ left: 'Dog', right: 'Woof' },
			{ left: 'Cow', right: 'Moo' }
		];
		expect(gradeMatching(all, matching)).toMatchObject({ correct: true, credit: 1, reason: 'All 3 matched right.' });
	});
	it('gives a third for one of three', () => {
		const v = gradeMatching(
			[
				{ left: 'Cat', right: 'Meow' },
				{ left: 'Dog', right: 'Quack' }
			],
			matching
		);
		expect(v.correct).toBe(false);
		expect(v.credit).toBeCloseTo(1 / 3);
		expect(v.reason).toBe('1 of 3 matched right: 33.3%.');
	});
	it('gives nothing for nothing matched', () => {
		expect(gradeMatching([], matching)).toMatchObject({ credit: 0, reason: '0 of 3 matched right: no credit.' });
	});
	it('reads back the matches it records, unmatched items empty', () => {
		const given = matchingGiven([{ left: 'Dog', right: 'Woof' }]);
		expect(given).toBe('Dog → Woof');
		expect(readMatchingGiven(given, matching)).toEqual([
			{ left: 'Cat', right: '' },
			{ left: 'Dog', right: 'Woof' },
			{ left: 'Cow', right: '' }
		]);
	});
});

describe('gradeChoice with weights: the picked choice earns its credit', () => {
	const weighted = question('Paris', { type: 'mcq', choices: ['Paris', 'Lyon', 'Rome'], weights: [100, 50, 0] });
	it('gives full credit for the answer', () => {
		expect(gradeChoice('Paris', weighted)).toMatchObject({ correct: true, credit: 1 });
	});
	it('gives partial credit for a half-right choice, and says so', () => {
		expect(gradeChoice('Lyon', weighted)).toMatchObject({ correct: false, credit: 0.5, reason: 'You picked "Lyon", worth 50%; the answer is "Paris".' });
	});
	it('gives nothing for a wrong choice', () => {
		expect(gradeChoice('Rome', weighted)).toMatchObject({ correct: false, credit: 0, reason: 'You picked "Rome"; the answer is "Paris".' });
	});
});

describe('gradeTyped on a number question', () => {
	const pi = question('3.14', {
		type: 'numerical',
		numbers: [
			{ value: 3.14, tolerance: 0.01, credit: 100 },
			{ value: 3, tolerance: 0.5, credit: 50 }
		]
	});
	it.each([
		['3.14', 1, 'Exact match.'],
		['3.145', 1, 'Accepted: 3.145 is within 3.14 ± 0.01.'],
		['3,14', 1, 'Accepted: "3,14" is the number 3.14.'],
		['3,1405', 1, 'Accepted: "3,1405" read as 3.1405: 3.1405 is within 3.14 ± 0.01.'],
		['3', 0.5, 'Partly right: 3 is within 3 ± 0.5, worth 50%; the answer is 3.14.'],
		['4', 0, '4 is not within 0.01 of 3.14.'],
		['pi', 0, '"pi" is not a number; the answer is 3.14.']
	])('%s earns %s: %s', (typed, credit, reason) => {
		expect(gradeTyped(typed, pi)).toMatchObject({ credit, correct: credit === 1, reason });
	});
	it('takes the best credit when accepted numbers overlap', () => {
		expect(gradeTyped('3.135', pi).credit).toBe(1);
	});
	it('reads a number written with thousands separators', () => {
		const year = question('1822', { type: 'numerical', numbers: [{ value: 1822, tolerance: 0, credit: 100 }] });
		expect(gradeTyped('1,822', year)).toMatchObject({ correct: true, reason: 'Accepted: "1,822" is the number 1822.' });
		expect(gradeTyped('1822', year).reason).toBe('Exact match.');
		expect(gradeTyped('1823', year)).toMatchObject({ correct: false, reason: '1823 is not 1822.' });
	});
	it('accepts a range end despite floating point', () => {
		const range = question('0.2', { type: 'numerical', numbers: [{ value: 0.2, tolerance: 0.1, credit: 100 }] });
		expect(gradeTyped('0.3', range).correct).toBe(true);
		expect(gradeTyped('0.1', range).correct).toBe(true);
	});
});

describe('autoRating with credit', () => {
	it('rates full credit Good, partial Hard and none Again', () => {
		expect(autoRating({ correct: true, credit: 1, reason: '', expected: '' })).toBe(Rating.Good);
		expect(autoRating({ correct: false, credit: 0.5, reason: '', expected: '' })).toBe(Rating.Hard);
		expect(autoRating({ correct: false, credit: 0, reason: '', expected: '' })).toBe(Rating.Again);
	});
});
