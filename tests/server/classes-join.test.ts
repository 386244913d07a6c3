import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { eq } from 'drizzle-orm';
import { JOIN_CODE_DAYS } from '../../src/lib/core/classes/protocol';
import { LoginSchema } from '../../src/lib/core/sync/account';
import type { Database } from '../../src/server/db/open';
import { accounts, classMembers, sessions } from '../../src/server/db/schema';
import { studentLogin } from '../../src/server/services/joining';
import { appFrom, Device } from './account-client';
import { account, json, studentOf, teacherWithClass } from './class-client';
import { ENGINES, freshDatabase } from './engines';

const WRONG_CODE = { error: 'That code is wrong or has expired.' };

describe.each(ENGINES)('joining classes on %s', (engine) => {
	let database: Database;
	beforeAll(async () => {
		database = await freshDatabase(engine);
	});
	afterAll(() => database.close());
	const db = () => database.db;
	const visitor = () => new Device(appFrom(db()));

	test('the join page shows the class and its teachers without a session; an account joins, twice is once', async () => {
		const { teacher, summary } = await teacherWithClass(db(), 'feynman', 'QED');
		const code = summary.joinCode!;
		const page = await visitor().call('GET', `/api/join/${code.toLowerCase().slice(0, 5)}-${code.slice(5)}`);
		expect(page.status).toBe(200);
		expect(await json(page)).toEqual({ className: 'QED', teachers: ['feynman'] });

		const student = await account(db(), 'dyson');
		for (let i = 0; i < 2; i++) {
			const joined = await student.call('POST', `/api/join/${code}`);
			expect(joined.status).toBe(200);
			expect(await json(joined)).toEqual({ id: summary.id, name: 'QED', role: 'student', archived: false });
		}
		expect(await json(await teacher.call('GET', '/api/classes'))).toMatchObject([{ students: 1 }]);
		// A teacher following the class's own link stays its teacher.
		expect(await json(await teacher.call('POST', `/api/join/${code}`))).toMatchObject({ role: 'teacher', joinCode: code });
		expect((await visitor().call('POST', `/api/join/${code}`)).status).toBe(401);
	});

	test('a pupil makes a student account on the join page and is signed in to the class', async () => {
		const { teacher, summary } = await teacherWithClass(db(), 'goodall');
		const pupil = visitor();
		const made = await pupil.call('POST', `/api/join/${summary.joinCode}/student`, { displayName: ' Zoë Ndiaye ', password: 'banana bread 7' });
		expect(made.status).toBe(201);
		const body = await json(made);
		expect(body).toEqual({
			login: expect.stringMatching(/^zoe-ndiaye-[a-z2-9]{4}$/),
			class: { id: summary.id, name: summary.name, role: 'student', archived: false }
		});
		expect(pupil.cookie).toMatch(/^factdeck_session=/);
		expect(await json(await pupil.call('GET', '/api/account'))).toMatchObject({ login: body.login });
		expect((await pupil.call('GET', `/api/classes/${summary.id}`)).status).toBe(200);

		// It signs in again elsewhere with the generated login; its teacher sees its display name and may reset its password.
		expect((await visitor().signIn(body.login, 'banana bread 7')).status).toBe(200);
		const members = (await json(await teacher.call('GET', `/api/classes/${summary.id}`))).members;
		expect(members[1]).toMatchObject({ name: 'Zoë Ndiaye', role: 'student', madeHere: true });

		const bad = await visitor().call('POST', `/api/join/${summary.joinCode}/student`, { displayName: 'Sam', password: 'short' });
		expect(bad.status).toBe(400);
		expect(await db().select().from(accounts).where(eq(accounts.displayName, 'Sam'))).toEqual([]);
	});

	test('generated logins are valid logins, whatever the display name', () => {
		for (const name of ['Ada Lovelace', '李雷', '---', 'Émile  Zola!!', 'x'.repeat(60), "  o'Brien  "]) {
			const login = studentLogin(name);
			expect(v.safeParse(LoginSchema, login).success).toBe(true);
		}
		expect(studentLogin('李雷')).toMatch(/^student-[a-z2-9]{4}$/);
	});

	test('a wrong, expired or archived code gets the same 404 and joins nothing', async () => {
		const { teacher, summary } = await teacherWithClass(db(), 'sagan');
		const later = new Date(Date.now() + (JOIN_CODE_DAYS + 1) * 86_400_000);
		const expiredDevice = new Device(appFrom(db(), undefined, { now: () => later }));
		await expiredDevice.signUp('tyson');
		const wrong = await account(db(), 'druyan');
		const archivedClass = await teacherWithClass(db(), 'hubble');
		await archivedClass.teacher.call('POST', `/api/classes/${archivedClass.summary.id}/archive`);

		const cases: [Device, string][] = [
			[wrong, 'ABCDEFGHJK'],
			[wrong, 'too-short'],
			[wrong, '%00'],
			[expiredDevice, summary.joinCode!],
			[wrong, archivedClass.summary.joinCode!]
		];
		for (const [device, code] of cases) {
			for (const [method, path, body] of [
				['GET', `/api/join/${code}`],
				['POST', `/api/join/${code}`],
				['POST', `/api/join/${code}/student`, { displayName: 'Nobody', password: 'a fine password' }]
			] as const) {
				const response = await device.call(method, path, body);
				expect([code, method, path, response.status]).toEqual([code, method, path, 404]);
				expect(await json(response)).toEqual(WRONG_CODE);
			}
		}
		const memberships = await db().select().from(classMembers).where(eq(classMembers.classId, summary.id));
		expect(memberships).toHaveLength(1);
		expect(await db().select().from(accounts).where(eq(accounts.displayName, 'Nobody'))).toEqual([]);
		// A new code works again.
		const renewed = await json(await teacher.call('POST', `/api/classes/${summary.id}/code`));
		expect((await wrong.call('POST', `/api/join/${renewed.joinCode}`)).status).toBe(200);
	});

	test('guessing codes from one address is stopped with 429 and Retry-After; other addresses still join', async () => {
		const { summary } = await teacherWithClass(db(), 'turing');
		const guesser = visitor();
		for (let i = 0; i < 30; i++) expect((await guesser.call('GET', `/api/join/WRONGCODE${i % 10}`)).status).toBe(404);
		const stopped = await guesser.call('GET', `/api/join/${summary.joinCode}`);
		expect(stopped.status).toBe(429);
		expect(Number(stopped.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await json(stopped)).error).toMatch(/^Too many attempts/);
		expect((await guesser.call('POST', `/api/join/${summary.joinCode}/student`, { displayName: 'G', password: 'a fine password' })).status).toBe(429);
		expect((await visitor().call('GET', `/api/join/${summary.joinCode}`)).status).toBe(200);
	});

	test("a teacher resets only a class-made student's password, and that ends the student's sessions", async () => {
		const { teacher, summary } = await teacherWithClass(db(), 'lamarr');
		const pupil = visitor();
		const { login } = await json(await pupil.call('POST', `/api/join/${summary.joinCode}/student`, { displayName: 'Kim', password: 'forgotten one' }));
		const ownAccount = await studentOf(db(), 'own-account', summary.joinCode!);
		const elsewhere = await teacherWithClass(db(), 'elsewhere');
		const theirs = visitor();
		await theirs.call('POST', `/api/join/${elsewhere.summary.joinCode}/student`, { displayName: 'Other', password: 'their password' });
		await theirs.call('POST', `/api/join/${summary.joinCode}`);
		const idOf = async (where: ReturnType<typeof eq>) => (await db().select().from(accounts).where(where))[0].id;
		const kim = await idOf(eq(accounts.login, login));
		const own = await idOf(eq(accounts.login, 'own-account'));
		const other = await idOf(eq(accounts.displayName, 'Other'));
		const lamarr = await idOf(eq(accounts.login, 'lamarr'));

		for (const accountId of [own, other, lamarr, 'not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
			const refused = await teacher.call('POST', `/api/classes/${summary.id}/members/${accountId}/password`, { password: 'taken over' });
			expect([accountId, refused.status]).toEqual([accountId, 403]);
		}
		expect((await ownAccount.call('GET', '/api/account')).status).toBe(200);
		expect((await theirs.call('GET', '/api/account')).status).toBe(200);
		// The other class's teacher cannot reset a student of this class either.
		expect((await elsewhere.teacher.call('POST', `/api/classes/${elsewhere.summary.id}/members/${kim}/password`, { password: 'taken over' })).status).toBe(403);

		const tooShort = await teacher.call('POST', `/api/classes/${summary.id}/members/${kim}/password`, { password: 'short' });
		expect(tooShort.status).toBe(400);
		const reset = await teacher.call('POST', `/api/classes/${summary.id}/members/${kim}/password`, { password: 'a brand new one' });
		expect(reset.status).toBe(204);
		expect(await db().select().from(sessions).where(eq(sessions.accountId, kim))).toEqual([]);
		expect((await pupil.call('GET', '/api/account')).status).toBe(401);
		expect((await visitor().signIn(login, 'forgotten one')).status).toBe(401);
		expect((await visitor().signIn(login, 'a brand new one')).status).toBe(200);
	});
});
