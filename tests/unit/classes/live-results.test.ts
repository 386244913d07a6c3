import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { TestResults, StudyResults } from '$lib/classes/api';
import { blankForm, buildAssignment } from '$lib/classes/assign-form';
import { LiveResults, POLL_MS } from '$lib/classes/live-results.svelte';
import { startTestServer, type TestServer } from '../sync/server';
import { geographyBank, studentJoins, teacher } from './teacher';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(() => server.close());
afterEach(() => vi.useRealTimers());

/** A class of two students with a three-question test (fixed order) and a study assignment of the same bank. */
async function classWithWork(login: string) {
	const api = await teacher(server, login);
	const made = await api.create('Year 7');
	if (!made.ok) throw new Error(made.message);
	const ana = await studentJoins(server, made.value, 'Ana');
	await studentJoins(server, made.value, 'Ben');
	const test = buildAssignment(geographyBank(), { ...blankForm(5), count: 3, order: 'fixed' });
	const study = buildAssignment(geographyBank(), { ...blankForm(5), kind: 'study' });
	if (!test.ok || !study.ok) throw new Error('form refused');
	const assigned = await api.assign(made.value.id, test.assignment);
	const studied = await api.assign(made.value.id, study.assignment);
	if (!assigned.ok || !studied.ok) throw new Error('not assigned');
	return { api, ana, test: assigned.value, study: studied.value };
}

/** A page's visibility, switched by the test. */
function fakeDocument(visible: boolean) {
	const doc = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
	doc.visibilityState = visible ? 'visible' : 'hidden';
	const show = (on: boolean) => {
		doc.visibilityState = on ? 'visible' : 'hidden';
		doc.dispatchEvent(new Event('visibilitychange'));
	};
	return { doc: doc as unknown as Document, show };
}

describe("an assignment's results", () => {
	test("a student's submitted attempt shows in the next fetch: their row, the item analysis, the day", async () => {
		const { api, ana, test } = await classWithWork('t-live');
		const live = new LiveResults(api, test.id);
		await live.refresh();
		const before = live.results as TestResults;
		expect(before.kind).toBe('test');
		expect(before.students.map((s) => [s.name, s.done, s.attempts])).toEqual([
			['Ana', false, 0],
			['Ben', false, 0]
		]);

		const now = Date.now();
		const sent = await ana.api.send('POST', `/assignments/${test.id}/attempts`, {
			id: 'attempt-ana-0001',
			startedAt: now - 60_000,
			finishedAt: now,
			answers: [
				{ questionId: 'g1', given: 'Lima' },
				{ questionId: 'g2', given: 'North Sea' },
				{ questionId: 'g3', given: false }
			]
		});
		expect(sent.ok).toBe(true);

		await live.refresh();
		const after = live.results as TestResults;
		expect(after.students[0]).toMatchObject({ name: 'Ana', done: true, best: 2, maxScore: 3, attempts: 1, timeTakenMs: 60_000 });
		const g2 = after.questions.find((q) => q.questionId === 'g2');
		expect(g2).toMatchObject({ answered: 1, correct: 0, commonWrong: [{ answer: 'North Sea', count: 1 }] });
		expect(after.perDay).toEqual([{ day: new Date(now).toISOString().slice(0, 10), attempts: 1, averagePercent: 67 }]);
		expect(live.fetchedAt).toBeInstanceOf(Date);
	});

	test('a study assignment lists every student with the cards to see', async () => {
		const { api, study } = await classWithWork('t-study');
		const live = new LiveResults(api, study.id);
		await live.refresh();
		const results = live.results as StudyResults;
		expect(results).toMatchObject({ kind: 'study', facts: 4 });
		expect(results.students.map((s) => [s.name, s.cardsSeen, s.goalMet])).toEqual([
			['Ana', 0, false],
			['Ben', 0, false]
		]);
	});

	test('fetched every 15 s while the page is visible, never while hidden, and at once when it shows again', async () => {
		const { api, test } = await classWithWork('t-poll');
		const calls = vi.spyOn(api, 'results');
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
		const { doc, show } = fakeDocument(true);
		const live = new LiveResults(api, test.id);
		const stop = live.watch(doc);
		expect(calls).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(POLL_MS * 2);
		expect(calls).toHaveBeenCalledTimes(3);

		show(false);
		vi.advanceTimersByTime(POLL_MS * 4);
		expect(calls).toHaveBeenCalledTimes(3);

		show(true);
		expect(calls).toHaveBeenCalledTimes(4);
		stop();
		vi.advanceTimersByTime(POLL_MS * 4);
		expect(calls).toHaveBeenCalledTimes(4);
	});

	test('a failed fetch keeps the last results and says why', async () => {
		const { api, test } = await classWithWork('t-fail');
		const live = new LiveResults(api, test.id);
		await live.refresh();
		await api.deleteAssignment(test.id);
		await live.refresh();
		expect(live.error).toMatch(/\w+ \w+/);
		expect((live.results as TestResults).students).toHaveLength(2);
	});
});
