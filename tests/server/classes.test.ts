import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { JOIN_CODE_ALPHABET, JOIN_CODE_DAYS, JOIN_CODE_LENGTH } from '../../src/lib/core/classes/protocol';
import type { Database } from '../../src/server/db/open';
import { accounts, assignments, classAttempts, reviews } from '../../src/server/db/schema';
import { account, json, studentOf, teacherWithClass } from './class-client';
import { ENGINES, freshDatabase } from './engines';

const TEACHERS_ONLY = { error: "Only the class's teachers can do that." };

type Call = [method: string, path: string, body?: unknown];

/** Every teacher-only route of a class, with a valid body, aimed at one member and adding one login. */
const teacherRoutes = (id: string, memberId: string, login: string): Call[] => [
	['PATCH', `/api/classes/${id}`, { name: 'Mine now' }],
	['POST', `/api/classes/${id}/code`],
	['POST', `/api/classes/${id}/archive`],
	['POST', `/api/classes/${id}/unarchive`],
	['POST', `/api/classes/${id}/teachers`, { login }],
	['DELETE', `/api/classes/${id}/members/${memberId}`],
	['POST', `/api/classes/${id}/members/${memberId}/password`, { password: 'a new password' }]
];

describe.each(ENGINES)('classes on %s', (engine) => {
	let database: Database;
	beforeAll(async () => {
		database = await freshDatabase(engine);
	});
	afterAll(() => database.close());
	const db = () => database.db;

	test('a teacher makes a class with a join code and lists it', async () => {
		const { teacher, summary } = await teacherWithClass(db(), 'curie', '  Physics 4B ');
		expect(summary).toEqual({
			id: expect.any(String),
			name: 'Physics 4B',
			role: 'teacher',
			archived: false,
			joinCode: expect.stringMatching(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`)),
			codeExpiresAt: expect.any(String),
			students: 0
		});
		const days = (Date.parse(summary.codeExpiresAt!) - Date.now()) / 86_400_000;
		expect(days).toBeGreaterThan(JOIN_CODE_DAYS - 1);
		expect(days).toBeLessThanOrEqual(JOIN_CODE_DAYS);

		const second = await json(await teacher.call('POST', '/api/classes', { name: 'Chemistry' }));
		expect(second.joinCode).not.toBe(summary.joinCode);
		await studentOf(db(), 'marie-student', summary.joinCode!);
		const list = await json(await teacher.call('GET', '/api/classes'));
		expect(list.map((c: { name: string; students: number }) => [c.name, c.students])).toEqual([
			['Physics 4B', 1],
			['Chemistry', 0]
		]);
	});

	test('a class with no name or a wrong body gets 400 and nothing is made', async () => {
		const teacher = await account(db(), 'no-name');
		for (const body of [{ name: '   ' }, { name: 7 }, {}, 'not json', { name: 'x', extra: 1 }]) {
			const response = await teacher.call('POST', '/api/classes', body);
			expect(response.status).toBe(400);
			expect((await json(response)).error).toEqual(expect.any(String));
		}
		expect(await json(await teacher.call('GET', '/api/classes'))).toEqual([]);
		expect((await account(db(), 'no-session').then((d) => ((d.cookie = undefined), d.call('GET', '/api/classes')))).status).toBe(401);
	});

	test('a teacher sees every member with last activity; a student sees the teachers and themself', async () => {
		const { teacher, summary } = await teacherWithClass(db(), 'hopper');
		const ann = await studentOf(db(), 'ann', summary.joinCode!);
		await studentOf(db(), 'bob', summary.joinCode!);
		const [annRow] = await db().select().from(accounts).where(eq(accounts.login, 'ann'));
		const [bobRow] = await db().select().from(accounts).where(eq(accounts.login, 'bob'));

		// Ann reviewed a card of the class's bank, and a bank of her own later (not this class's work);
		// Bob finished a test of the class.
		const [assignment] = await db()
			.insert(assignments)
			.values({ classId: summary.id, kind: 'test', bankId: 'bank-hopper', title: 'Quiz', bank: {}, settings: {} })
			.returning();
		const review = { fact: 'f', questionId: 'q', rating: 3, durationMs: 1000, deviceId: 'd', seq: 1 };
		await db()
			.insert(reviews)
			.values([
				{ ...review, accountId: annRow.id, id: 'r1', bankId: 'bank-hopper', reviewedAt: Date.UTC(2026, 0, 2) },
				{ ...review, accountId: annRow.id, id: 'r2', bankId: 'her-own', reviewedAt: Date.UTC(2026, 5, 1), seq: 2 }
			]);
		const attempt = { assignmentId: assignment.id, accountId: bobRow.id, answers: [], graded: [], score: 1, maxScore: 2 };
		await db()
			.insert(classAttempts)
			.values([
				{ ...attempt, id: 'a1', startedAt: Date.UTC(2026, 0, 3), finishedAt: Date.UTC(2026, 0, 4) },
				{ ...attempt, id: 'a2', startedAt: Date.UTC(2026, 0, 1), finishedAt: Date.UTC(2026, 0, 2) }
			]);

		const seen = await json(await teacher.call('GET', `/api/classes/${summary.id}`));
		expect(seen.class).toEqual({ ...summary, students: 2 });
		expect(seen.members).toEqual([
			{ accountId: expect.any(String), name: 'hopper', role: 'teacher', joinedAt: expect.any(String), lastActiveAt: null, madeHere: false },
			{ accountId: annRow.id, name: 'ann', role: 'student', joinedAt: expect.any(String), lastActiveAt: '2026-01-02T00:00:00.000Z', madeHere: false },
			{ accountId: bobRow.id, name: 'bob', role: 'student', joinedAt: expect.any(String), lastActiveAt: '2026-01-04T00:00:00.000Z', madeHere: false }
		]);

		const annSees = await json(await ann.call('GET', `/api/classes/${summary.id}`));
		expect(annSees.class).toEqual({ id: summary.id, name: summary.name, role: 'student', archived: false });
		expect(annSees.members.map((m: { name: string }) => m.name)).toEqual(['hopper', 'ann']);
		expect(annSees.members[1].lastActiveAt).toBe('2026-01-02T00:00:00.000Z');
		expect(await json(await ann.call('GET', '/api/classes'))).toEqual([annSees.class]);
	});

	test('a student gets 403 on every teacher action and nothing changes', async () => {
		const { teacher, summary } = await teacherWithClass(db(), 'lovelace');
		const student = await studentOf(db(), 'babbage', summary.joinCode!);
		const other = await studentOf(db(), 'menabrea', summary.joinCode!);
		const [otherRow] = await db().select().from(accounts).where(eq(accounts.login, 'menabrea'));
		const id = summary.id;
		for (const [method, path, body] of teacherRoutes(id, otherRow.id, 'babbage')) {
			const response = await student.call(method, path, body);
			expect([method, path, response.status]).toEqual([method, path, 403]);
			expect(await json(response)).toEqual(TEACHERS_ONLY);
		}
		expect(await json(await teacher.call('GET', `/api/classes/${id}`))).toMatchObject({ class: { ...summary, students: 2 }, members: { length: 3 } });
		expect((await other.call('GET', `/api/classes/${id}`)).status).toBe(200);
	});

	test('an account not in the class gets the same 404 as for a class that does not exist, on every route', async () => {
		const { teacher, summary } = await teacherWithClass(db(), 'noether');
		const [teacherRow] = await db().select().from(accounts).where(eq(accounts.login, 'noether'));
		const outsider = await account(db(), 'outsider');
		const routes = (id: string): Call[] => [
			['GET', `/api/classes/${id}`],
			...teacherRoutes(id, teacherRow.id, 'outsider'),
			['DELETE', `/api/classes/${id}/membership`]
		];
		for (const id of [summary.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
			for (const [method, path, body] of routes(id)) {
				const response = await outsider.call(method, path, body);
				expect([method, path, response.status]).toEqual([method, path, 404]);
				expect(await json(response)).toEqual({ error: 'No such class.' });
			}
		}
		expect(await json(await teacher.call('GET', `/api/classes/${summary.id}`))).toMatchObject({ class: summary, members: { length: 1 } });
	});

	test('a co-teacher added by login can manage the class; an unknown login gets 404', async () => {
		const { teacher, summary } = await teacherWithClass(db(), 'franklin');
		const coTeacher = await account(db(), 'wilkins');
		const student = await studentOf(db(), 'gosling', summary.joinCode!);

		const unknown = await teacher.call('POST', `/api/classes/${summary.id}/teachers`, { login: 'nobody-here' });
		expect(unknown.status).toBe(404);
		expect(await json(unknown)).toEqual({ error: 'No account with that login.' });

		const added = await teacher.call('POST', `/api/classes/${summary.id}/teachers`, { login: ' WILKINS ' });
		expect(added.status).toBe(201);
		expect(await json(added)).toMatchObject({ name: 'wilkins', role: 'teacher' });

		const renamed = await coTeacher.call('PATCH', `/api/classes/${summary.id}`, { name: 'Crystallography' });
		expect(renamed.status).toBe(200);
		expect(await json(renamed)).toMatchObject({ name: 'Crystallography', role: 'teacher', students: 1 });
		const renewed = await json(await coTeacher.call('POST', `/api/classes/${summary.id}/code`));
		expect(renewed.joinCode).not.toBe(summary.joinCode);
		expect((await account(db(), 'late').then((d) => d.call('POST', `/api/join/${summary.joinCode}`))).status).toBe(404);

		// A student promoted to co-teacher keeps one membership, now as a teacher.
		expect((await coTeacher.call('POST', `/api/classes/${summary.id}/teachers`, { login: 'gosling' })).status).toBe(201);
		expect(await json(await student.call('GET', '/api/classes'))).toMatchObject([{ role: 'teacher', students: 0 }]);
	});

	test('the last teacher cannot be removed or leave; a student can be removed and can leave', async () => {
		const { teacher, summary } = await teacherWithClass(db(), 'meitner');
		const [meitner] = await db().select().from(accounts).where(eq(accounts.login, 'meitner'));
		const alone = await teacher.call('DELETE', `/api/classes/${summary.id}/members/${meitner.id}`);
		expect(alone.status).toBe(409);
		expect((await teacher.call('DELETE', `/api/classes/${summary.id}/membership`)).status).toBe(409);

		const hahn = await account(db(), 'hahn');
		await teacher.call('POST', `/api/classes/${summary.id}/teachers`, { login: 'hahn' });
		expect((await hahn.call('DELETE', `/api/classes/${summary.id}/members/${meitner.id}`)).status).toBe(204);
		expect((await teacher.call('GET', `/api/classes/${summary.id}`)).status).toBe(404);
		expect((await hahn.call('DELETE', `/api/classes/${summary.id}/membership`)).status).toBe(409);

		const removed = await studentOf(db(), 'frisch', summary.joinCode!);
		const [frisch] = await db().select().from(accounts).where(eq(accounts.login, 'frisch'));
		expect((await hahn.call('DELETE', `/api/classes/${summary.id}/members/${frisch.id}`)).status).toBe(204);
		expect(await json(await removed.call('GET', '/api/classes'))).toEqual([]);
		expect((await hahn.call('DELETE', `/api/classes/${summary.id}/members/${frisch.id}`)).status).toBe(404);

		const leaver = await studentOf(db(), 'bohr', summary.joinCode!);
		expect((await leaver.call('DELETE', `/api/classes/${summary.id}/membership`)).status).toBe(204);
		expect(await json(await leaver.call('GET', '/api/classes'))).toEqual([]);
		expect((await leaver.call('GET', `/api/classes/${summary.id}`)).status).toBe(404);
	});

	test('archiving refuses joins until the class is brought back', async () => {
		const { teacher, summary } = await teacherWithClass(db(), 'pauli');
		const archived = await json(await teacher.call('POST', `/api/classes/${summary.id}/archive`));
		expect(archived).toMatchObject({ archived: true });
		const joiner = await account(db(), 'heisenberg');
		const refused = await joiner.call('POST', `/api/join/${summary.joinCode}`);
		expect(refused.status).toBe(404);
		expect(await json(refused)).toEqual({ error: 'That code is wrong or has expired.' });
		expect(await json(await teacher.call('POST', `/api/classes/${summary.id}/unarchive`))).toMatchObject({ archived: false });
		expect((await joiner.call('POST', `/api/join/${summary.joinCode}`)).status).toBe(200);
	});

	test('the account export carries its class memberships', async () => {
		const { summary } = await teacherWithClass(db(), 'born', 'Optics');
		const student = await studentOf(db(), 'wolf', summary.joinCode!);
		const data = await json(await student.call('GET', '/api/account/export'));
		expect(data.classes).toEqual([{ classId: summary.id, name: 'Optics', role: 'student', joinedAt: expect.any(String) }]);
	});
});
