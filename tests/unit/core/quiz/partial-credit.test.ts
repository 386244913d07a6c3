import { seededRng } from '$lib/core/srs/rng';
import { aggregateResults, makeResult, parseResult } from '$lib/core/quiz/results';
import { gradeGiven, regradeResult } from '$lib/core/quiz/regrade';
import { answerTest, createTest, testScore, wrongQuestionIds } from '$lib/core/quiz/test-mode';
import { bank, matching, multi, numerical } from './new-kinds';

const T0 = Date.UTC(2026, 0, 5, 9);

function taken() {
	let state = createTest(bank, { shuffle: false }, seededRng(1), T0);
	state = answerTest(state, { kind: 'multi', ticked: ['Blue', 'Red'] }, T0 + 1000);
	state = answerTest(
		state,
		{
			kind: 'matching',
			matches: [
				{ left: 'Cat', right: 'Meow' },
				{ left: 'Dog', right: 'Moo' }
			]
		},
		T0 + 2000
	);
	state = answerTest(state, { kind: 'typed', text: '1,815' }, T0 + 3000);
	return state;
}

describe('a test with partial credit', () => {
	it('offers the choices and every right item, extra ones too', () => {
		const state = createTest(bank, { shuffle: true }, seededRng(3), T0);
		const byId = new Map(state.items.map((item) => [item.question.id, item]));
		expect(byId.get('colours')?.choices?.toSorted()).toEqual(['Blue', 'Green', 'Red', 'White']);
		expect(byId.get('colours')?.mode).toBe('multi');
		expect(byId.get('sounds')?.mode).toBe('matching');
		expect(byId.get('year')?.mode).toBe('typed');
	});
	it('sums credit: two thirds, a half and a whole', () => {
		const state = taken();
		expect(state.items.map((item) => item.response?.given)).toEqual(['Blue\nRed', 'Cat → Meow\nDog → Moo', '1,815']);
		expect(state.items[0].response).toMatchObject({ correct: false });
		expect(state.items[0].response?.credit).toBeCloseTo(2 / 3);
		expect(state.items[1].response).toMatchObject({ correct: false, credit: 0.5 });
		expect(state.items[2].response).toMatchObject({ correct: true });
		expect(testScore(state)).toMatchObject({ correct: 2.17, total: 3, percent: 72 });
		expect(wrongQuestionIds(state)).toEqual(['colours', 'sounds']);
	});
	it('writes a result file that reads back, re-grades to the same score and counts in the statistics', () => {
		const result = makeResult(bank, taken(), 'Ana');
		expect(result.score).toEqual({ correct: 2.17, total: 3 });
		const read = parseResult(JSON.stringify(result));
		expect(read.ok).toBe(true);
		const regraded = regradeResult(result, new Map(bank.questions.map((q) => [q.id, q])));
		expect(regraded).toMatchObject({ correct: 2.17, claimedCorrect: 2.17, differing: 0 });
		const stats = aggregateResults(bank, [result]);
		expect(stats.perQuestion.map((q) => q.correct)).toEqual([0.67, 0.5, 1]);
		expect(stats.perStudent[0]).toMatchObject({ correct: 2.17, percent: 72, claimed: null });
	});
	it('re-grades a forged claim of full credit down to what was ticked', () => {
		const result = makeResult(bank, taken(), 'Ben');
		const forged = {
			...result,
			score: { correct: 3, total: 3 },
			answers: result.answers.map((a) => ({ questionId: a.questionId, given: a.given, correct: true }))
		};
		const regraded = regradeResult(forged, new Map(bank.questions.map((q) => [q.id, q])));
		expect(regraded).toMatchObject({ correct: 2.17, claimedCorrect: 3, differing: 2 });
	});
	it('refuses a result whose score does not add up its credit', () => {
		const result = makeResult(bank, taken(), 'Cy');
		const parsed = parseResult(JSON.stringify({ ...result, score: { correct: 3, total: 3 } }));
		expect(parsed).toEqual({ ok: false, error: 'This test result is not valid: its score does not match its answers.' });
	});
	it('grades recorded text as the test recorded it', () => {
		expect(gradeGiven('White\nBlue\nRed', multi)).toMatchObject({ correct: true, credit: 1 });
		expect(gradeGiven('Dog → Woof\nCat → Meow', matching)).toMatchObject({ correct: true });
		expect(gradeGiven('1812', numerical)).toMatchObject({ correct: false, credit: 0.5 });
	});
});
