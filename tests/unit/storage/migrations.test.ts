import { Dexie } from 'dexie';
import { gatherQueueHead, questionsForFact } from '$lib/storage/queue';
import { getCard } from '$lib/storage/card-reads';
import { openDatabase } from '$lib/storage/db';
import { V1_STORES, v1Rows } from '../../fixtures/db/v1';
import { V2_STORES, v2Rows } from '../../fixtures/db/v2';
import { V3_STORES, v3Rows } from '../../fixtures/db/v3';
import { V4_STORES, v4Rows } from '../../fixtures/db/v4';
import { V5_STORES, v5Rows } from '../../fixtures/db/v5';
import { V6_STORES, v6Rows } from '../../fixtures/db/v6';
import { V7_STORES, v7Rows } from '../../fixtures/db/v7';
import { getBank } from '$lib/storage/banks';
import { byQuestionKey } from '$lib/storage/sync-start';
import { bankDays } from '$lib/core/stats/totals';
import { reviewTotals } from '$lib/storage/stats-cache';
import type { ReviewRow } from '$lib/storage/rows';
import { allCards, dump, local, settings } from './helpers';
import { expectStillVersion7, writeOld } from './old-db';

const NAME = 'factdeck-migration';

afterEach(() => Dexie.delete(NAME));

/** Opens the database again with the current schema: it is as `once` left it. */
async function expectReopenedAs(once: Awaited<ReturnType<typeof dump>>): Promise<void> {
	const again = openDatabase(NAME);
	await again.open();
	expect(again.verno).toBe(8);
	expect(await dump(again)).toStrictEqual(once);
	again.close();
}

/** The v2 rows as stored: the media bytes as a Blob. */
function v2Stored() {
	const rows = v2Rows();
	return { ...rows, media: rows.media.map((m) => ({ ...m, blob: new Blob([new Uint8Array(m.blob)], { type: m.type }) })) };
}

/** The v3 rows as stored: v2's, media as a Blob, and the counts row. */
const v3Stored = () => ({ ...v2Stored(), bankCounts: v3Rows().bankCounts });
/** What `dump` reads of the v3 rows (it leaves the counts cache out). */
function v3Dumped() {
	const { bankCounts: _counts, ...rows } = v3Rows();
	return rows;
}

/** The v4 rows as stored: media as a Blob. */
const v4Stored = () => ({ ...v4Rows(), media: v3Stored().media });
/** What `dump` reads of the v4 rows (it leaves the counts cache out). */
function v4Dumped() {
	const { bankCounts: _counts, ...rows } = v4Rows();
	return rows;
}

/** The v5 rows as stored: media as a Blob. */
const v5Stored = () => ({ ...v5Rows(), media: v3Stored().media });

/** A dump with the review uids that version 5 made taken out, after checking each is a distinct UUID. */
function withoutUids(rows: Awaited<ReturnType<typeof dump>>) {
	const uids = rows.reviews.map((r) => r.uid);
	for (const uid of uids) expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
	expect(new Set(uids).size).toBe(uids.length);
	return { ...rows, reviews: rows.reviews.map(({ uid: _uid, ...review }) => review) };
}

const FIXTURES = [
	{ version: 1, stores: V1_STORES, rows: v1Rows, expected: () => ({ ...v1Rows(), attempts: [], results: [], media: [], snapshots: [] }), counted: 0 },
	{ version: 2, stores: V2_STORES, rows: v2Stored, expected: v2Rows, counted: 0 },
	{ version: 3, stores: V3_STORES, rows: v3Stored, expected: v3Dumped, counted: 1 },
	{ version: 4, stores: V4_STORES, rows: v4Stored, expected: v4Dumped, counted: 1 }
];

describe.each(FIXTURES)('schema migrations from version $version', ({ version, stores, rows, expected, counted }) => {
	it('upgrades to the current version with every row intact, a uid on each review, and the counts cache as it was', async () => {
		await writeOld(NAME, version, stores, rows());
		const d = openDatabase(NAME);
		await d.open();
		expect(d.verno).toBe(8);
		const after = await dump(d);
		expect(withoutUids(after)).toStrictEqual(expected());
		// The new review indexes answer: by uid, and one card's log in time order.
		expect(await d.reviews.where('uid').equals(after.reviews[0].uid!).count()).toBe(1);
		expect(
			await d.reviews
				.where('[cardId+reviewedAt]')
				.between(['korea\u0000meeting', new Date(0)], ['korea\u0000meeting', new Date(2e12)])
				.count()
		).toBe(after.reviews.length);
		expect([await d.outbox.count(), await d.syncRevs.count()]).toEqual([0, 0]);
		expect(after.cards[0].due).toBeInstanceOf(Date);
		expect(after.reviews[0].before.due).toBeInstanceOf(Date);
		expect(await d.bankCounts.count()).toBe(counted);
		// No card was suspended before version 4 (the version-4 fixture's card is): the index fills on a write.
		const wasSuspended = version === 4 ? 1 : 0;
		const suspended = () =>
			d.cards
				.where('[suspended+bankId+state+due]')
				.between([1, 'korea', 0, new Date(0)], [1, 'korea', 3, new Date(2e12)])
				.count();
		expect(await suspended()).toBe(wasSuspended);
		await d.cards.update('korea\u0000meeting', { suspended: 1 });
		expect(await suspended()).toBe(1);
		await d.cards.update('korea\u0000meeting', { suspended: undefined });
		expect(await suspended()).toBe(0);
		// The old indexes still answer their queries after the upgrade.
		expect(
			await d.cards
				.where('[bankId+state+due]')
				.between(['korea', 2, new Date(0)], ['korea', 2, new Date(2e12)])
				.count()
		).toBe(1);
		expect(await questionsForFact('korea', 'meeting', d)).toHaveLength(2);
		d.close();
	});

	it('counts a bank on first use, then changes nothing when opened again', async () => {
		await writeOld(NAME, version, stores, rows());
		const first = openDatabase(NAME);
		const head = await gatherQueueHead({}, local(2021, 3, 3, 12), settings(), first);
		// The version-4 fixture's one card is suspended: nothing is due.
		expect(head.counts).toEqual({ new: 0, learning: 0, review: version === 4 ? 0 : 1 });
		expect(head.reviews.map((c) => c.id)).toEqual(version === 4 ? [] : ['korea\u0000meeting']);
		// Its one fact has a card row: the search for a New card without one starts past the last question.
		expect(await first.bankCounts.toArray()).toEqual([
			{ bankId: 'korea', cards: 1, fresh: 0, introduced: [Date.parse('2021-03-01T09:00:00.000Z')], next: 2, ahead: [] }
		]);
		const once = await dump(first);
		first.close();
		await expectReopenedAs(once);
	});
});

describe('schema migration from version 5', () => {
	it('upgrades to version 8 with every row intact (review uids, the outbox and the revisions as they were) and empty class tables', async () => {
		await writeOld(NAME, 5, V5_STORES, v5Stored());
		const d = openDatabase(NAME);
		await d.open();
		expect(d.verno).toBe(8);
		const { outbox, syncRevs, bankCounts: _counts, ...rows } = v5Rows();
		expect(await dump(d)).toStrictEqual(rows);
		expect(await d.outbox.toArray()).toEqual(outbox);
		expect(await d.syncRevs.toArray()).toEqual(syncRevs);
		expect(await d.reviews.where('uid').equals(rows.reviews[1].uid).count()).toBe(1);
		expect([await d.assignments.count(), await d.classAttempts.count()]).toEqual([0, 0]);
		// The new indexes answer their queries.
		await d.classAttempts.add({ id: 'attempt-1', assignmentId: 'a1', state: 'waiting', sent: { id: 'attempt-1', startedAt: 1, finishedAt: 2, answers: [] } });
		expect(await d.classAttempts.where('state').equals('waiting').count()).toBe(1);
		expect(await d.classAttempts.where('assignmentId').equals('a1').count()).toBe(1);
		await d.classAttempts.clear();
		const once = await dump(d);
		d.close();
		const second = openDatabase(NAME);
		await second.open();
		expect(second.verno).toBe(8);
		expect(await dump(second)).toStrictEqual(once);
		expect(await second.outbox.toArray()).toEqual(outbox);
		second.close();
	});
});

describe('schema migration from version 6', () => {
	it('upgrades to version 8 with every row intact and an empty statistics cache, counted on first use, then changes nothing', async () => {
		await writeOld(NAME, 6, V6_STORES, { ...v6Rows(), media: v3Stored().media });
		const d = openDatabase(NAME);
		await d.open();
		expect(d.verno).toBe(8);
		const { outbox, syncRevs, bankCounts: _counts, assignments, classAttempts, ...rows } = v6Rows();
		expect(await dump(d)).toStrictEqual(rows);
		expect([await d.outbox.toArray(), await d.syncRevs.toArray()]).toEqual([outbox, syncRevs]);
		expect([await d.assignments.toArray(), await d.classAttempts.toArray()]).toEqual([assignments, classAttempts]);
		expect(await d.reviewStats.count()).toBe(0);
		// The cache is counted from the upgraded log on first use, and its stale index answers.
		expect(await reviewTotals(4, {}, d)).toEqual(bankDays(rows.reviews as ReviewRow[], 4));
		expect(await d.reviewStats.where('stale').equals(1).count()).toBe(0);
		await d.reviews.delete(1);
		expect(await d.reviewStats.where('stale').equals(1).primaryKeys()).toEqual([0]);
		const once = await dump(d);
		d.close();
		await expectReopenedAs(once);
	});
});

describe('schema migration from version 7', () => {
	it('moves every question into pages of its bank in bank order, keeps every other row, then changes nothing when opened again', async () => {
		await writeOld(NAME, 7, V7_STORES, { ...v7Rows(), media: v3Stored().media });
		const d = openDatabase(NAME);
		await d.open();
		expect(d.verno).toBe(8);
		const { outbox, syncRevs, bankCounts: _counts, assignments, classAttempts, reviewStats, questions, cards, ...rows } = v7Rows();
		// Every question row reads back field for field (the orphan of a deleted bank too: Check database, not an upgrade, removes it).
		const byKey = [...questions].sort((a, b) => byQuestionKey([a.bankId, a.id], [b.bankId, b.id]));
		// The New card exactly as its import made it has no row any more; every other card row is as it was.
		const implicit = cards.find((c) => c.id === 'big\u0000fact-0')!;
		expect(await dump(d)).toStrictEqual({ ...rows, questions: byKey, cards: cards.filter((c) => c !== implicit) });
		// ... and it reads back the same without one, as does every other card; the other facts are New cards.
		for (const card of cards) expect(await getCard(card.id, d)).toStrictEqual(card);
		expect(await allCards(d)).toHaveLength(1 + 401);
		expect([await d.outbox.toArray(), await d.syncRevs.toArray()]).toEqual([outbox, syncRevs]);
		expect([await d.assignments.toArray(), await d.classAttempts.toArray(), await d.reviewStats.toArray()]).toEqual([assignments, classAttempts, reviewStats]);
		// Pages of 500 in bank order, found by card for one fact's questions.
		expect((await d.questionPages.toArray()).map((p) => [p.bankId, p.page, p.questions.length])).toEqual([
			['big', 0, 500],
			['big', 1, 500],
			['big', 2, 203],
			['gone', 0, 1],
			['korea', 0, 2]
		]);
		const big = (await getBank('big', d))!;
		expect(big.questions.map((q) => q.id)).toEqual(questions.filter((q) => q.bankId === 'big').map((q) => q.id));
		expect((await questionsForFact('big', 'fact-166', d)).map((q) => q.id)).toEqual(['b704', 'b703', 'b702']);
		expect(d.tables.map((t) => t.name)).not.toContain('questions');
		const once = await dump(d);
		d.close();
		await expectReopenedAs(once);
	});

	it('leaves version 7 as it was when the upgrade fails', async () => {
		await writeOld(NAME, 7, V7_STORES, { ...v7Rows(), media: v3Stored().media });
		const d = openDatabase(NAME);
		// A page the upgrade cannot write: the whole upgrade transaction rolls back.
		d.questionPages.hook('creating', (_key, page) => {
			if (page.bankId === 'korea') throw new Error('disk full');
		});
		await expect(d.open()).rejects.toThrow();
		d.close();
		await expectStillVersion7(NAME);
	});
});

describe('schema declarations', () => {
	it('leave the keys and indexes of the version-1 and version-2 tables as shipped, but for the cards and reviews added to in versions 4 and 5 and the questions paged in version 8', async () => {
		// A later version that changed one of these tables would need its own migration and fixture.
		const d = openDatabase(`${NAME}-declared`);
		await d.open();
		const v2 = new Dexie(`${NAME}-bare`);
		v2.version(2).stores(V2_STORES);
		await v2.open();
		for (const table of Object.keys(V2_STORES).filter((t) => t !== 'cards' && t !== 'reviews' && t !== 'questions')) {
			const names = (db: Dexie) => [
				db.table(table).schema.primKey.name,
				...db
					.table(table)
					.schema.indexes.map((i) => i.name)
					.sort()
			];
			expect(names(d)).toEqual(names(v2));
		}
		// Version 8 replaced the question rows by pages.
		expect(d.tables.map((t) => t.name)).not.toContain('questions');
		// Version 4 only adds to the cards' indexes: every shipped one is still there.
		const cardIndexes = (db: Dexie) => db.table('cards').schema.indexes.map((i) => i.name);
		expect(cardIndexes(d)).toEqual(expect.arrayContaining(cardIndexes(v2)));
		expect(cardIndexes(d)).toHaveLength(cardIndexes(v2).length + 2);
		// Version 5 only adds to the reviews' indexes.
		const reviewIndexes = (db: Dexie) => db.table('reviews').schema.indexes.map((i) => i.name);
		expect(reviewIndexes(d)).toEqual(expect.arrayContaining(reviewIndexes(v2)));
		expect(reviewIndexes(d)).toHaveLength(reviewIndexes(v2).length + 2);
		v2.close();
		await Promise.all([d.delete(), Dexie.delete(`${NAME}-bare`)]);
	});
});
