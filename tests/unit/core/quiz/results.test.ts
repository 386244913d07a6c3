import type { Bank } from '../../../../src/lib/core/bank/schema';
import { contentHash } from '../../../../src/lib/core/bank/hash';
import { seededRng } from '../../../../src/lib/core/srs/rng';
import { createTest, type TestAnswer } from '../../../../src/lib/core/quiz/test-mode';
import { aggregateResults, makeResult, parseResult, resultsCsv } from '../../../../src/lib/core/quiz/results';
import { smallBank } from '../share/fixtures';
import { ALL_RIGHT, T0, take } from './taken';

/** All right except the mcq (q-3), answered `choice`, and the short answer (q-5), typed `typed`. */
const missing = (choice: string, typed: string): TestAnswer[] => [
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
		expect(aggregate.foreign).toEqual([
			{ student: 'Old', reason: expect.stringMatching(/another version of this bank/) },
			{ student: 'Stray', reason: 'made for another bank ("other-bank")' },
			{ student: 'Dev', reason: 'the same result was imported twice' }
		]);
		expect(aggregate.perStudent.map((s) => s.student)).toEqual(['Dev']);
		expect(aggregate.perQuestion[2]).toMatchObject({ answered: 1, correct: 0, commonWrong: [{ answer: 'Daegu', count: 1 }] });
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
		expect(lines[7]).toBe('Student,Started,Correct,Total,Percent,Time (s)');
		expect(lines[8]).toBe(`"'=HYPERLINK(""http://x"",""Eve"")",2021-02-03T09:00:00.000Z,3,5,60,50`);
		expect(lines.slice(9)).toEqual(['', 'Left out,Reason', `'@old,made for another version of this bank: it was edited after this test was taken`, '']);
	});
});
