import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClassesApi } from '$lib/classes/api';
import { ClassList } from '$lib/classes/class-list.svelte';
import { ServerApi } from '$lib/sync/api';
import { SERVER, startTestServer, type TestServer } from '../sync/server';
import { studentJoins, teacher } from './teacher';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(() => server.close());

describe('the list of classes', () => {
	test('nobody signed in on the device: it says so, and calls nothing', async () => {
		const list = new ClassList(async () => null);
		await list.load();
		expect(list.status).toBe('signed-out');
		expect(list.classes).toEqual([]);
	});

	test('a session that ended on the server shows as signed out too', async () => {
		const list = new ClassList(async () => new ClassesApi(new ServerApi(SERVER, server.device().fetch)));
		await list.load();
		expect(list.status).toBe('signed-out');
	});

	test('a teacher starts with none, creates classes, and sees them by name; a bad name changes nothing', async () => {
		const api = await teacher(server, 'ms-okafor');
		const list = new ClassList(async () => api);
		await list.load();
		expect(list).toMatchObject({ status: 'ready', classes: [] });

		expect(await list.create('   ')).toBeNull();
		expect(list.error).toBe('name is empty');
		expect(await list.create('x'.repeat(121))).toBeNull();
		expect(list.error).toMatch(/longer than 120/);
		expect((await api.list()).ok && (await api.list())).toMatchObject({ value: [] });

		const made = await list.create('  7B Geography ');
		expect(made).toMatchObject({ name: '7B Geography', role: 'teacher', archived: false });
		expect(made?.joinCode).toMatch(/^[2-9A-Z]{10}$/);
		await list.create('6A Biology');
		expect(list.error).toBeNull();

		const again = new ClassList(async () => api);
		await again.load();
		expect(again.teaching.map((c) => c.name)).toEqual(['6A Biology', '7B Geography']);
		expect(again.studying).toEqual([]);
	});

	test('the classes one is a student in are listed apart, without their code', async () => {
		const api = await teacher(server, 'mr-lund');
		const made = await api.create('Chemistry club');
		if (!made.ok) throw new Error(made.message);
		const pupil = await studentJoins(server, made.value, 'Noor');
		const list = new ClassList(async () => new ClassesApi(pupil.api));
		await list.load();
		expect(list.teaching).toEqual([]);
		expect(list.studying).toHaveLength(1);
		expect(list.studying[0]).toMatchObject({ name: 'Chemistry club', role: 'student' });
		expect(list.studying[0].joinCode).toBeUndefined();
	});
});
