/**
 * The student's side of classes against the real server (the Hono app over
 * PGlite in memory): joining by code, the class work a sync brings, a test
 * taken offline and sent on the next sync.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { AssignmentSummary, ClassSummary, CreateAssignment } from '$lib/core/classes/protocol';
import { JoinFlow } from '$lib/classes/student/join.svelte';
import { MyClasses } from '$lib/classes/student/my-classes.svelte';
import { ClassTestRun } from '$lib/classes/student/test-run.svelte';
import { refreshClassWork } from '$lib/classes/student/work';
import { getBankMeta } from '$lib/storage/banks';
import { classAttemptsOf, getAssignment, listAssignments } from '$lib/storage/class-work';
import { SyncState } from '$lib/sync/sync.svelte';
import { CLASS_BANK } from '../../fixtures/class-bank';
import { closeAll } from '../storage/helpers';
import { newDevice, type Device } from '../sync/devices';
import { SERVER, startTestServer, type TestServer } from '../sync/server';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(() => server.close());
afterEach(closeAll);

const PASSWORD = 'a long enough password';
let n = 0;

/** A teacher with a class and, if asked, a study bank and a test assigned to it; driven through the API. */
async function teacherWithClass(): Promise<{ teacher: Device; klass: ClassSummary; assign: (work: CreateAssignment) => Promise<AssignmentSummary> }> {
	const teacher = newDevice(server);
	const login = `teacher${++n}`;
	expect((await teacher.api.createAccount({ login, password: PASSWORD })).ok).toBe(true);
	const made = await teacher.api.send<ClassSummary>('POST', '/classes', { name: `7B ${n}` });
	if (!made.ok) throw new Error(made.message);
	const assign = async (work: CreateAssignment) => {
		const done = await teacher.api.send<AssignmentSummary>('POST', `/classes/${made.value.id}/assignments`, work);
		if (!done.ok) throw new Error(done.message);
		return done.value;
	};
	return { teacher, klass: made.value, assign };
}

/** The join page's state on a device; its syncs bring the class work to the device's own database. */
function joinOn(device: Device): JoinFlow {
	const sync = new SyncState(device.store, device.net.fetch, (api) => refreshClassWork(api, new Date(), device.db));
	sync.useServer(SERVER, device.net.fetch);
	return new JoinFlow(sync, device.db);
}

describe('joining a class', () => {
	test('a wrong code shows the server’s sentence; a malformed one is caught before it is sent', async () => {
		const flow = joinOn(newDevice(server));
		await flow.look('ABCDEFGHJK');
		expect(flow.preview).toBeNull();
		expect(flow.codeProblem).toBe('That code is wrong or has expired.');
		await flow.look('short');
		expect(flow.codeProblem).toMatch(/10 letters and digits/);
	});

	test('a new student account: the class and its teacher shown, the login made by the server, the device signed in with the class work on it', async () => {
		const { klass, assign } = await teacherWithClass();
		const study = await assign({ kind: 'study', bank: CLASS_BANK, settings: {} });
		const quiz = await assign({
			kind: 'test',
			bank: CLASS_BANK,
			title: 'Capitals quiz',
			settings: { questionIds: ['q1', 'q2', 'q3'], order: 'fixed', attemptsAllowed: 1, showAnswers: 'after' }
		});
		const device = newDevice(server);
		const flow = joinOn(device);
		await flow.look(klass.joinCode!.toLowerCase());
		expect(flow.preview?.className).toBe(klass.name);
		expect(flow.preview?.teachers).toHaveLength(1);

		await flow.createStudent(' ', 'short');
		expect(Object.keys(flow.fieldErrors).sort()).toEqual(['displayName', 'password']);
		expect(flow.joined).toBeNull();

		await flow.createStudent('Mina Park', PASSWORD);
		expect(flow.error).toBeNull();
		expect(flow.joined?.name).toBe(klass.name);
		expect(flow.newLogin).toBeTruthy();
		expect(flow.sync.login).toBe(flow.newLogin);
		expect((await device.store.getSyncMeta()).enabled).toBe(true);

		// The first sync brought the work: the study bank in the library, the test's questions without answers.
		const rows = await listAssignments(device.db);
		expect(rows.map((r) => r.id).sort()).toEqual([study.id, quiz.id].sort());
		expect(await getBankMeta(study.bankId, device.db)).toBeDefined();
		const stored = await getAssignment(quiz.id, device.db);
		expect(stored?.summary).toMatchObject({ className: klass.name, attemptsLeft: 1, open: true });
		expect(stored?.questions?.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
		expect(JSON.stringify(stored?.questions)).not.toMatch(/Beijing/);
	});

	test('an account signed in elsewhere signs in here, then joins; leaving the class takes its work off the device', async () => {
		const { klass, assign } = await teacherWithClass();
		const quiz = await assign({ kind: 'test', bank: CLASS_BANK, settings: { questionIds: ['q1'], order: 'fixed', attemptsAllowed: 1, showAnswers: 'never' } });
		const login = `pupil${++n}`;
		expect((await newDevice(server).api.createAccount({ login, password: PASSWORD })).ok).toBe(true);
		const device = newDevice(server);
		const flow = joinOn(device);
		await flow.look(klass.joinCode!);
		await flow.signInAndJoin({ login, password: 'not the password' });
		expect(flow.joined).toBeNull();
		expect(flow.account.error).toMatch(/wrong/i);
		await flow.signInAndJoin({ login, password: PASSWORD });
		expect(flow.joined?.role).toBe('student');
		expect(flow.sync.login).toBe(login);
		expect((await listAssignments(device.db)).map((r) => r.id)).toEqual([quiz.id]);

		const mine = new MyClasses(flow.sync, device.db);
		await mine.load();
		expect(mine.list?.map((c) => c.name)).toEqual([klass.name]);
		await mine.leave(klass.id);
		expect(mine.error).toBeNull();
		expect(mine.list).toEqual([]);
		expect(await listAssignments(device.db)).toEqual([]);
	});
});

describe('a class test on the device', () => {
	test('taken offline: stored as waiting with its finish time, sent by the next sync and graded once', async () => {
		const { assign, klass } = await teacherWithClass();
		const quiz = await assign({
			kind: 'test',
			bank: CLASS_BANK,
			settings: { questionIds: ['q1', 'q2', 'q3'], order: 'fixed', attemptsAllowed: 2, showAnswers: 'after' }
		});
		const device = newDevice(server);
		const flow = joinOn(device);
		await flow.look(klass.joinCode!);
		await flow.createStudent('Offline Oh', PASSWORD);
		const row = (await getAssignment(quiz.id, device.db))!;

		device.net.offline = true;
		const run = new ClassTestRun(row, flow.sync.api, Date.now, device.db);
		expect(run.question?.id).toBe('q1');
		run.answer('Seoul');
		run.answer(false);
		run.answer('beijing');
		expect(run.atEnd).toBe(true);
		await run.submit();
		expect(run.attempt?.state).toBe('waiting');
		const finishedAt = run.attempt!.sent.finishedAt;

		device.net.offline = false;
		const report = await flow.sync.syncNow();
		expect(report?.ok).toBe(true);
		// The class work follows each good sync: the waiting attempt went out with it.
		const [attempt] = await classAttemptsOf(quiz.id, device.db);
		expect(attempt.state).toBe('graded');
		expect(attempt.graded).toMatchObject({ score: 2, maxScore: 3, finishedAt });
		expect(attempt.graded?.answers.find((a) => a.questionId === 'q2')?.correct).toBe(false);
		expect(attempt.graded?.answers.every((a) => a.answer !== undefined)).toBe(true);
		const mine = await flow.sync.api.send<unknown[]>('GET', `/assignments/${quiz.id}/attempts/mine`);
		expect(mine.ok && mine.value).toHaveLength(1);
		expect((await getAssignment(quiz.id, device.db))?.summary.attemptsLeft).toBe(1);
	});
});
