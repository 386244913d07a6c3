import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { replayCard } from '$lib/core/srs/replay';
import { answerCard } from '$lib/core/srs/scheduler';
import type { Rating } from '$lib/core/srs/types';
import { saveAnswer } from '$lib/storage/answers';
import { saveBank } from '$lib/storage/banks';
import { setSuspended } from '$lib/storage/browse';
import { countTables } from '$lib/storage/counts';
import { countBank, countsOf } from '$lib/storage/counting';
import type { FactdeckDB } from '$lib/storage/db';
import type { ReviewRow } from '$lib/storage/rows';
import { finishReschedule, RESCHEDULE_CHUNK, rescheduleAll } from '$lib/storage/reschedule';
import { markReschedulePending, pendingReschedule, RESCHEDULE_PENDING } from '$lib/storage/reschedule-flag';
import { getSettings } from '$lib/storage/settings';
import { answerOptions } from '$lib/storage/sync-replay';
import { bankOfFacts, closeAll, freshDb, allCards } from './helpers';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const T0 = new Date('2024-03-05T10:00:00Z');
const DAY = 86_400_000;
const id = (bank: string, fact: string) => `${bank}\u0000${fact}`;
/** Parameters other than the defaults: FSRS-6's defaults with stability growing faster after a success. */
const PARAMS = [0.3, 1.5, 3, 12, 6.4, 0.83, 3, 0.01, 2.2, 0.15, 1.1, 1.9, 0.11, 0.3, 2.3, 0.24, 2.99, 0.52, 0.66, 0.15, 0.15];

/** Answers the card `times` times, each when it falls due, with the ratings in turn, with the stored options. */
async function studyCard(d: FactdeckDB, cardId: string, ratings: Rating[]): Promise<void> {
	let at = T0;
	for (const rating of ratings) {
		const card = (await getCard(cardId, d))!;
		at = new Date(Math.max(at.getTime() + 60_000, card.due.getTime()));
		const { card: next, log } = answerCard(card, rating, at, await answerOptions(d), `q${cardId.split('f')[1]}`, 1000);
		await saveAnswer(next, log, d);
	}
}

/** Bank "a" of 6 facts: f0-f3 studied (f3 suspended), f4 and f5 New (f5 suspended); bank "b": f0 studied; bank "c" never studied. */
async function collection(): Promise<FactdeckDB> {
	const d = freshDb();
	await saveBank(bankOfFacts('a', 6), T0, {}, d);
	await saveBank(bankOfFacts('b', 2), T0, {}, d);
	await saveBank(bankOfFacts('c', 2), T0, {}, d);
	await studyCard(d, id('a', 'f0'), [3, 3, 3, 3]);
	await studyCard(d, id('a', 'f1'), [3, 1, 3, 3, 4]);
	await studyCard(d, id('a', 'f2'), [4, 3]);
	await studyCard(d, id('a', 'f3'), [3, 3, 2, 3]);
	await studyCard(d, id('b', 'f0'), [3, 3, 3]);
	await setSuspended([id('a', 'f3'), id('a', 'f5')], true, d);
	return d;
}

/** Days from the last review to the due date of every studied card, by id. */
async function intervals(d: FactdeckDB): Promise<Map<string, number>> {
	const cards = await d.cards.toArray();
	return new Map(cards.filter((c) => c.last_review).map((c) => [c.id, (c.due.getTime() - c.last_review!.getTime()) / DAY]));
}

/** Every bank's stored counts against counting afresh; each bank has its row again, so no page counts it on first use. */
async function expectCountsRight(d: FactdeckDB): Promise<void> {
	expect((await d.bankCounts.toArray()).map((row) => row.bankId)).toEqual(['a', 'b', 'c']);
	for (const bankId of ['a', 'b', 'c']) {
		const [stored, counted] = await d.transaction('r', countTables(d), () => Promise.all([countsOf(d, bankId), countBank(d, bankId)]));
		expect(stored).toEqual(counted);
	}
}

describe('rescheduleAll', () => {
	it('saves a higher retention and shortens every review interval, keeping New and suspended cards as they were', async () => {
		const d = await collection();
		const before = await intervals(d);
		const cardsBefore = new Map((await allCards(d)).map((c) => [c.id, c]));
		const progress: [number, number][] = [];
		const { cards } = await rescheduleAll({ retention: 0.97 }, (done, total) => progress.push([done, total]), d);

		expect(cards).toBe(5);
		expect((await getSettings(d)).retention).toBe(0.97);
		const after = await intervals(d);
		for (const [cardId, days] of before) {
			if (cardsBefore.get(cardId)!.state !== 2) continue;
			expect(after.get(cardId)).toBeLessThan(days);
		}
		// New cards untouched, suspension kept on studied and New cards alike.
		expect(await getCard(id('a', 'f4'), d)).toEqual(cardsBefore.get(id('a', 'f4')));
		expect(await getCard(id('a', 'f5'), d)).toEqual(cardsBefore.get(id('a', 'f5')));
		expect((await getCard(id('a', 'f3'), d))!.suspended).toBe(1);
		expect((await getCard(id('a', 'f0'), d))!.suspended).toBeUndefined();
		// Reviews and their order are unchanged; the progress ends at the total.
		expect(progress.at(-1)).toEqual([18, 18]);
		expect(await pendingReschedule(d)).toBeUndefined();
		await expectCountsRight(d);
	});

	it('gives each card the schedule a replay of its reviews with the new parameters gives, and rewrites the reviews to match', async () => {
		const d = await collection();
		await rescheduleAll({ fsrsParams: PARAMS }, undefined, d);
		const opts = { retention: DEFAULT_SETTINGS.retention, fuzz: true, params: PARAMS };
		for (const card of await d.cards.toArray()) {
			const reviews = await d.reviews.where('cardId').equals(card.id).toArray();
			if (reviews.length === 0) continue;
			const { schedule, steps } = replayCard(card, reviews, opts);
			const { id: _i, bankId: _b, fact: _f, order: _o, lastQuestionId: _q, suspended: _s, ...stored } = card;
			expect(stored).toEqual(schedule);
			// The latest review's after is the card, so undoing it restores the before the replay gave.
			const latest = reviews.sort((x, y) => x.reviewedAt.getTime() - y.reviewedAt.getTime()).at(-1)!;
			expect(latest.after).toEqual(steps.at(-1)!.after);
		}
		await expectCountsRight(d);
	});

	it('writes nothing when the options are those already used', async () => {
		const d = await collection();
		const cards = await d.cards.toArray();
		const reviews = await d.reviews.toArray();
		const counts = await d.bankCounts.toArray();
		expect(await rescheduleAll({ retention: DEFAULT_SETTINGS.retention }, undefined, d)).toEqual({ cards: 5 });
		expect(await d.cards.toArray()).toEqual(cards);
		// The first review's New card keeps the due time it had (when its bank was saved), which schedules nothing.
		expect(await d.reviews.toArray()).toEqual(reviews);
		expect(await d.bankCounts.toArray()).toEqual(counts);
	});

	it('does nothing and reports nothing when no card was studied', async () => {
		const d = freshDb();
		await saveBank(bankOfFacts('a', 3), T0, {}, d);
		const progress: number[] = [];
		expect(await rescheduleAll({ retention: 0.8 }, (done) => progress.push(done), d)).toEqual({ cards: 0 });
		expect(progress).toEqual([0]);
		expect((await getSettings(d)).retention).toBe(0.8);
		expect(await pendingReschedule(d)).toBeUndefined();
	});
});

describe('a reschedule left pending', () => {
	it('is finished from where it stopped, with the settings stored', async () => {
		const d = await collection();
		await rescheduleAll({ retention: 0.8 }, undefined, d);
		const wanted = await d.cards.toArray();
		// As if the tab closed after saving 0.8 and recomputing nothing: the flag is left, the cards are old.
		const d2 = await collection();
		await d2.transaction('rw', [d2.settings, d2.meta, d2.outbox], async () => {
			const { saveSettings } = await import('$lib/storage/settings-save');
			await saveSettings({ retention: 0.8 }, d2);
			await markReschedulePending(d2, 18);
		});
		expect(await pendingReschedule(d2)).toEqual({ after: null, done: 0, total: 18, cards: 0 });
		expect(await finishReschedule(undefined, d2)).toEqual({ cards: 5 });
		expect(await d2.cards.toArray()).toEqual(wanted);
		expect(await pendingReschedule(d2)).toBeUndefined();
		expect(await finishReschedule(undefined, d2)).toEqual({ cards: 0 });
		await expectCountsRight(d2);
	});

	it('leaves the cards before its cursor, which a chunk already did', async () => {
		const d = await collection();
		const old = await d.cards.toArray();
		await d.transaction('rw', [d.settings, d.meta, d.outbox], async () => {
			const { saveSettings } = await import('$lib/storage/settings-save');
			await saveSettings({ retention: 0.8 }, d);
			await d.meta.put({ key: RESCHEDULE_PENDING, value: { after: id('a', 'f1'), done: 9, total: 18, cards: 2 } });
		});
		const progress: [number, number][] = [];
		expect(await finishReschedule((done, total) => progress.push([done, total]), d)).toEqual({ cards: 5 });
		expect(progress).toEqual([[18, 18]]);
		const now = await d.cards.toArray();
		const changed = now.filter((c, i) => c.due.getTime() !== old[i].due.getTime()).map((c) => c.id);
		expect(changed).toEqual([id('a', 'f2'), id('a', 'f3'), id('b', 'f0')]);
	});

	it('goes on after the cards already done, in chunks, whatever the chunk boundaries cut', async () => {
		const d = freshDb();
		const facts = RESCHEDULE_CHUNK / 100 + 3;
		await saveBank(bankOfFacts('a', facts), T0, {}, d);
		// Cheap histories written directly: 250 Good answers per card, a day apart; one card longer than a chunk.
		const opts = await answerOptions(d);
		for (let f = 0; f < facts; f++) {
			let card = (await getCard(id('a', `f${f}`), d))!;
			const rows: ReviewRow[] = [];
			for (let i = 0; i < (f === 1 ? RESCHEDULE_CHUNK + 10 : 250); i++) {
				const { card: next, log } = answerCard(card, 3, new Date(T0.getTime() + i * DAY), opts, `q${f}`, 1000);
				rows.push({ ...log, uid: `u${f}-${i}` });
				card = next;
			}
			await d.transaction('rw', [d.cards, d.reviews], () => Promise.all([d.cards.put(card), d.reviews.bulkAdd(rows)]));
		}
		const total = await d.reviews.count();
		const progress: number[] = [];
		const { cards } = await rescheduleAll({ retention: 0.75 }, (done) => progress.push(done), d);
		expect(cards).toBe(facts);
		expect(progress.length).toBeGreaterThan(2);
		expect(progress).toEqual([...progress].sort((x, y) => x - y));
		expect(progress.at(-1)).toBe(total);
		const replayed = replayCard({ id: id('a', 'f1'), bankId: 'a', fact: 'f1', order: 1 }, await d.reviews.where('cardId').equals(id('a', 'f1')).toArray(), {
			retention: 0.75,
			fuzz: true
		});
		expect((await getCard(id('a', 'f1'), d))!.due).toEqual(replayed.schedule.due);
	});

	it('is marked by pulled settings that change the retention or the parameters, not by others', async () => {
		const { mergeSettings } = await import('$lib/storage/sync-merge');
		const d = freshDb();
		const doc = (key: string, body: unknown) => ({ kind: 'setting' as const, bankId: '', key, body, rev: 1, baseRev: 0, deviceId: 'other' });
		const merge = (docs: ReturnType<typeof doc>[]) => d.transaction('rw', [d.settings, d.meta], () => mergeSettings(d, docs));
		await merge([doc('newPerDay', 5)]);
		expect(await pendingReschedule(d)).toBeUndefined();
		await merge([doc('retention', DEFAULT_SETTINGS.retention)]);
		expect(await pendingReschedule(d)).toBeUndefined();
		await merge([doc('fsrsParams', PARAMS)]);
		expect(await pendingReschedule(d)).toEqual({ after: null, done: 0, total: 0, cards: 0 });
		await finishReschedule(undefined, d);
		await merge([doc('retention', 0.85)]);
		expect(await pendingReschedule(d)).toBeDefined();
	});
});
