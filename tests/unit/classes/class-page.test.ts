import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClassesApi } from '$lib/classes/api';
import { blankForm, buildAssignment } from '$lib/classes/assign-form';
import { ClassPage, makePassword } from '$lib/classes/class-page.svelte';
import { ServerApi } from '$lib/sync/api';
import { SERVER, startTestServer, type TestServer } from '../sync/server';
import { geographyBank, studentJoins, teacher } from './teacher';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(() => server.close());

/** A teacher's class page, loaded. */
async function classPage(login: string, name: string) {
	const api = await teacher(server, login);
	const made = await api.create(name);
	if (!made.ok) throw new Error(made.message);
	const view = new ClassPage(made.value.id, async () => api);
	await view.load();
	return { api, view, summary: made.value };
}

describe("one class's page", () => {
	test('renames, makes a new code (the old one stops working), archives and brings back', async () => {
		const { view, summary } = await classPage('t-rename', 'Year 8');
		expect(view.status).toBe('ready');
		expect(view.teachers.map((m) => m.role)).toEqual(['teacher']);

		await view.rename('');
		expect(view.message).toEqual({ text: 'name is empty', failed: true });
		await view.rename(' Year 8 French ');
		expect(view.message).toEqual({ text: 'Renamed to Year 8 French.', failed: false });
		expect(view.detail?.class.name).toBe('Year 8 French');

		await view.newCode();
		const code = view.detail?.class.joinCode;
		expect(code).toMatch(/^[2-9A-Z]{10}$/);
		expect(code).not.toBe(summary.joinCode);
		const late = new ServerApi(SERVER, server.device().fetch);
		expect(await late.send('POST', `/join/${summary.joinCode}/student`, { displayName: 'Late', password: 'correct horse battery' })).toMatchObject({
			ok: false,
			status: 404
		});

		await view.setArchived(true);
		expect(view.detail?.class.archived).toBe(true);
		await view.setArchived(false);
		expect(view.detail?.class.archived).toBe(false);
	});

	test('members: a co-teacher by login, a student removed, a class-made password reset and shown once', async () => {
		await teacher(server, 'co-teacher');
		const { view } = await classPage('t-members', 'Year 9');
		await view.addTeacher('nobody-here');
		expect(view.message).toEqual({ text: 'No account with that login.', failed: true });
		await view.addTeacher('co-teacher');
		expect(view.teachers).toHaveLength(2);

		const summary = view.detail!.class;
		const pupil = await studentJoins(server, summary, 'Ines');
		await studentJoins(server, summary, 'Jonas');
		await view.load();
		expect(view.students.map((m) => [m.name, m.madeHere])).toEqual([
			['Ines', true],
			['Jonas', true]
		]);

		const ines = view.students[0];
		await view.resetPassword(ines);
		const shown = view.newPassword;
		expect(shown?.name).toBe('Ines');
		// The new password works: Ines signs in with it on another device.
		const device = new ServerApi(SERVER, server.device().fetch);
		expect((await device.signIn({ login: pupil.login, password: shown!.password })).ok).toBe(true);
		// Shown once: the next action clears it.
		await view.remove(view.students[1]);
		expect(view.newPassword).toBeNull();
		expect(view.students.map((m) => m.name)).toEqual(['Ines']);
	});

	test('assigns a bank as a test and to study, lists them, and deletes one', async () => {
		const { view } = await classPage('t-assign', 'Year 10');
		const bank = geographyBank();
		const test = buildAssignment(bank, { ...blankForm(3), count: 3, title: 'Quiz 1' });
		const study = buildAssignment(bank, { ...blankForm(3), kind: 'study', goalDate: '2026-12-11' });
		if (!test.ok || !study.ok) throw new Error('form refused');
		expect(await view.assign(test.assignment)).toMatchObject({ kind: 'test', title: 'Quiz 1', bankId: expect.stringMatching(/^geo-7b/) });
		expect(await view.assign(study.assignment)).toMatchObject({ kind: 'study', title: 'Rivers and capitals' });
		expect(view.assignments.map((a) => a.kind).sort()).toEqual(['study', 'test']);

		const quiz = view.assignments.find((a) => a.kind === 'test')!;
		await view.deleteAssignment(quiz);
		expect(view.message).toEqual({ text: 'Quiz 1 is deleted.', failed: false });
		expect(view.assignments.map((a) => a.kind)).toEqual(['study']);
	});

	test('a class one does not teach fails to load with the server sentence; nobody signed in shows as signed out', async () => {
		const other = await teacher(server, 't-outsider');
		const { summary } = await classPage('t-owner', 'Private');
		const view = new ClassPage(summary.id, async () => other);
		await view.load();
		expect(view.status).toBe('failed');
		expect(view.message?.text).toBe('No such class.');

		const nobody = new ClassPage(summary.id, async () => null);
		await nobody.load();
		expect(nobody.status).toBe('signed-out');
		const ended = new ClassPage(summary.id, async () => new ClassesApi(new ServerApi(SERVER, server.device().fetch)));
		await ended.load();
		expect(ended.status).toBe('signed-out');
	});

	test('a made password is three groups of four characters a pupil can copy', () => {
		const passwords = new Set(Array.from({ length: 50 }, makePassword));
		expect(passwords.size).toBe(50);
		for (const p of passwords) expect(p).toMatch(/^[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}$/);
	});
});
