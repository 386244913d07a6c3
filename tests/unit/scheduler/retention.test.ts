// @vitest-environment jsdom
/** The desired retention panel's state: the workload table, a save that recomputes due dates, a recompute left pending. */
import { answerCard } from '$lib/core/srs/scheduler';
import { retentionsAround, RetentionState } from '$lib/scheduler/retention.svelte';
import { saveAnswer } from '$lib/storage/answers';
import { saveBank } from '$lib/storage/banks';
import { db } from '$lib/storage/db';
import { markReschedulePending, pendingReschedule } from '$lib/storage/reschedule-flag';
import { getSettings } from '$lib/storage/settings';
import { bankOfFacts } from '../storage/helpers';
import { getCard } from '$lib/storage/card-reads';

const T0 = new Date('2024-03-05T10:00:00Z');

afterEach(async () => {
	await Promise.all(db.tables.map((t) => t.clear()));
});

/** Bank "a" of 5 facts, 3 of them answered Easy (Review cards). */
async function studied(): Promise<void> {
	await saveBank(bankOfFacts('a', 5), T0, {}, db);
	for (let i = 0; i < 3; i++) {
		const card = (await getCard(`a\u0000f${i}`, db))!;
		const { card: next, log } = answerCard(card, 4, new Date(T0.getTime() + i * 60_000), { retention: 0.9, fuzz: true }, `q${i}`, 1000);
		await saveAnswer(next, log, db);
	}
}

describe('retentionsAround', () => {
	it('takes a few values below and above, within 70-97%', () => {
		expect(retentionsAround(0.9)).toEqual([0.84, 0.87, 0.9, 0.92, 0.94]);
		expect(retentionsAround(0.97)).toEqual([0.91, 0.94, 0.97]);
		expect(retentionsAround(0.7)).toEqual([0.7, 0.72, 0.74]);
	});
});

describe('RetentionState', () => {
	it('has no table without studied cards', async () => {
		await saveBank(bankOfFacts('a', 5), T0, {}, db);
		const state = new RetentionState();
		await state.load();
		expect(state.saved).toBe(0.9);
		expect(state.studied).toBe(0);
		expect(state.rows).toBeNull();
	});

	it('shows the workload around the chosen retention, and saving it recomputes the due dates', async () => {
		await studied();
		const state = new RetentionState();
		await state.load();
		expect(state.studied).toBe(3);
		expect(state.rows!.map((r) => r.retention)).toEqual([0.84, 0.87, 0.9, 0.92, 0.94]);
		expect(state.rows![4].year).toBeGreaterThan(state.rows![0].year);

		await state.choose(0.951);
		expect(state.chosen).toBe(0.95);
		expect(state.rows!.map((r) => r.retention)).toEqual([0.89, 0.92, 0.95, 0.97]);
		expect((await getSettings()).retention).toBe(0.9);

		const before = await getCard('a\u0000f0', db);
		await state.save();
		expect(state.message).toBe('Due dates of 3 cards recomputed.');
		expect(state.saved).toBe(0.95);
		expect(state.busy).toBe(false);
		expect((await getSettings()).retention).toBe(0.95);
		expect((await getCard('a\u0000f0', db))!.due.getTime()).toBeLessThan(before!.due.getTime());
	});

	it('finishes a recompute left pending when it loads', async () => {
		await studied();
		await db.transaction('rw', db.meta, () => markReschedulePending(db));
		const state = new RetentionState();
		await state.load();
		expect(state.message).toBe('Due dates of 3 cards recomputed.');
		expect(await pendingReschedule()).toBeUndefined();
	});
});
