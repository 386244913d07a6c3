import fc from 'fast-check';
import type { Bank, Question } from '$lib/core/bank/schema';
import { regradeAnswer, regradeResult } from '$lib/core/quiz/regrade';
import { aggregateResults, type TestResult } from '$lib/core/quiz/results';
import { testAnswerMode } from '$lib/core/quiz/test-mode';
import { realisticBank, smallBank } from '../share/fixtures';
import { ALL_RIGHT, forged, take, type TakenAnswer } from './taken';

const byId = (bank: Bank) => new Map(bank.questions.map((q) => [q.id, q]));

/** Every graded question of the small bank answered wrong; the flashcard self-marked wrong. */
const ALL_WRONG: TakenAnswer[] = [
	{ kind: 'self', correct: false },
	{ kind: 'typed', text: 'Busan' },
	{ kind: 'choice', choice: 'Daegu' },
	{ kind: 'truefalse', value: false },
	{ kind: 'typed', text: 'Tokyo' }
];

describe('regradeResult', () => {
	it('grades a forged result by what was given, not by its claims', () => {
		const bank = smallBank();
		const forgery = forged(take(bank, 'Mal', ALL_WRONG), () => true);
		expect(forgery.score).toEqual({ correct: 5, total: 5 });
		const regraded = regradeResult(forgery, byId(bank));
		// The flashcard was shown and self-marked: the claim is all there is, so it stands.
		expect(regraded).toMatchObject({ correct: 1, total: 5, claimedCorrect: 5, differing: 4 });
		expect(regraded.answers.map((a) => [a.questionId, a.correct, a.claimed])).toEqual([
			['q-1', true, true],
			['q-2', false, true],
			['q-3', false, true],
			['q-4', false, true],
			['q-5', false, true]
		]);
	});

	it('counts a right answer claimed wrong as right, and says so', () => {
		const bank = smallBank();
		const modest = forged(take(bank, 'Shy', ALL_RIGHT), (a) => a.questionId === 'q-1');
		expect(regradeResult(modest, byId(bank))).toMatchObject({ correct: 5, claimedCorrect: 1, differing: 4 });
	});

	it('grades leniently as the test does: a typo, case, an accepted alternative', () => {
		const bank = smallBank();
		const typed = (text: string) => regradeAnswer({ questionId: 'q-5', given: text, correct: false }, bank.questions[4]);
		expect(typed('pyongyang').correct).toBe(true);
		expect(typed('Pyeongyang').correct).toBe(true);
		expect(typed('Pyongyng').correct).toBe(false); // one letter short: a near miss, still wrong
	});

	it("grades by the bank question's type, whatever the file says, and notes what the test could not have recorded", () => {
		const [flashcard, cloze, mcq, truefalse] = smallBank().questions;
		const answer = (questionId: string, given: string, extra: object = {}) => ({ questionId, given, correct: true, ...extra });
		// Self-marking a typed question is no way out of its grading.
		expect(regradeAnswer(answer('q-2', '', { selfMarked: true }), cloze)).toMatchObject({
			correct: false,
			selfMarked: false,
			note: 'self-marked, but the test grades this cloze question'
		});
		expect(regradeAnswer(answer('q-3', 'Pyongyang'), mcq)).toMatchObject({ correct: false, note: 'not one of the choices' });
		expect(regradeAnswer(answer('q-3', 'seoul'), mcq)).toMatchObject({ correct: false, note: 'not one of the choices' });
		expect(regradeAnswer(answer('q-3', 'Seoul'), mcq)).toEqual({
			questionId: 'q-3',
			given: 'Seoul',
			correct: true,
			claimed: true,
			credit: 1,
			claimedCredit: 1,
			selfMarked: false
		});
		expect(regradeAnswer(answer('q-4', 'Seoul'), truefalse)).toMatchObject({ correct: false, note: 'neither true nor false' });
		// A flashcard is shown and self-marked; claimed right without the self-mark, a blank is wrong.
		expect(regradeAnswer(answer('q-1', '', { selfMarked: true }), flashcard)).toMatchObject({ correct: true, selfMarked: true });
		expect(regradeAnswer(answer('q-1', ''), flashcard)).toMatchObject({ correct: false, selfMarked: false });
		expect(regradeAnswer(answer('q-9', 'Seoul'), undefined)).toMatchObject({ correct: false, note: 'not a question of this bank' });
	});

	it('leaves every honest result as it was graded, whatever was answered (property)', () => {
		const bank = smallBank();
		const text = fc.oneof(
			fc.constantFrom('Seoul', 'seoul ', 'Seol', 'Pyongyang', 'pyeongyang', 'PYONGYANG', 'Pyongyng', 'true', 'three', '3', ''),
			fc.string({ maxLength: 30 }),
			fc.string({ unit: 'grapheme', maxLength: 12 })
		);
		const answers = fc.tuple(
			fc.boolean().map((correct): TakenAnswer => ({ kind: 'self', correct })),
			text.map((t): TakenAnswer => ({ kind: 'typed', text: t })),
			fc.constantFrom('Busan', 'Seoul', 'Incheon', 'Daegu').map((choice): TakenAnswer => ({ kind: 'choice', choice })),
			fc.boolean().map((value): TakenAnswer => ({ kind: 'truefalse', value })),
			text.map((t): TakenAnswer => ({ kind: 'typed', text: t }))
		);
		fc.assert(
			fc.property(answers, fc.integer({ min: 0, max: 5 }), (given, answered) => {
				const honest = take(bank, 'Ana', given.slice(0, answered));
				const regraded = regradeResult(honest, byId(bank));
				expect(regraded.differing).toBe(0);
				expect(regraded.correct).toBe(honest.score.correct);
			}),
			{ numRuns: 300 }
		);
	});

	it('leaves honest results on a realistic bank as graded, typed cloze answers included', () => {
		const bank = realisticBank(100);
		const result = takeAll(bank, (q, i) => (i % 3 === 0 ? `${String(q.answer).toUpperCase()} ` : i % 3 === 1 ? String(q.answer).slice(1) : 'no idea'));
		expect(result.score.correct).toBeGreaterThan(0);
		const { perStudent } = aggregateResults(bank, [result]);
		expect(perStudent[0]).toMatchObject({ correct: result.score.correct, claimed: null });
	});
});

/** Every question of `bank` in bank order, answered as the test asks it: `typed` gives the text typed or picked. */
function takeAll(bank: Bank, typed: (q: Question, i: number) => string): TestResult {
	const answers = bank.questions.map((q, i): TakenAnswer => {
		const text = typed(q, i);
		const mode = testAnswerMode(q);
		if (mode === 'reveal') return { kind: 'self', correct: i % 2 === 0 };
		if (mode === 'truefalse') return { kind: 'truefalse', value: i % 2 === 0 };
		if (mode === 'choice') return { kind: 'choice', choice: q.choices?.[i % q.choices.length] ?? text };
		return { kind: 'typed', text };
	});
	return take(bank, 'Ana', answers, undefined, bank.questions.length);
}
