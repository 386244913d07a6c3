import type { Bank } from '$lib/core/bank/schema';
import { contentHash } from '$lib/core/bank/hash';
import { seededRng } from '$lib/core/srs/rng';
import { createTest } from '$lib/core/quiz/test-mode';
import { aggregateResults, makeResult, MAX_GIVEN_CHARS, MAX_TEST_DURATION_MS, parseResult, resultsCsv, scoreLine } from '$lib/core/quiz/results';
import { realisticBank, smallBank } from '../share/fixtures';
import { ALL_RIGHT, forged, T0, take, type TakenAnswer } from './taken';

/** All right except the mcq (q-3), answered `choice`, and the short answer (q-5), typed `typed`. */
const missing = (choice: string, typed: string): TakenAnswer[] => [
	ALL_RIGHT[0],
	ALL_RIGHT[1],
	{ kind: 'choice', choice },
	ALL_RIGHT[3],
	{ kind: 'typed', text: typed }
];

describe('makeResult', () => {
	it('records the bank, its content hash, the name, times, score and every answer', () => {
		const bank = smallBank();
		const result = take(bank, '  Ana   Lima ', missing('Busan', 'Tokyo').slice(0, 4));
		expect(result).toMatchObject({
			format: 'factdeck.result',
			version: 1,
			bankId: 'capitals',
			bankHash: contentHash(bank),
			student: 'Ana Lima',
			startedAt: '2021-02-03T09:00:00.000Z',
			finishedAt: '2021-02-03T09:00:40.000Z',
			durationMs: 40_000,
			score: { correct: 3, total: 5 }
		});
		expect(result.answers).toEqual([
			{ questionId: 'q-1', given: '', correct: true, selfMarked: true },
			{ questionId: 'q-2', given: 'Seoul', correct: true },
			{ questionId: 'q-3', given: 'Busan', correct: false },
			{ questionId: 'q-4', given: 'True', correct: true },
			{ questionId: 'q-5', given: '', correct: false }
		]);
	});

	it('names an unnamed student Anonymous', () => {
		expect(take(smallBank(), ' \n ', ALL_RIGHT).student).toBe('Anonymous');
	});

	it('refuses a test taken on another bank', () => {
		const result = createTest(smallBank(), {}, seededRng(1), T0);
		expect(() => makeResult({ ...smallBank(), id: 'other' }, result, 'Ana')).toThrow(/capitals/);
	});
});

describe('parseResult', () => {
	const result = take(smallBank(), 'Ana', ALL_RIGHT);
	const withChange = (change: (r: Record<string, any>) => void) => {
		const copy = structuredClone(result) as Record<string, any>;
		change(copy);
		return JSON.stringify(copy);
	};
	const withAnswers = (r: typeof result, answers: typeof result.answers) => ({
		...r,
		answers,
		score: { correct: answers.filter((a) => a.correct).length, total: answers.length }
	});
	const errorOf = (text: string) => {
		const parsed = parseResult(text);
		if (parsed.ok) throw new Error('expected the result to be refused');
		return parsed.error;
	};

	it('reads back what makeResult wrote, with or without a byte-order mark', () => {
		expect(parseResult(JSON.stringify(result, null, 2))).toEqual({ ok: true, result });
		expect(parseResult(`\uFEFF${JSON.stringify(result)}`)).toEqual({ ok: true, result });
	});

	it('says what is wrong with a bad file', () => {
		expect(errorOf('{"format":')).toMatch(/^This is not a test result: it is not JSON/);
		expect(errorOf(JSON.stringify(smallBank()))).toMatch(/not a test result: it lacks "format": "factdeck.result"/);
		expect(errorOf('null')).toMatch(/not a test result/);
		expect(errorOf(withChange((r) => (r.score.correct = -1)))).toMatch(/not valid: score.correct/);
		expect(errorOf(withChange((r) => (r.startedAt = 'yesterday')))).toMatch(/not valid: startedAt must be a date and time/);
		expect(errorOf(withChange((r) => (r.version = 2)))).toMatch(/version must be 1/);
		expect(errorOf(withChange((r) => (r.extra = 1)))).toMatch(/not valid: extra/);
		expect(errorOf(withChange((r) => (r.answers[0].correct = 'yes')))).toMatch(/answers.0.correct/);
	});

	it('refuses a score that does not match the answers', () => {
		expect(errorOf(withChange((r) => (r.score.correct = 4)))).toMatch(/score does not match its answers/);
		expect(errorOf(withChange((r) => r.answers.pop()))).toMatch(/score does not match its answers/);
	});

	it('refuses a result no test could have written: one question answered twice, no answers, impossible times', () => {
		const twice = forged(withAnswers(result, [...result.answers, { ...result.answers[2], given: 'Seoul', correct: true }]), (a) => a.correct);
		expect(errorOf(JSON.stringify(twice))).toBe('This test result is not valid: it answers question "q-3" more than once.');
		expect(errorOf(JSON.stringify(withAnswers(result, [])))).toBe('This test result is not valid: it answers no question.');
		expect(errorOf(withChange((r) => (r.finishedAt = '2021-02-03T08:59:59.000Z')))).toBe('This test result is not valid: it finished before it started.');
		expect(errorOf(withChange((r) => (r.durationMs = -1)))).toMatch(/not valid: durationMs/);
		expect(errorOf(withChange((r) => (r.durationMs = 1)))).toBe(
			'This test result is not valid: it gives a time taken that does not match its start and finish times.'
		);
		const absurd = withChange((r) => {
			r.durationMs = MAX_TEST_DURATION_MS + 1;
			r.finishedAt = new Date(Date.parse(r.startedAt) + r.durationMs).toISOString();
		});
		expect(errorOf(absurd)).toBe('This test result is not valid: it says the test took more than 7 days; Factdeck counts tests of at most 7 days.');
		const longest = withChange((r) => {
			r.durationMs = MAX_TEST_DURATION_MS;
			r.finishedAt = new Date(Date.parse(r.startedAt) + r.durationMs).toISOString();
		});
		expect(parseResult(longest).ok).toBe(true);
	});

	it('refuses answers longer in all than it re-grades, so one file cannot stall the statistics', () => {
		// 100 answers of 1,000 characters, each its own question: over the cap by a few.
		const bank = realisticBank(101);
		const many = bank.questions.slice(0, 101).map((q) => ({ questionId: q.id, given: 'y'.repeat(1000), correct: false }));
		const big = withAnswers({ ...result, bankId: bank.id }, many);
		expect(errorOf(JSON.stringify(big))).toBe(
			`This test result is not valid: it gives answers of 101,000 characters in all; Factdeck reads at most ${MAX_GIVEN_CHARS.toLocaleString('en')} per result.`
		);
		expect(parseResult(JSON.stringify(withAnswers(big, many.slice(0, 100)))).ok).toBe(true);
	});

	it('refuses prototype keys', () => {
		const text = JSON.stringify(result).replace('{"questionId"', '{"__proto__":{"polluted":true},"questionId"');
		expect(errorOf(text)).toBe('This test result is not valid: the key "__proto__" is not allowed.');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses a huge file without parsing it', () => {
		expect(errorOf(`${JSON.stringify(result)}${' '.repeat(1_000_001)}`)).toMatch(/far too large/);
	});
});

describe('aggregateResults', () => {
	const bank = smallBank();
	const results = [
		take(bank, 'Ben', missing('Busan', 'seoul')),
		take(bank, 'ana', ALL_RIGHT),
		take(bank, 'Carla', missing('Busan', ' SEOUL ')),
		take(bank, 'Dev', missing('Daegu', 'Tokyo')),
		take(bank, 'Eli', missing('Incheon', 'Seoul')),
		take(bank, 'Fay', missing('Busan', 'Osaka'))
	];

	it('gives the share correct and the most common wrong answers per question, grouped ignoring case and spaces', () => {
		const { perQuestion } = aggregateResults(bank, results);
		expect(perQuestion.map((q) => [q.questionId, q.answered, q.correct])).toEqual([
			['q-1', 6, 6],
			['q-2', 6, 6],
			['q-3', 6, 1],
			['q-4', 6, 6],
			['q-5', 6, 1]
		]);
		const mcq = perQuestion[2];
		expect(mcq).toMatchObject({ number: 3, prompt: 'What is the capital of South Korea?', answer: 'Seoul' });
		expect(mcq.shareCorrect).toBeCloseTo(1 / 6);
		expect(mcq.commonWrong).toEqual([
			{ answer: 'Busan', count: 3 },
			{ answer: 'Daegu', count: 1 },
			{ answer: 'Incheon', count: 1 }
		]);
		// "seoul", " SEOUL " and "Seoul" are one wrong answer; with no spelling ahead, the first seen shows.
		expect(perQuestion[4].commonWrong).toEqual([
			{ answer: 'seoul', count: 3 },
			{ answer: 'Tokyo', count: 1 },
			{ answer: 'Osaka', count: 1 }
		]);
		expect(perQuestion[0].commonWrong).toEqual([]);
	});

	it('shows a grouped wrong answer in its most common spelling', () => {
		const more = [...results, take(bank, 'Gus', missing('Busan', 'Seoul')), take(bank, 'Hal', missing('Busan', 'Seoul  '))];
		expect(aggregateResults(bank, more).perQuestion[4].commonWrong[0]).toEqual({ answer: 'Seoul', count: 5 });
	});

	it('scores each student, sorted by name', () => {
		const { perStudent } = aggregateResults(bank, results);
		expect(perStudent.map((s) => [s.student, s.correct, s.total, s.percent, s.durationMs])).toEqual([
			['ana', 5, 5, 100, 50_000],
			['Ben', 3, 5, 60, 50_000],
			['Carla', 3, 5, 60, 50_000],
			['Dev', 3, 5, 60, 50_000],
			['Eli', 3, 5, 60, 50_000],
			['Fay', 3, 5, 60, 50_000]
		]);
	});

	it('flags results from another version or another bank, and duplicates, and never counts them', () => {
		const edited: Bank = { ...bank, questions: bank.questions.map((q) => (q.id === 'q-3' ? { ...q, choices: ['Seoul', 'Busan', 'Ulsan'] } : q)) };
		const oldVersion = take(edited, 'Old', missing('Busan', 'Tokyo'));
		const otherBank = take({ ...bank, id: 'other-bank' }, 'Stray', ALL_RIGHT);
		const aggregate = aggregateResults(bank, [results[3], oldVersion, otherBank, results[3]]);
		expect(aggregate.foreign.map(({ student, reason, index }) => ({ student, reason, index }))).toEqual([
			{ student: 'Old', reason: expect.stringMatching(/another version of this bank/), index: 1 },
			{ student: 'Stray', reason: 'made for another bank ("other-bank")', index: 2 },
			{ student: 'Dev', reason: 'the same result was imported twice', index: 3 }
		]);
		// Left out, a result shows what it claims: it was not re-graded.
		expect(aggregate.foreign[1]).toMatchObject({ correct: 5, total: 5, claimed: null });
		expect(aggregate.perStudent.map((s) => s.student)).toEqual(['Dev']);
		expect(aggregate.perQuestion[2]).toMatchObject({ answered: 1, correct: 0, commonWrong: [{ answer: 'Daegu', count: 1 }] });
	});

	it('counts a forged result by its re-grade and marks it; an honest one is not marked', () => {
		// Dev picked Daegu and typed Tokyo, but the file claims both right.
		const forgery = forged(take(bank, 'Dev', missing('Daegu', 'Tokyo')), () => true);
		expect(forgery.score).toEqual({ correct: 5, total: 5 });
		const { perStudent, perQuestion, foreign } = aggregateResults(bank, [forgery, results[1], results[4]]);
		expect(foreign).toEqual([]);
		expect(perStudent.map((s) => [s.student, s.correct, s.total, s.percent, s.claimed])).toEqual([
			['ana', 5, 5, 100, null],
			['Dev', 3, 5, 60, { correct: 5, differing: 2 }],
			['Eli', 3, 5, 60, null]
		]);
		expect(scoreLine(perStudent[1])).toBe('Dev, 3 of 5 (re-graded; the file claimed 5 of 5)');
		expect(scoreLine(perStudent[0])).toBe('ana, 5 of 5');
		// The item analysis counts the forged answers as the wrong answers they are.
		expect(perQuestion[2]).toMatchObject({
			answered: 3,
			correct: 1,
			commonWrong: [
				{ answer: 'Daegu', count: 1 },
				{ answer: 'Incheon', count: 1 }
			]
		});
		expect(perQuestion[4]).toMatchObject({
			answered: 3,
			correct: 1,
			commonWrong: [
				{ answer: 'Tokyo', count: 1 },
				{ answer: 'Seoul', count: 1 }
			]
		});
	});

	it('counts a right answer the file claims wrong as right, and marks the result', () => {
		const modest = forged(take(bank, 'Gus', ALL_RIGHT), (a) => a.questionId !== 'q-3');
		const { perStudent, perQuestion } = aggregateResults(bank, [modest]);
		expect(perStudent[0]).toMatchObject({ correct: 5, total: 5, claimed: { correct: 4, differing: 1 } });
		expect(perQuestion[2]).toMatchObject({ answered: 1, correct: 1, commonWrong: [] });
	});

	it('leaves out a stored result no test could have written, saying why', () => {
		const ana = take(bank, 'Ana', ALL_RIGHT);
		// Stored before reading refused such files: one question answered three times, all "right".
		const padded = forged({ ...ana, student: 'Pad', answers: [...ana.answers, ana.answers[1], ana.answers[1]] }, () => true);
		const backwards = { ...take(bank, 'Tim', ALL_RIGHT), finishedAt: '2020-01-01T00:00:00.000Z' };
		const aggregate = aggregateResults(bank, [padded, backwards, ana]);
		expect(aggregate.foreign.map((f) => [f.student, f.reason])).toEqual([
			['Pad', 'not from a real test: it answers question "q-2" more than once'],
			['Tim', 'not from a real test: it finished before it started']
		]);
		expect(aggregate.perStudent.map((s) => s.student)).toEqual(['Ana']);
		expect(aggregate.perQuestion[1]).toMatchObject({ answered: 1, correct: 1 });
	});

	it('leaves out a result answering a question this bank does not have', () => {
		const ana = take(bank, 'Ana', ALL_RIGHT);
		const extra = forged({ ...ana, answers: [...ana.answers, { questionId: 'q-99', given: 'x', correct: true }] }, () => true);
		expect(aggregateResults(bank, [extra]).foreign.map((f) => f.reason)).toEqual(['answers questions this bank does not have']);
	});

	it('stays linear: 200 results on a 5,000-question bank', () => {
		const big = realisticBank(5000);
		const answers = big.questions.slice(0, 50).map((q) => ({ questionId: q.id, given: 'a wrong answer', correct: true }));
		const base = forged({ ...take(big, 'X', []), answers }, (a) => a.correct);
		const many = Array.from({ length: 200 }, (_, i) => ({ ...base, student: `S${i}` }));
		const started = performance.now();
		const aggregate = aggregateResults(big, many);
		expect(performance.now() - started).toBeLessThan(20_000);
		expect(aggregate.perStudent).toHaveLength(200);
		expect(aggregate.perStudent.every((s) => s.claimed?.differing === 50 || s.correct === 50)).toBe(true);
	});

	it('reports a question nobody was asked as having no share correct', () => {
		const aggregate = aggregateResults(bank, []);
		expect(aggregate.perQuestion[0]).toMatchObject({ answered: 0, correct: 0, shareCorrect: null, commonWrong: [] });
		expect(aggregate.perStudent).toEqual([]);
	});
});

describe('resultsCsv', () => {
	it('writes questions, then students, then left-out results, escaped and formula-safe', () => {
		const bank = smallBank();
		const sly = take(bank, '=HYPERLINK("http://x","Eve")', missing('Busan', '-1+2, "quoted"'));
		const old = take({ ...bank, title: 'Edited' }, '@old', ALL_RIGHT);
		const csv = resultsCsv(aggregateResults(bank, [sly, old]));
		const lines = csv.split('\r\n');
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(lines[0]).toBe('Question,Prompt,Answer,Answered,Correct,Share correct (%),Wrong answer 1,Count 1,Wrong answer 2,Count 2,Wrong answer 3,Count 3');
		expect(lines[1]).toBe('1,Capital of South Korea,Seoul,1,1,100');
		expect(lines[3]).toBe('3,What is the capital of South Korea?,Seoul,1,0,0,Busan,1');
		expect(lines[5]).toBe(`5,What is the capital of North Korea?,Pyongyang,1,0,0,"'-1+2, ""quoted""",1`);
		expect(lines[6]).toBe('');
		expect(lines[7]).toBe('Student,Started,Correct,Total,Percent,Time (s),Claimed correct,Answers re-graded');
		expect(lines[8]).toBe(`"'=HYPERLINK(""http://x"",""Eve"")",2021-02-03T09:00:00.000Z,3,5,60,50`);
		expect(lines.slice(9)).toEqual(['', 'Left out,Reason', `'@old,made for another version of this bank: it was edited after this test was taken`, '']);
	});

	it('writes a forged result by its re-grade, with what it claimed beside it', () => {
		const bank = smallBank();
		const forgery = forged(take(bank, 'Dev', missing('Daegu', 'Tokyo')), () => true);
		const lines = resultsCsv(aggregateResults(bank, [forgery])).split('\r\n');
		expect(lines[3]).toBe('3,What is the capital of South Korea?,Seoul,1,0,0,Daegu,1');
		expect(lines[8]).toBe('Dev,2021-02-03T09:00:00.000Z,3,5,60,50,5,2');
	});
});
