/**
 * Importing an Anki package with its review history: the reviews become the
 * review log, each card is what replaying them on Anki's days gives, due when
 * Anki has it due, suspended when Anki has it suspended; the bank's counts are
 * right, and importing the same package again adds no review twice.
 */
import type { Bank } from '$lib/core/bank/schema';
import type { ImportHistory } from '$lib/core/formats/import-history';
import { parseApkg } from '$lib/core/formats/apkg';
import { replayCard } from '$lib/core/srs/replay';
import { CardStateKind, type Rating } from '$lib/core/srs/types';
import { countTables } from '$lib/storage/counts';
import { countBank } from '$lib/storage/counting';
import { importBank } from '$lib/storage/imports';
import { setSyncMeta } from '$lib/storage/sync-meta';
import { currentPackage, loadSql } from '../core/formats/anki-builder';
import { EXPECTED, HISTORY_DECK } from '../core/formats/anki-history-deck';
import { ok } from '../core/formats/helpers';
import { closeAll, freshDb } from './helpers';
import { getCard } from '$lib/storage/card-reads';

afterEach(closeAll);

const NOW = new Date('2024-03-20T09:00:00Z');
/** Anki's days in the deck start at 02:00 UTC. */
const SHIFT = 2 * 3_600_000;
const OPTS = { retention: 0.9, fuzz: true, params: null };

let bank: Bank;
let history: ImportHistory;
beforeAll(async () => {
	const r = ok(parseApkg(await currentPackage(HISTORY_DECK), { sql: await loadSql(), name: 'capitals.apkg' }));
	[bank, history] = [r.bank, r.history!];
});

const id = (fact: string, bankId = bank.id) => `${bankId}\u0000${fact}`;

describe('importing an Anki history', () => {
	it('stores every review with a fresh uid, on its card and question, with Anki’s rating, time and duration', async () => {
		const d = freshDb();
		await importBank(bank, NOW, { onConflict: 'replace', history }, d);
		const reviews = await d.reviews.toArray();
		expect(reviews).toHaveLength(EXPECTED.summary.reviews);
		expect(new Set(reviews.map((r) => r.uid)).size).toBe(reviews.length);
		for (const [fact, ratings] of Object.entries(EXPECTED.ratings)) {
			const own = reviews.filter((r) => r.cardId === id(fact)).sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
			expect(own.map((r) => r.rating)).toEqual(ratings);
			expect(own.every((r) => r.bankId === bank.id && r.durationMs === 6000)).toBe(true);
			const questions = new Set(bank.questions.filter((q) => q.fact === fact).map((q) => q.id));
			expect(own.every((r) => questions.has(r.questionId))).toBe(true);
		}
		expect(reviews.find((r) => r.cardId === id('anki-g1'))!.reviewedAt).toEqual(new Date(HISTORY_DECK.revlog![0].id));
	});

	it('gives each card the memory state of its reviews replayed on Anki’s days, and Anki’s due date', async () => {
		const d = freshDb();
		await importBank(bank, NOW, { onConflict: 'replace', history }, d);
		for (const [fact, due] of Object.entries(EXPECTED.due)) {
			const card = (await getCard(id(fact), d))!;
			const own = (
				await d.reviews
					.where('[cardId+reviewedAt]')
					.between([id(fact), new Date(0)], [id(fact), new Date(8.64e15)])
					.toArray()
			).map((r) => ({
				rating: r.rating as Rating,
				questionId: r.questionId,
				reviewedAt: new Date(r.reviewedAt.getTime() - SHIFT)
			}));
			const { schedule } = replayCard(card, own, OPTS);
			expect([fact, card.stability, card.difficulty, card.reps, card.lapses, card.state]).toEqual([
				fact,
				schedule.stability,
				schedule.difficulty,
				schedule.reps,
				schedule.lapses,
				schedule.state
			]);
			expect(card.stability).toBeGreaterThan(0);
			expect(card.last_review!.getTime()).toBe(own.at(-1)!.reviewedAt.getTime() + SHIFT);
			expect(card.due).toEqual(new Date(due));
		}
		// The lapse of the basic card counts; the reversed card's five reviews come from both directions.
		expect(await getCard(id('anki-g1'), d)).toMatchObject({ lapses: 1, reps: 5, state: CardStateKind.Review });
		expect(await getCard(id('anki-g2'), d)).toMatchObject({ reps: 5 });
	});

	it('keeps each review’s before and after in a chain, so undoing the last one restores the card', async () => {
		const d = freshDb();
		await importBank(bank, NOW, { onConflict: 'replace', history }, d);
		const own = (await d.reviews.toArray()).filter((r) => r.cardId === id('anki-g2')).sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
		expect(own[0].before.state).toBe(CardStateKind.New);
		for (let i = 1; i < own.length; i++) expect(own[i].before).toEqual(own[i - 1].after);
		expect(own[1].beforeQuestionId).toBe(own[0].questionId);
		expect((await getCard(id('anki-g2'), d))!.lastQuestionId).toBe(own.at(-1)!.questionId);
	});

	it('keeps suspended cards suspended, leaves cards without history new, and counts the bank right', async () => {
		const d = freshDb();
		await importBank(bank, NOW, { onConflict: 'replace', history }, d);
		expect(await getCard(id('anki-g4'), d)).toMatchObject({ suspended: 1, state: CardStateKind.Review });
		expect(await getCard(id('anki-g3-c2'), d)).toMatchObject({ suspended: 1, state: CardStateKind.New });
		for (const fact of ['anki-g5', 'anki-g7']) expect((await getCard(id(fact), d))!.state).toBe(CardStateKind.New);
		expect((await getCard(id('anki-g1'), d))!.suspended).toBeUndefined();
		const stored = await d.bankCounts.get(bank.id);
		const counted = await d.transaction('r', countTables(d), () => countBank(d, bank.id));
		// Eight facts; new and not suspended: Rome (reset) and Santiago (log gone).
		expect(stored).toEqual(counted);
		expect(stored).toMatchObject({ cards: 8, fresh: 2 });
		expect(stored!.introduced.length).toBeGreaterThan(0);
	});

	it('adds no review twice when the same package is imported again over it, and keeps every card', async () => {
		const d = freshDb();
		await importBank(bank, NOW, { onConflict: 'replace', history }, d);
		const first = await getCard(id('anki-g6'), d);
		await importBank(bank, NOW, { onConflict: 'replace', history }, d);
		expect(await d.reviews.count()).toBe(EXPECTED.summary.reviews);
		// Replayed from the same reviews: the same memory state.
		expect(await getCard(id('anki-g6'), d)).toMatchObject({ stability: first!.stability, difficulty: first!.difficulty, reps: 2 });
	});

	it('gives a copy its own history, and queues the reviews for sync while syncing is on', async () => {
		const d = freshDb();
		await importBank(bank, NOW, { onConflict: 'replace', history }, d);
		await setSyncMeta({ enabled: true }, d);
		const { id: copy } = await importBank(bank, NOW, { onConflict: 'copy', history }, d);
		expect(copy).toBe(`${bank.id}-2`);
		expect(
			await d.reviews
				.where('[bankId+reviewedAt]')
				.between([copy, new Date(0)], [copy, new Date(8.64e15)])
				.count()
		).toBe(EXPECTED.summary.reviews);
		const queued = await d.outbox.where('key').startsWith('review|').toArray();
		expect(queued).toHaveLength(EXPECTED.summary.reviews);
		expect(queued.every((row) => row.bankId === copy)).toBe(true);
	});

	it('reports the reviews in its progress, up to the total', async () => {
		const d = freshDb();
		const seen: [number, number][] = [];
		await importBank(bank, NOW, { onConflict: 'replace', history, onProgress: (done, total) => seen.push([done, total]) }, d);
		const facts = new Set(bank.questions.map((q) => q.fact)).size;
		expect(seen.at(-1)).toEqual([bank.questions.length + facts + EXPECTED.summary.reviews, bank.questions.length + facts + EXPECTED.summary.reviews]);
	});
});
