import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/http/app';
import type { ServerEnv } from '../../src/server/http/env';
import type { Database } from '../../src/server/db/open';
import { classAttempts } from '../../src/server/db/schema';
import { ENGINES, freshDatabase } from './engines';
import { as, attemptOf, classOf, historyBank, person, testOf } from './assignment-helpers';
import type { SignedIn } from './sync-helpers';
import { bank as kindsBank, multi } from '../unit/core/quiz/new-kinds';

const NOW = Math.floor(Date.now() / 60_000) * 60_000;

describe.each(ENGINES)('assignments and attempts on %s', (engine) => {
	let database: Database;
	let app: Hono<ServerEnv>;
	const clock = { now: NOW };
	let teacher: SignedIn, ana: SignedIn, ben: SignedIn, outsider: SignedIn, otherTeacher: SignedIn;
	let classId: string;

	// Opening a database and running its migrations is slow on a busy shared machine: not a failure.
	beforeAll(async () => {
		database = await freshDatabase(engine);
		app = createApp({ db: database.db, now: () => new Date(clock.now) });
		const db = database.db;
		[teacher, ana, ben, outsider, otherTeacher] = await Promise.all(['Ms Rivera', 'Ana', 'Ben', 'Olga', 'Mr Other'].map((n) => person(db, n)));
		classId = await classOf(db, [teacher], [ana, ben]);
		await classOf(db, [otherTeacher], [outsider]);
	}, 60_000);
	afterAll(() => database.close());

	const assign = async (body: unknown) => {
		const made = await as(app, teacher, 'POST', `/api/classes/${classId}/assignments`, body);
		expect(made.status).toBe(201);
		return made.json;
	};

	test('a teacher assigns a test: the bank gets an id of its own, students see it with attempts left', async () => {
		const made = await assign({ ...testOf(), title: 'Quiz 1' });
		expect(made).toMatchObject({ classId, kind: 'test', title: 'Quiz 1', className: 'Year 9 history' });
		expect(made.bankId).toBe(`history-${made.id.slice(0, 8)}`);
		const teacherBank = await as(app, teacher, 'GET', `/api/assignments/${made.id}/bank`);
		expect(teacherBank.json).toMatchObject({ id: made.bankId, test: { questionIds: ['q1', 'q2', 'q3'] } });
		expect(teacherBank.json.questions[0].answer).toBe('Paris');

		const library = await as(app, ana, 'GET', '/api/assignments');
		expect(library.json.find((a: { id: string }) => a.id === made.id)).toMatchObject({ attemptsLeft: 2, open: true });
		const listed = await as(app, teacher, 'GET', `/api/classes/${classId}/assignments`);
		expect(listed.json.find((a: { id: string }) => a.id === made.id)).not.toHaveProperty('attemptsLeft');
		expect((await as(app, outsider, 'GET', '/api/assignments')).json).toEqual([]);
	});

	test('bad assignments get a 400 and students, outsiders and archived classes are refused', async () => {
		const url = `/api/classes/${classId}/assignments`;
		expect((await as(app, teacher, 'POST', url, testOf({ questionIds: ['q1', 'nope'] }))).json.error).toMatch(/"nope", which is not in the bank/);
		expect((await as(app, teacher, 'POST', url, testOf({ questionIds: ['q4'] }))).json.error).toMatch(/only the student could mark/);
		const broken = { ...testOf(), bank: { ...historyBank(), questions: [{ ...historyBank().questions[1], choices: ['1215', '1492'] }] } };
		expect((await as(app, teacher, 'POST', url, broken)).status).toBe(400);
		expect((await as(app, ana, 'POST', url, testOf())).status).toBe(403);
		expect((await as(app, otherTeacher, 'POST', url, testOf())).status).toBe(404);
		expect((await as(app, otherTeacher, 'GET', url)).status).toBe(404);
		const archived = await classOf(database.db, [teacher], [], true);
		expect((await as(app, teacher, 'POST', `/api/classes/${archived}/assignments`, testOf())).status).toBe(409);
	});

	test('a student downloads a test without its key, only once it opens, in the same order each time', async () => {
		const later = await assign(testOf({ opensAt: NOW + 3_600_000 }));
		const early = await as(app, ana, 'GET', `/api/assignments/${later.id}/bank`);
		expect(early).toMatchObject({ status: 403, json: { error: expect.stringMatching(/^This test opens at /) } });

		const shuffledTest = await assign(testOf({ order: 'shuffled', questionIds: ['q1', 'q2', 'q3'] }));
		const paper = await as(app, ana, 'GET', `/api/assignments/${shuffledTest.id}/bank`);
		expect(paper.status).toBe(200);
		expect(Object.keys(paper.json).sort()).toEqual(['questions', 'settings', 'title']);
		const text = JSON.stringify(paper.json);
		for (const key of ['Paris', '"answer"', 'accept', 'explanation']) expect(text).not.toContain(key);
		expect(paper.json.questions.map((q: { id: string }) => q.id).sort()).toEqual(['q1', 'q2', 'q3']);
		expect((await as(app, ana, 'GET', `/api/assignments/${shuffledTest.id}/bank`)).json).toEqual(paper.json);
		expect((await as(app, outsider, 'GET', `/api/assignments/${shuffledTest.id}/bank`)).status).toBe(404);

		const study = await assign({ kind: 'study', bank: historyBank(), settings: {} });
		expect((await as(app, ana, 'GET', `/api/assignments/${study.id}/bank`)).json.questions[0].answer).toBe('Paris');
	});

	test.each(['never', 'after'] as const)('with showAnswers "%s" the graded attempt carries the key only for "after"', async (showAnswers) => {
		const made = await assign(testOf({ showAnswers }));
		const paper = await as(app, ana, 'GET', `/api/assignments/${made.id}/bank`);
		expect(paper.json.questions.map((q: { id: string }) => q.id)).toEqual(['q1', 'q2', 'q3']);
		expect(JSON.stringify(paper.json)).not.toMatch(/Paris|"answer"/);
		const sent = attemptOf(NOW, [
			{ questionId: 'q1', given: ' PARIS ' },
			{ questionId: 'q2', given: '1215' }
		]);
		const graded = await as(app, ana, 'POST', `/api/assignments/${made.id}/attempts`, sent);
		expect(graded.status).toBe(201);
		expect(graded.json).toMatchObject({ id: sent.id, assignmentId: made.id, score: 1, maxScore: 3 });
		expect(graded.json.answers.map((a: { correct: boolean }) => a.correct)).toEqual([true, false, false]);
		const keys = graded.json.answers.map((a: { answer?: string }) => a.answer);
		expect(keys).toEqual(showAnswers === 'after' ? ['Paris', '1066', 'True'] : [undefined, undefined, undefined]);
		const mine = await as(app, ana, 'GET', `/api/assignments/${made.id}/attempts/mine`);
		expect(mine.json).toEqual([graded.json]);
		expect((await as(app, ana, 'GET', `/api/assignments/${made.id}/results`)).json).toEqual({ kind: 'mine', attempts: [graded.json] });
	});

	test('a choose all that apply and a matching question reach students without their key and are marked with partial credit', async () => {
		const made = await assign({
			kind: 'test',
			bank: kindsBank,
			settings: { questionIds: ['colours', 'sounds', 'year'], order: 'fixed', attemptsAllowed: 2, showAnswers: 'after' }
		});
		const paper = await as(app, ana, 'GET', `/api/assignments/${made.id}/bank`);
		const [colours, sounds] = paper.json.questions;
		expect(colours).toEqual({ id: 'colours', type: 'multi', prompt: multi.prompt, choices: multi.choices });
		expect(sounds.lefts).toEqual(['Cat', 'Dog']);
		expect(sounds.rights.toSorted()).toEqual(['Meow', 'Moo', 'Woof']);
		expect(JSON.stringify(paper.json)).not.toMatch(/weights|pairs|numbers|"answer"/);
		const sent = attemptOf(NOW, [
			{ questionId: 'colours', given: 'Blue\nRed' },
			{ questionId: 'sounds', given: 'Cat → Meow\nDog → Moo' },
			{ questionId: 'year', given: '1815' }
		]);
		const graded = await as(app, ana, 'POST', `/api/assignments/${made.id}/attempts`, sent);
		expect(graded.json).toMatchObject({ score: 2.17, maxScore: 3 });
		// Two weights of 33.33333%: a hair under two thirds, as Moodle counts it.
		const [ticked, matched, typed] = graded.json.answers as { correct: boolean; credit?: number }[];
		expect(ticked.correct).toBe(false);
		expect(ticked.credit).toBeCloseTo(0.6666666, 6);
		expect(matched).toMatchObject({ correct: false, credit: 0.5 });
		expect(typed).toMatchObject({ correct: true });
		expect(typed.credit).toBeUndefined();
		const results = await as(app, teacher, 'GET', `/api/assignments/${made.id}/results`);
		expect(results.json.students.find((s: { best: number | null }) => s.best !== null)).toMatchObject({ best: 2.17, last: 2.17 });
	});

	test('a submitted attempt cannot be changed: the same id with other answers gives back the stored one', async () => {
		const made = await assign(testOf({ attemptsAllowed: 1 }));
		const first = attemptOf(NOW, [{ questionId: 'q1', given: 'Lyon' }]);
		const stored = await as(app, ana, 'POST', `/api/assignments/${made.id}/attempts`, first);
		expect(stored.json.score).toBe(0);
		const changed = await as(app, ana, 'POST', `/api/assignments/${made.id}/attempts`, { ...first, answers: attemptOf(NOW).answers });
		expect(changed).toEqual({ status: 200, json: stored.json });
		const rows = await database.db.select().from(classAttempts).where(eq(classAttempts.assignmentId, made.id));
		expect(rows).toHaveLength(1);
		expect(rows[0].score).toBe(0);
		// Not by another student either: Ben's attempt with Ana's id is Ben's own.
		expect((await as(app, ben, 'POST', `/api/assignments/${made.id}/attempts`, { ...first, answers: attemptOf(NOW).answers })).json.score).toBe(3);
		expect((await as(app, teacher, 'POST', `/api/assignments/${made.id}/attempts`, attemptOf(NOW))).status).toBe(403);
	});

	test('attempts run out, outsiders are refused, and answers to questions not in the test are a 400', async () => {
		const made = await assign(testOf({ attemptsAllowed: 1 }));
		const url = `/api/assignments/${made.id}/attempts`;
		expect((await as(app, outsider, 'POST', url, attemptOf(NOW))).status).toBe(404);
		expect((await as(app, otherTeacher, 'GET', `/api/assignments/${made.id}/results`)).status).toBe(404);
		const stray = await as(app, ana, 'POST', url, attemptOf(NOW, [{ questionId: 'q4', given: 'x' }]));
		expect(stray).toMatchObject({ status: 400, json: { error: 'Question "q4" is not in this test.' } });
		expect((await as(app, ana, 'POST', url, attemptOf(NOW))).status).toBe(201);
		const again = await as(app, ana, 'POST', url, attemptOf(NOW));
		expect(again).toMatchObject({ status: 409, json: { error: expect.stringMatching(/^No attempts left/) } });
		expect((await as(app, ana, 'GET', '/api/assignments')).json.find((a: { id: string }) => a.id === made.id).attemptsLeft).toBe(0);
	});

	test('attempts sent at the same moment: one takes the last attempt left, and one id is stored once', async () => {
		const made = await assign(testOf({ attemptsAllowed: 1 }));
		const url = `/api/assignments/${made.id}/attempts`;
		const rivals = await Promise.all(Array.from({ length: 5 }, () => as(app, ana, 'POST', url, attemptOf(NOW))));
		expect(rivals.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
		const one = attemptOf(NOW);
		const copies = await Promise.all(Array.from({ length: 5 }, () => as(app, ben, 'POST', url, one)));
		expect(copies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
		expect(new Set(copies.map((r) => JSON.stringify(r.json))).size).toBe(1);
		expect(await database.db.select().from(classAttempts).where(eq(classAttempts.assignmentId, made.id))).toHaveLength(2);
	});

	test('the finish time decides: an offline attempt finished before closing counts when it arrives late', async () => {
		const made = await assign(testOf({ opensAt: NOW - 3_600_000, closesAt: NOW + 60_000, attemptsAllowed: 5 }));
		const url = `/api/assignments/${made.id}/attempts`;
		clock.now = NOW + 3_600_000;
		try {
			expect((await as(app, ana, 'GET', '/api/assignments')).json.find((a: { id: string }) => a.id === made.id).open).toBe(false);
			expect((await as(app, ana, 'POST', url, attemptOf(NOW))).status).toBe(201);
			const late = await as(app, ana, 'POST', url, attemptOf(NOW + 120_000));
			expect(late).toMatchObject({ status: 409, json: { error: expect.stringMatching(/^This test closed at /) } });
			const early = await as(app, ben, 'POST', url, { ...attemptOf(NOW), startedAt: NOW - 7_200_000 });
			expect(early.status).toBe(409);
			const future = await as(app, ben, 'POST', url, attemptOf(clock.now + 6 * 60_000));
			expect(future.status).toBe(400);
			expect((await as(app, ana, 'GET', `${url}/mine`)).json).toHaveLength(1);
		} finally {
			clock.now = NOW;
		}
	});

	test('a teacher deletes an assignment; a student cannot', async () => {
		const made = await assign(testOf());
		expect((await as(app, ana, 'DELETE', `/api/assignments/${made.id}`)).status).toBe(403);
		expect((await as(app, teacher, 'DELETE', `/api/assignments/${made.id}`)).status).toBe(204);
		expect((await as(app, ana, 'GET', `/api/assignments/${made.id}/bank`)).status).toBe(404);
		expect((await as(app, teacher, 'GET', '/api/assignments/not-a-uuid/bank')).status).toBe(404);
	});
});
