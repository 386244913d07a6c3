import { bankDays, mergeBankDays, type BankDay } from '$lib/core/stats/totals';
import { answerCard } from '$lib/core/srs/scheduler';
import { CardStateKind, type Rating } from '$lib/core/srs/types';
import { saveAnswer, undoAnswer } from '$lib/storage/answers';
import { exportAll, restoreAll } from '$lib/storage/backup';
import { deleteBank, saveBank } from '$lib/storage/banks';
import { checkDatabase } from '$lib/storage/check';
import type { FactdeckDB } from '$lib/storage/db';
import type { ReviewRow } from '$lib/storage/rows';
import { reviewTotals } from '$lib/storage/stats-cache';
import { packDays, unpackDays } from '$lib/storage/stats-pack';
import { CHUNK_IDS, STATE_KEY } from '$lib/storage/stats-rows';
import { bankOfFacts, closeAll, freshDb, local } from './helpers';
import { syncDevice, twoDevices } from './sync-relay';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const T0 = local(2024, 3, 5, 10);
const opts = { retention: 0.9, fuzz: false };
const HOUR = 4;

/** The totals sorted, so two lists compare equal iff they hold the same entries. */
const sorted = (entries: BankDay[]) => [...entries].sort((a, b) => a.day - b.day || a.bankId.localeCompare(b.bankId));

/** What the whole review log says, counted afresh: the cache must always agree with it. */
async function recount(d: FactdeckDB, hour = HOUR): Promise<BankDay[]> {
	return sorted(mergeBankDays([bankDays(await d.reviews.toArray(), hour)]));
}

async function totals(d: FactdeckDB, hour = HOUR) {
	return sorted(await reviewTotals(hour, {}, d));
}

/** Answers the stored card at `now` and saves it; returns the log id. */
async function answer(d: FactdeckDB, id: string, rating: Rating, now: Date): Promise<number> {
	const card = (await getCard(id, d))!;
	const { card: next, log } = answerCard(card, rating, now, opts, 'q0', 4_000);
	return saveAnswer(next, log, d);
}

async function setup(): Promise<FactdeckDB> {
	const d = freshDb();
	await saveBank(bankOfFacts('a', 3), T0, {}, d);
	await saveBank(bankOfFacts('b', 2), T0, {}, d);
	await answer(d, 'a\u0000f0', 3, T0);
	await answer(d, 'a\u0000f1', 1, local(2024, 3, 5, 11));
	await answer(d, 'b\u0000f0', 3, local(2024, 3, 6, 2));
	await answer(d, 'a\u0000f0', 3, local(2024, 3, 7, 9));
	return d;
}

/** A review row as an importer writes it (no id: the database gives the next one). */
function imported(bankId: string, at: Date, rating: Rating, state: CardStateKind, id?: number): ReviewRow {
	const s = { due: at, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 0, state };
	return {
		...(id === undefined ? {} : { id }),
		cardId: `${bankId}\u0000f0`,
		bankId,
		questionId: 'q0',
		rating,
		before: s,
		after: s,
		durationMs: 3_000,
		reviewedAt: at
	};
}

const staleKeys = (d: FactdeckDB) => d.reviewStats.where('stale').equals(1).primaryKeys();

describe('review totals from the cache', () => {
	it('are empty with no review, and count every answer per bank and study day', async () => {
		expect(await totals(freshDb())).toEqual([]);
		const d = await setup();
		const first = await totals(d);
		expect(first).toEqual(await recount(d));
		expect(first.map((e) => [e.bankId, e.reviews])).toEqual([
			['a', 2],
			['b', 1],
			['a', 1]
		]);
		expect(await d.reviewStats.get(STATE_KEY)).toMatchObject({ upTo: 4, dayStartHour: HOUR });
		// Read again from the cache alone.
		expect(await totals(d)).toEqual(first);
	});

	it('take in answers given after the cache was built', async () => {
		const d = await setup();
		await totals(d);
		await answer(d, 'b\u0000f1', 4, local(2024, 3, 8, 9));
		await answer(d, 'a\u0000f2', 1, local(2024, 3, 8, 10));
		expect(await totals(d)).toEqual(await recount(d));
		expect(await d.reviewStats.get(STATE_KEY)).toMatchObject({ upTo: 6 });
	});

	it('drop an answer undone after the cache counted it, and one undone before', async () => {
		const d = await setup();
		const counted = await answer(d, 'b\u0000f1', 1, local(2024, 3, 8, 9));
		await totals(d);
		await undoAnswer(counted, d);
		expect(await staleKeys(d)).toEqual([0]);
		expect(await totals(d)).toEqual(await recount(d));
		expect(await staleKeys(d)).toEqual([]);
		const fresh = await answer(d, 'b\u0000f1', 3, local(2024, 3, 8, 10));
		await undoAnswer(fresh, d);
		expect(await totals(d)).toEqual(await recount(d));
		expect((await totals(d)).reduce((n, e) => n + e.reviews, 0)).toBe(4);
	});

	it('lose a deleted bank', async () => {
		const d = await setup();
		await totals(d);
		await deleteBank('a', d);
		const after = await totals(d);
		expect(after).toEqual(await recount(d));
		expect(after.map((e) => e.bankId)).toEqual(['b']);
	});

	it('follow a restore, which replaces the whole log', async () => {
		const d = await setup();
		const other = freshDb();
		await saveBank(bankOfFacts('a', 3), T0, {}, other);
		await answer(other, 'a\u0000f2', 2, local(2024, 2, 1, 9));
		const backup = await exportAll(other);
		await totals(d);
		await restoreAll(backup, T0, d);
		// The restore's clear left the cache counted with no day boundary: it is counted again.
		expect(await d.reviewStats.get(STATE_KEY)).toMatchObject({ dayStartHour: -1 });
		const after = await totals(d);
		expect(after).toEqual(await recount(d));
		expect(after).toHaveLength(1);
		expect(after[0]).toMatchObject({ bankId: 'a', reviews: 1, inReview: 0 });
	});

	it('take in imported reviews, with new ids or with ids of their own', async () => {
		const d = await setup();
		await totals(d);
		await d.reviews.bulkAdd([imported('a', local(2023, 6, 1, 9), 3, CardStateKind.Review), imported('a', local(2023, 6, 2, 9), 1, CardStateKind.Review)]);
		expect(await staleKeys(d)).toEqual([]);
		expect(await totals(d)).toEqual(await recount(d));
		// Ids given by the writer, one in a chunk already counted and one far above: their chunks are marked.
		await d.reviews.bulkAdd([
			imported('b', local(2023, 7, 1, 9), 3, CardStateKind.New, 3 * CHUNK_IDS + 5),
			imported('b', local(2023, 7, 2, 9), 3, CardStateKind.Review, 100)
		]);
		expect(await staleKeys(d)).toEqual([0, 3]);
		expect(await totals(d)).toEqual(await recount(d));
	});

	it('take in reviews pulled from another device, and drop one undone there', async () => {
		const { relay, a, b } = await twoDevices(T0);
		await answer(a, 'own\u0000f0', 3, local(2024, 3, 5, 11));
		const undone = await answer(a, 'own\u0000f1', 1, local(2024, 3, 5, 12));
		await syncDevice(relay, a, T0);
		await syncDevice(relay, b, T0);
		expect(await totals(b)).toEqual(await recount(b));
		expect((await totals(b)).reduce((n, e) => n + e.reviews, 0)).toBe(2);
		await undoAnswer(undone, a);
		await syncDevice(relay, a, T0);
		await syncDevice(relay, b, T0);
		expect(await b.reviews.count()).toBe(1);
		expect(await totals(b)).toEqual(await recount(b));
	});

	it('lose reviews Check database removes', async () => {
		const d = await setup();
		await d.reviews.add(imported('gone', local(2024, 3, 6, 9), 3, CardStateKind.Review));
		expect((await totals(d)).some((e) => e.bankId === 'gone')).toBe(true);
		await checkDatabase(true, T0, d);
		expect(await totals(d)).toEqual(await recount(d));
		expect((await totals(d)).some((e) => e.bankId === 'gone')).toBe(false);
	});

	it('are counted again when the day starts at another hour', async () => {
		const d = await setup();
		await totals(d);
		const midnight = await totals(d, 0);
		expect(midnight).toEqual(await recount(d, 0));
		expect(midnight).not.toEqual(await recount(d, HOUR));
		expect(await d.reviewStats.get(STATE_KEY)).toMatchObject({ dayStartHour: 0 });
	});

	it('rebuild only the chunk of a deleted review, and report progress over a build of several steps', async () => {
		const d = freshDb();
		const ids = [1, 2, CHUNK_IDS + 1, CHUNK_IDS + 2, 2 * CHUNK_IDS + 1];
		await d.reviews.bulkAdd(ids.map((id, i) => imported(i % 2 ? 'x' : 'y', local(2024, 1, 1 + i, 9), 3, CardStateKind.Review, id)));
		const progress: [number, number][] = [];
		const built = sorted(await reviewTotals(HOUR, { stepReviews: 2, onProgress: (done, total) => progress.push([done, total]) }, d));
		expect(built).toEqual(await recount(d));
		expect(progress.length).toBeGreaterThan(1);
		expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
		for (const [done, total] of progress) expect(done).toBeLessThanOrEqual(total);
		const chunk0 = await d.reviewStats.get(0);
		await d.reviews.delete(CHUNK_IDS + 1);
		expect(await staleKeys(d)).toEqual([1]);
		expect(await d.reviewStats.get(0)).toEqual(chunk0);
		expect(await totals(d)).toEqual(await recount(d));
	});

	it('wait for the reads given to be done before counting, but not to read a complete cache', async () => {
		const d = await setup();
		let release = () => {};
		const after = new Promise<void>((resolve) => (release = resolve));
		let counted = false;
		const building = reviewTotals(HOUR, { after }, d).then((entries) => ((counted = true), entries));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(counted).toBe(false);
		expect(await d.reviewStats.get(STATE_KEY)).toBeUndefined();
		release();
		expect(sorted(await building)).toEqual(await recount(d));
		const never = new Promise<void>(() => {});
		expect(sorted(await reviewTotals(HOUR, { after: never }, d))).toEqual(await recount(d));
	});

	it('leave the cache as it was when the write that changed a review is undone', async () => {
		const d = await setup();
		await totals(d);
		const before = await d.reviewStats.toArray();
		await expect(
			d.transaction('rw', d.reviews, async () => {
				await d.reviews.delete(1);
				throw new Error('changed my mind');
			})
		).rejects.toThrow('changed my mind');
		expect(await d.reviewStats.toArray()).toEqual(before);
		expect(await totals(d)).toEqual(await recount(d));
	});
});

describe('packed chunk totals', () => {
	it('unpack to exactly what was packed, and a stale chunk to nothing', () => {
		const entries: BankDay[] = [
			{ bankId: 'a', day: 19_800, reviews: 3, fresh: 1, again: 1, inReview: 2, passed: 1, ms: 12_345 },
			{ bankId: 'b', day: 19_800, reviews: 1, fresh: 0, again: 0, inReview: 1, passed: 1, ms: 4_000_000_000 },
			{ bankId: 'a', day: 19_801, reviews: 2, fresh: 0, again: 0, inReview: 0, passed: 0, ms: 0 }
		];
		const packed = packDays(entries);
		expect(packed.banks).toEqual(['a', 'b']);
		expect(unpackDays(packed)).toEqual(entries);
		expect(unpackDays({})).toEqual([]);
	});
});
