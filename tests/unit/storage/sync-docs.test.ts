/**
 * Documents between two devices through the relay (sync-relay.ts): question
 * edits and their conflicts, bank deletion, settings, card flags, restores.
 */
import { deleteBank, getBank, saveBank } from '$lib/storage/banks';
import { setSuspended } from '$lib/storage/browse';
import type { Bank } from '$lib/core/bank/schema';
import type { FactdeckDB } from '$lib/storage/db';
import { getSettings } from '$lib/storage/settings';
import { saveSettings } from '$lib/storage/settings-save';
import { listSnapshots, restoreSnapshot } from '$lib/storage/snapshots';
import { applyPull, getSyncMeta, nextPush, outboxSize, startSyncing } from '$lib/storage/sync';
import { bankOfFacts, closeAll, freshDb, local } from './helpers';
import { syncDevice, twoDevices } from './sync-relay';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const T0 = local(2024, 3, 5, 10);
const LATER = local(2024, 3, 6, 10);

/** The stored bank with question `index` given a new prompt, saved. */
async function editPrompt(d: FactdeckDB, index: number, prompt: string): Promise<Bank> {
	const bank = (await getBank('own', d))!;
	const edited = { ...bank, questions: bank.questions.map((q, i) => (i === index ? { ...q, prompt } : q)) };
	await saveBank(edited, T0, {}, d);
	return edited;
}

const prompts = async (d: FactdeckDB) => (await getBank('own', d))?.questions.map((q) => q.prompt);

describe('banks and questions between two devices', () => {
	it('bring a new bank, with its cards, to the other device', async () => {
		const { a, b } = await twoDevices(T0);
		expect(await getBank('own', b)).toStrictEqual(await getBank('own', a));
		expect((await b.cards.toArray()).map((c) => [c.id, c.order])).toEqual((await a.cards.toArray()).map((c) => [c.id, c.order]));
		expect((await b.banks.get('own'))!.shipped).toBe(false);
	});

	it('apply an edit, an added and a removed question in place, without a snapshot', async () => {
		const { relay, a, b } = await twoDevices(T0);
		const bank = (await getBank('own', a))!;
		const [q0, q1, q2] = bank.questions;
		await saveBank({ ...bank, questions: [q0, { ...q1, prompt: 'edited' }, { ...q2, id: 'q9', fact: 'f9' }] }, T0, {}, a);
		await syncDevice(relay, a, T0);
		const applied = await syncDevice(relay, b, T0);
		expect(applied).toMatchObject({ snapshots: 0 });
		expect(await getBank('own', b)).toStrictEqual(await getBank('own', a));
		expect(await getCard('own\u0000f9', b)).toBeDefined();
		expect(await getCard('own\u0000f2', b)).toBeUndefined();
		expect(await listSnapshots(b)).toEqual([]);
	});

	it('keep the order of the questions, which travel one by one, even across pages', async () => {
		const { relay, a, b } = await twoDevices(T0);
		// q0..q11: their ids sort q0, q1, q10, q11, q2…, not in bank order.
		await saveBank(bankOfFacts('long', 12), T0, {}, a);
		await syncDevice(relay, a, T0);
		await syncDevice(relay, b, T0, 3);
		const ids = async (d: FactdeckDB) => (await getBank('long', d))!.questions.map((q) => q.id);
		expect(await ids(b)).toEqual(await ids(a));
		const bank = (await getBank('long', a))!;
		await saveBank({ ...bank, questions: [...bank.questions].reverse() }, T0, {}, a);
		expect((await a.outbox.toArray()).map((r) => r.key)).toContain('doc|bank|long|');
		await syncDevice(relay, a, T0);
		await syncDevice(relay, b, T0);
		expect(await ids(b)).toEqual(['q11', 'q10', 'q9', 'q8', 'q7', 'q6', 'q5', 'q4', 'q3', 'q2', 'q1', 'q0']);
		expect((await getCard('long\u0000f11', b))!.order).toBe(0);
	});

	it('keep a concurrent edit that lost in a snapshot, which restores it', async () => {
		const { relay, a, b } = await twoDevices(T0);
		await editPrompt(a, 0, 'from a');
		await editPrompt(b, 0, 'from b');
		await syncDevice(relay, a, T0);
		// B pushes after A: the server keeps B's, written over a revision B had not seen.
		const onB = await syncDevice(relay, b, T0);
		expect(onB.snapshots).toBe(0);
		const onA = await syncDevice(relay, a, LATER);
		expect(onA.snapshots).toBe(1);
		expect((await prompts(a))![0]).toBe('from b');
		expect((await prompts(b))![0]).toBe('from b');
		const [snapshot] = await listSnapshots(a);
		expect(snapshot.reason).toBe('Before sync replaced 1 question in “Bank own”');
		await restoreSnapshot(snapshot.id, LATER, a);
		expect((await prompts(a))![0]).toBe('from a');
		// Restored while syncing: everything waits to be pushed again, and the restored edit wins next.
		expect(await outboxSize(a)).toBeGreaterThan(0);
		await syncDevice(relay, a, LATER);
		await syncDevice(relay, b, LATER);
		expect((await prompts(b))![0]).toBe('from a');
	});

	it('take a snapshot too when the lost edit had not been pushed yet', async () => {
		const { relay, a, b } = await twoDevices(T0);
		await editPrompt(a, 1, 'from a');
		await syncDevice(relay, a, T0);
		await editPrompt(b, 1, 'from b');
		// B pulls A's edit before pushing its own (the pull of a page it had not seen).
		const page = relay.pull(0);
		expect(await applyPull(page, T0, b)).toMatchObject({ snapshots: 1 });
		expect((await prompts(b))![1]).toBe('from a');
		expect(await outboxSize(b)).toBe(0);
	});

	it('delete a bank everywhere, and it does not come back with an edit made meanwhile', async () => {
		const { relay, a, b } = await twoDevices(T0);
		await editPrompt(b, 0, 'edited offline');
		await deleteBank('own', a);
		await syncDevice(relay, a, T0);
		const onB = await syncDevice(relay, b, T0);
		expect(onB).toMatchObject({ snapshots: 0 });
		expect(await getBank('own', b)).toBeUndefined();
		expect(await b.cards.count()).toBe(0);
		// The relay deleted the bank's questions with it; a device that pulls them later takes nothing back.
		expect([...relay.docs.values()].filter((doc) => doc.bankId === 'own').every((doc) => doc.body === null)).toBe(true);
		const c = freshDb();
		await startSyncing(c);
		await syncDevice(relay, c, T0);
		expect([await getBank('own', c), await c.questionPages.count(), await c.syncRevs.get(['bank', 'own', ''])]).toMatchObject([
			undefined,
			0,
			{ deleted: true }
		]);
		await syncDevice(relay, a, T0);
		await syncDevice(relay, b, T0);
		expect([await getBank('own', a), await getBank('own', b)]).toEqual([undefined, undefined]);
		expect([await outboxSize(a), await outboxSize(b)]).toEqual([0, 0]);
	});
});

describe('settings and card flags between two devices', () => {
	it('merge settings key by key', async () => {
		const { relay, a, b } = await twoDevices(T0);
		await saveSettings({ retention: 0.85 }, a);
		await saveSettings({ newPerDay: 30 }, b);
		await syncDevice(relay, a, T0);
		await syncDevice(relay, b, T0);
		await syncDevice(relay, a, T0);
		expect(await getSettings(a)).toMatchObject({ retention: 0.85, newPerDay: 30 });
		expect(await getSettings(b)).toStrictEqual(await getSettings(a));
	});

	it('carry a suspension and its end', async () => {
		const { relay, a, b } = await twoDevices(T0);
		await setSuspended(['own\u0000f1'], true, a);
		await syncDevice(relay, a, T0);
		await syncDevice(relay, b, T0);
		expect((await getCard('own\u0000f1', b))!.suspended).toBe(1);
		await setSuspended(['own\u0000f1'], false, b);
		await syncDevice(relay, b, T0);
		await syncDevice(relay, a, T0);
		expect((await getCard('own\u0000f1', a))!.suspended).toBeUndefined();
	});
});

describe('a push whose answer was lost', () => {
	it('stops waiting once its own document comes back in a pull unchanged, and waits on when edited since', async () => {
		const { relay, a } = await twoDevices(T0);
		await editPrompt(a, 0, 'sent');
		await editPrompt(a, 1, 'sent');
		const batch = (await nextPush(a))!;
		relay.push((await getSyncMeta(a)).deviceId, batch);
		// The answer never arrived; meanwhile the second question is edited again.
		await editPrompt(a, 1, 'edited since');
		await applyPull(relay.pull((await getSyncMeta(a)).cursor), T0, a);
		expect((await a.outbox.toArray()).map((r) => r.key)).toEqual(['doc|question|own|q1']);
		expect(await a.syncRevs.get(['question', 'own', 'q1'])).toMatchObject({ rev: relay.docs.get('question|own|q1')!.rev });
	});
});

describe('a first sign-in', () => {
	it("takes the account's version of a document before sending its own, keeping its own in a snapshot", async () => {
		const { relay, a } = await twoDevices(T0);
		const c = freshDb();
		const own = bankOfFacts('own', 3);
		await saveBank({ ...own, questions: [{ ...own.questions[0], prompt: 'from c' }, ...own.questions.slice(1)] }, T0, {}, c);
		await saveBank(bankOfFacts('c-only', 1), T0, {}, c);
		await saveSettings({ newPerDay: 40 }, c);
		await startSyncing(c);
		const first = await syncDevice(relay, c, T0);
		expect(first.snapshots).toBe(1);
		expect((await prompts(c))![0]).toBe('Prompt q0');
		// Nothing of C's documents reached the account yet; its own bank and setting still wait.
		expect(relay.docs.get('question|own|q0')!.body).toMatchObject({ prompt: 'Prompt q0' });
		expect((await c.outbox.toArray()).map((r) => r.key)).toEqual(['doc|bank|c-only|', 'doc|question|c-only|q0', 'doc|setting||newPerDay']);
		await syncDevice(relay, c, T0);
		await syncDevice(relay, a, T0);
		expect(await getBank('c-only', a)).toStrictEqual(await getBank('c-only', c));
		expect((await getSettings(a)).newPerDay).toBe(40);
		expect((await prompts(a))![0]).toBe('Prompt q0');
	});
});
