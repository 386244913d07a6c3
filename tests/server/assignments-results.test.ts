import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/http/app';
import type { ServerEnv } from '../../src/server/http/env';
import type { Database } from '../../src/server/db/open';
import { ENGINES, freshDatabase } from './engines';
import { as, attemptOf, classOf, historyBank, person, testOf } from './assignment-helpers';
import { pushAs, review, type SignedIn } from './sync-helpers';

const NOW = Math.floor(Date.now() / 60_000) * 60_000;
const DAY = 86_400_000;

describe.each(ENGINES)('assignment results on %s', (engine) => {
	let database: Database;
	let app: Hono<ServerEnv>;
	let teacher: SignedIn, ana: SignedIn, ben: SignedIn, cleo: SignedIn, otherTeacher: SignedIn;
	let classId: string;

	// Opening a database and running its migrations is slow on a busy shared machine: not a failure.
	beforeAll(async () => {
		database = await freshDatabase(engine);
		app = createApp({ db: database.db, now: () => new Date(NOW) });
		[teacher, ana, ben, cleo, otherTeacher] = await Promise.all(['Ms Rivera', 'Ana', 'Ben', 'Cleo', 'Mr Other'].map((n) => person(database.db, n)));
		classId = await classOf(database.db, [teacher], [ben, ana, cleo]);
		await classOf(database.db, [otherTeacher], []);
	}, 60_000);
	afterAll(() => database.close());

	const assign = async (body: unknown) => (await as(app, teacher, 'POST', `/api/classes/${classId}/assignments`, body)).json;

	describe('a test', () => {
		let id: string;
		beforeAll(async () => {
			id = (await assign(testOf({ showClassAverage: true }))).id;
			const submit = (who: SignedIn, at: number, answers?: Parameters<typeof attemptOf>[1]) =>
				as(app, who, 'POST', `/api/assignments/${id}/attempts`, attemptOf(at, answers));
			await submit(ana, NOW - DAY, [
				{ questionId: 'q1', given: 'Lyon' },
				{ questionId: 'q2', given: '1066' },
				{ questionId: 'q3', given: true }
			]);
			await submit(ana, NOW);
			await submit(ben, NOW, [
				{ questionId: 'q1', given: 'Marseille' },
				{ questionId: 'q2', given: '1215' },
				{ questionId: 'q3', given: false }
			]);
		});

		test('the teacher sees every student, those who did nothing too, with best and last score', async () => {
			const results = await as(app, teacher, 'GET', `/api/assignments/${id}/results`);
			expect(results.status).toBe(200);
			expect(results.json.students.map((s: { name: string }) => s.name)).toEqual(['Ana', 'Ben', 'Cleo']);
			expect(results.json.students[0]).toMatchObject({
				done: true,
				best: 3,
				last: 3,
				maxScore: 3,
				attempts: 2,
				timeTakenMs: 60_000,
				lastActiveAt: new Date(NOW).toISOString()
			});
			expect(results.json.students[1]).toMatchObject({ done: true, best: 0, last: 0, attempts: 1 });
			expect(results.json.students[2]).toMatchObject({ done: false, best: null, last: null, attempts: 0, lastActiveAt: null });
			expect(results.json.perDay).toEqual([
				{ day: new Date(NOW - DAY).toISOString().slice(0, 10), attempts: 1, averagePercent: 67 },
				{ day: new Date(NOW).toISOString().slice(0, 10), attempts: 2, averagePercent: 50 }
			]);
		});

		test('per question: share right and the most common wrong answers, for the questions of the test only', async () => {
			const { questions } = (await as(app, teacher, 'GET', `/api/assignments/${id}/results`)).json;
			expect(questions.map((q: { questionId: string }) => q.questionId)).toEqual(['q1', 'q2', 'q3']);
			expect(questions[0]).toMatchObject({
				answer: 'Paris',
				answered: 3,
				correct: 1,
				commonWrong: [
					{ answer: 'Lyon', count: 1 },
					{ answer: 'Marseille', count: 1 }
				]
			});
			expect(questions[1]).toMatchObject({ answered: 3, correct: 2, shareCorrect: 2 / 3, commonWrong: [{ answer: '1215', count: 1 }] });
			expect(questions[2]).toMatchObject({ correct: 2, commonWrong: [{ answer: 'False', count: 1 }] });
		});

		test('the CSV has a header row and one row per student', async () => {
			const csv = await as(app, teacher, 'GET', `/api/assignments/${id}/results.csv`);
			expect(csv.status).toBe(200);
			const lines = (csv.json as string).trimEnd().split('\r\n');
			expect(lines).toEqual([
				'Student,Done,Best score,Last score,Max score,Time taken (s),Attempts,Last active',
				`Ana,yes,3,3,3,60,2,${new Date(NOW).toISOString()}`,
				`Ben,yes,0,0,3,60,1,${new Date(NOW).toISOString()}`,
				'Cleo,no,,,3,,0,'
			]);
		});

		test('a student sees only their own attempts and the class average; never another student’s answers', async () => {
			const mine = await as(app, ana, 'GET', `/api/assignments/${id}/results`);
			expect(mine.json.kind).toBe('mine');
			expect(mine.json.attempts.map((a: { score: number }) => a.score)).toEqual([2, 3]);
			expect(mine.json.classAverage).toBe(56);
			expect(JSON.stringify(mine.json)).not.toMatch(/Marseille|1215|Paris/);
			expect((await as(app, ana, 'GET', `/api/assignments/${id}/attempts/mine`)).json).toHaveLength(2);
			expect((await as(app, ana, 'GET', `/api/assignments/${id}/results.csv`)).status).toBe(403);
			expect((await as(app, otherTeacher, 'GET', `/api/assignments/${id}/results`)).status).toBe(404);
			expect((await as(app, otherTeacher, 'GET', `/api/assignments/${id}/results.csv`)).status).toBe(404);
		});
	});

	test('without showClassAverage a student gets no class average', async () => {
		const { id } = await assign(testOf());
		await as(app, ben, 'POST', `/api/assignments/${id}/attempts`, attemptOf(NOW));
		const mine = (await as(app, ana, 'GET', `/api/assignments/${id}/results`)).json;
		expect(mine).toEqual({ kind: 'mine', attempts: [] });
	});

	test('a study bank: cards seen of the bank’s facts from the students’ own reviews, and the goal', async () => {
		const study = await assign({ kind: 'study', bank: historyBank(), settings: { goalAt: NOW } });
		const facts = historyBank().questions.map((q) => q.fact);
		const reviewsOf = (list: string[], at: number) => list.map((fact) => review(at, { bankId: study.bankId, fact }));
		await pushAs(app, ana, {
			deviceId: 'ana-phone',
			reviews: [...reviewsOf(facts.slice(0, 2), NOW - DAY), ...reviewsOf(facts.slice(0, 1), NOW - DAY)],
			docs: []
		});
		await pushAs(app, ben, { deviceId: 'ben-phone', reviews: reviewsOf(facts, NOW - DAY), docs: [] });
		// Cleo saw every card, but after the goal, and reviewed another bank with the same facts.
		await pushAs(app, cleo, {
			deviceId: 'cleo-tablet',
			reviews: [...reviewsOf(facts, NOW + 1000), review(NOW, { bankId: 'history', fact: facts[3] })],
			docs: []
		});

		const results = (await as(app, teacher, 'GET', `/api/assignments/${study.id}/results`)).json;
		expect(results.facts).toBe(4);
		expect(results.students).toEqual([
			expect.objectContaining({ name: 'Ana', cardsSeen: 2, reviews: 3, goalMet: false, lastActiveAt: new Date(NOW - DAY).toISOString() }),
			expect.objectContaining({ name: 'Ben', cardsSeen: 4, reviews: 4, goalMet: true }),
			expect.objectContaining({ name: 'Cleo', cardsSeen: 4, reviews: 4, goalMet: false })
		]);
		const csv = (await as(app, teacher, 'GET', `/api/assignments/${study.id}/results.csv`)).json as string;
		expect(csv.trimEnd().split('\r\n')).toEqual([
			'Student,Cards seen,Cards,Reviews,Last active,Goal met',
			`Ana,2,4,3,${new Date(NOW - DAY).toISOString()},no`,
			`Ben,4,4,4,${new Date(NOW - DAY).toISOString()},yes`,
			`Cleo,4,4,4,${new Date(NOW + 1000).toISOString()},no`
		]);
	});
});
