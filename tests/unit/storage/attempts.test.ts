import { createTest, answerTest, testScore, type TestState } from '$lib/core/quiz/test-mode';
import {
	attemptId,
	clearOpenTest,
	deleteAttempts,
	finishAttempt,
	getAttempt,
	getOpenTest,
	listAttempts,
	saveAttempt,
	saveOpenTest,
	type NewAttempt
} from '$lib/storage/attempts';
import { saveBank } from '$lib/storage/banks';
import { bank, bankOfFacts, closeAll, dump, freshDb, question } from './helpers';

afterEach(closeAll);

const T0 = new Date('2024-03-05T10:00:00Z');
const quiz = bank('quiz', [
	question('q1', 'capital', { type: 'mcq', prompt: 'Capital?', answer: 'Seoul', choices: ['Seoul', 'Busan'] }),
	question('q2', 'leader', { type: 'truefalse', prompt: 'Moon leads.', answer: true })
]);

/** A finished test on `quiz`, started at `startMs`. */
function finished(startMs: number): TestState {
	let state = createTest(quiz, { shuffle: false }, () => 0, startMs);
	state = answerTest(state, { kind: 'choice', choice: 'Busan' }, startMs + 5000);
	return answerTest(state, { kind: 'truefalse', value: true }, startMs + 9000);
}

function attempt(startMs: number, extra: Partial<NewAttempt> = {}): NewAttempt {
	const state = finished(startMs);
	const score = testScore(state);
	return {
		bankId: 'quiz',
		bankHash: 'h1',
		startedAt: new Date(startMs),
		finishedAt: new Date(state.finishedAtMs!),
		score: { correct: score.correct, total: score.total },
		durationMs: score.durationMs,
		state,
		...extra
	};
}

describe('attempts', () => {
	it('stores a finished test exactly and reads it back, Dates as Dates', async () => {
		const d = freshDb();
		const a = attempt(T0.getTime(), { student: 'Ana' });
		const id = await saveAttempt(a, d);
		expect(id).toBe(attemptId('quiz', T0));
		const stored = await getAttempt(id, d);
		expect(stored).toStrictEqual({ ...a, id });
		expect(stored!.finishedAt).toBeInstanceOf(Date);
		expect(stored!.state.items[0].response).toMatchObject({ given: 'Busan', correct: false });
		expect(stored!.score).toEqual({ correct: 1, total: 2 });
	});

	it('keeps only the Attempt fields, and stores one test saved twice once', async () => {
		const d = freshDb();
		const a = { ...attempt(T0.getTime()), extra: 'page state' } as NewAttempt;
		await saveAttempt(a, d);
		await saveAttempt(a, d);
		const rows = await d.attempts.toArray();
		expect(rows).toHaveLength(1);
		expect('extra' in rows[0]).toBe(false);
		expect('student' in rows[0]).toBe(false);
	});

	it("lists a bank's attempts newest first, and only that bank's", async () => {
		const d = freshDb();
		const times = [T0.getTime(), T0.getTime() + 86_400_000, T0.getTime() - 86_400_000];
		for (const t of times) await saveAttempt(attempt(t), d);
		await saveAttempt(attempt(T0.getTime() + 5, { bankId: 'other' }), d);
		const list = await listAttempts('quiz', d);
		expect(list.map((a) => a.startedAt.getTime())).toEqual([times[1], times[0], times[2]]);
		expect(await listAttempts('nope', d)).toEqual([]);
	});

	it('deletes every attempt of one bank and no other', async () => {
		const d = freshDb();
		await saveAttempt(attempt(T0.getTime()), d);
		await saveAttempt(attempt(T0.getTime() + 1000), d);
		await saveAttempt(attempt(T0.getTime(), { bankId: 'other' }), d);
		expect(await deleteAttempts('quiz', d)).toBe(2);
		expect((await d.attempts.toArray()).map((a) => a.bankId)).toEqual(['other']);
	});

	it('never touches cards or the review log', async () => {
		const d = freshDb();
		await saveBank(quiz, T0, {}, d);
		await saveBank(bankOfFacts('b', 3), T0, {}, d);
		const before = await dump(d);
		await saveAttempt(attempt(T0.getTime()), d);
		const after = await dump(d);
		expect(after.cards).toStrictEqual(before.cards);
		expect(after.reviews).toStrictEqual(before.reviews);
		expect({ ...after, attempts: [] }).toStrictEqual(before);
		expect(after.attempts).toHaveLength(1);
	});
});

describe('a test left open', () => {
	/** `quiz` with its first question answered, the second not yet, under a 10-minute limit. */
	function halfway(startMs: number): TestState {
		const state = createTest(quiz, { shuffle: false, timeLimitSec: 600 }, () => 0, startMs);
		return answerTest(state, { kind: 'choice', choice: 'Seoul' }, startMs + 5000);
	}

	it('is kept after each answer and read back as it was: answers, question reached, start time', async () => {
		const d = freshDb();
		const state = halfway(T0.getTime());
		await saveOpenTest(state, d);
		const open = await getOpenTest('quiz', d);
		expect(open).toStrictEqual(state);
		expect(open).toMatchObject({ current: 1, startedAtMs: T0.getTime(), timeLimitSec: 600, finishedAtMs: null });
		expect(await getOpenTest('other', d)).toBeUndefined();
		// Not an attempt: history and backups see finished tests only.
		expect(await listAttempts('quiz', d)).toEqual([]);
		expect(await d.attempts.count()).toBe(0);
	});

	it('is forgotten when the test is finished, in the same transaction that stores the attempt', async () => {
		const d = freshDb();
		await saveOpenTest(halfway(T0.getTime()), d);
		const id = await finishAttempt(attempt(T0.getTime()), d);
		expect(await getOpenTest('quiz', d)).toBeUndefined();
		expect(await getAttempt(id, d)).toBeDefined();
	});

	it('is forgotten when started over, or when the bank loses its attempts', async () => {
		const d = freshDb();
		await saveOpenTest(halfway(T0.getTime()), d);
		await clearOpenTest('quiz', d);
		expect(await getOpenTest('quiz', d)).toBeUndefined();
		await saveOpenTest(halfway(T0.getTime()), d);
		await deleteAttempts('quiz', d);
		expect(await getOpenTest('quiz', d)).toBeUndefined();
	});

	it('ignores a stored value that is not a test of that bank', async () => {
		const d = freshDb();
		await d.meta.put({ key: 'openTest\u0000quiz', value: { bankId: 'other', items: [] } });
		expect(await getOpenTest('quiz', d)).toBeUndefined();
	});
});
