import { contentHash } from '$lib/core/bank/hash';
import { BankOverview } from '$lib/library/bank-overview.svelte';
import { saveAttempt } from '$lib/storage/attempts';
import { getBank, saveBank } from '$lib/storage/banks';
import { db } from '$lib/storage/db';
import { smallBank } from '../core/share/fixtures';

// The state class works on the app's own database: empty it around each test.
const clear = () => Promise.all(db.tables.map((table) => table.clear()));
beforeEach(clear);
afterAll(clear);

const T0 = Date.UTC(2024, 2, 5, 10);

async function seed() {
	const bank = smallBank();
	await saveBank(bank, new Date(T0));
	const attempt = (startMs: number, correct: number, bankHash: string) =>
		saveAttempt({
			bankId: bank.id,
			bankHash,
			startedAt: new Date(startMs),
			finishedAt: new Date(startMs + 60_000),
			score: { correct, total: 3 },
			durationMs: 60_000,
			state: {} as never
		});
	await attempt(T0, 1, 'older-version');
	await attempt(T0 + 86_400_000, 2, contentHash(bank));
	return bank;
}

describe('BankOverview', () => {
	it('lists the attempts newest first, with percentages and the bank version they were taken on', async () => {
		const bank = await seed();
		const overview = new BankOverview();
		await overview.load(bank);
		expect(overview.error).toBeNull();
		expect(overview.attempts?.map((a) => [a.correct, a.total, a.percent, a.sameVersion])).toEqual([
			[2, 3, 67, true],
			[1, 3, 33, false]
		]);
		expect(overview.attempts?.[0].finishedAt).toEqual(new Date(T0 + 86_400_000 + 60_000));
	});

	it('counts what is due and new today: a fresh bank has only new cards, one per fact', async () => {
		const bank = await seed();
		const overview = new BankOverview();
		await overview.load(bank);
		expect(overview.counts).toEqual({ due: 0, new: 2 });
	});

	it('deletes the bank with its attempts', async () => {
		const bank = await seed();
		const overview = new BankOverview();
		expect(await overview.delete(bank.id)).toBe(true);
		expect(await getBank(bank.id)).toBeUndefined();
		expect(await db.attempts.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
		expect(overview.deleting).toBe(false);
	});
});
