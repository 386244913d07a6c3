// @vitest-environment node
/**
 * An Anki package studied in Anki: its review log read with Anki's rules and
 * mapped to Factdeck's cards (one per fact), its due dates and suspensions.
 */
import type { SqlJsStatic } from 'sql.js';
import type { ImportHistory } from '$lib/core/formats/import-history';
import { historyBrought, historyLeftOut, historyWarnings, MAX_ANKI_REVIEWS } from '$lib/core/formats/anki-history-words';
import { historyReviews } from '$lib/core/formats/anki-replay';
import { parseApkg } from '$lib/core/formats/apkg';
import { currentPackage, legacyPackage, loadSql, NOTETYPES } from './anki-builder';
import { EXPECTED, HISTORY_DECK } from './anki-history-deck';
import { ok } from './helpers';

let sql: SqlJsStatic;
beforeAll(async () => {
	sql = await loadSql();
});

describe.each([
	['legacy', legacyPackage],
	['current (anki21b)', currentPackage]
])('the history of a %s package', (_kind, build) => {
	let r: ReturnType<typeof ok>;
	let history: ImportHistory;
	beforeAll(async () => {
		r = ok(parseApkg(await build(HISTORY_DECK), { sql, name: 'capitals.apkg' }));
		history = r.history!;
	});
	const card = (fact: string) => history.cards.find((c) => c.fact === fact)!;
	const questionsOf = (fact: string) => r.bank.questions.filter((q) => q.fact === fact).map((q) => q.id);

	it('counts what comes and what Anki’s rules leave out', () => {
		expect(history.summary).toEqual(EXPECTED.summary);
		expect(history.cards.map((c) => [c.fact, c.count])).toEqual([
			['anki-g1', 5],
			['anki-g2', 5],
			['anki-g3-c1', 2],
			['anki-g4', 2],
			['anki-g6', 2],
			// Suspended in Anki while still new: no reviews, but suspended here too.
			['anki-g3-c2', 0]
		]);
	});

	it('keeps each card’s graded reviews in time order, with their ratings, times and durations', () => {
		for (const [fact, ratings] of Object.entries(EXPECTED.ratings)) expect(historyReviews(history, card(fact)).map((x) => x.rating)).toEqual(ratings);
		const reviews = historyReviews(history, card('anki-g1'));
		expect(reviews.map((x) => x.reviewedAt.getTime())).toEqual(HISTORY_DECK.revlog!.filter((x) => x.cid === 10 && x.ease > 0).map((x) => x.id));
		expect(reviews.every((x) => x.durationMs === 6000)).toBe(true);
	});

	it('merges the two directions of a reversed note in time order, each review on its own direction’s question', () => {
		const [forward, reverse] = questionsOf('anki-g2');
		expect(historyReviews(history, card('anki-g2')).map((x) => x.questionId)).toEqual([forward, reverse, forward, reverse, forward]);
	});

	it('gives each cloze number its own card', () => {
		const [only] = questionsOf('anki-g3-c1');
		expect(historyReviews(history, card('anki-g3-c1')).map((x) => x.questionId)).toEqual([only, only]);
		expect(card('anki-g3-c2')).toEqual({ fact: 'anki-g3-c2', from: expect.any(Number), count: 0, suspended: true });
	});

	it('keeps Anki’s due dates (the earliest of a shared card’s) and its suspensions', () => {
		for (const [fact, due] of Object.entries(EXPECTED.due)) expect([fact, card(fact).due]).toEqual([fact, due]);
		expect(history.cards.filter((c) => c.suspended).map((c) => c.fact)).toEqual(['anki-g4', 'anki-g3-c2']);
		// Anki's days start at 02:00 UTC here (4 am in UTC+2).
		expect(history.dayShiftMs).toBe(2 * 3_600_000);
	});

	it('warns of the studied card with no review left, and no longer says that scheduling is not imported', () => {
		const messages = r.warnings.map((w) => w.message);
		expect(messages).toContain(
			'1 card studied in Anki has no review left to replay (reset in Anki, or reviewed only in a filtered deck that does not reschedule): it starts as new'
		);
		expect(messages.join('\n')).not.toMatch(/scheduling data is not imported|no review history/);
	});
});

describe('a history that starts mid-way, in a collection with its own day', () => {
	// A card whose log lost its learning steps, in a collection made in UTC-5 whose days roll over at midnight.
	const deck = (build: typeof legacyPackage) =>
		build({
			notetypes: [NOTETYPES.basic],
			notes: [{ id: 1, mid: 1, fields: ['Capital of Peru', 'Lima'] }],
			cards: [{ id: 10, nid: 1, type: 2, queue: 2, due: 30, ivl: 20 }],
			revlog: [
				{ id: Date.parse('2024-01-05T15:00:00Z'), cid: 10, ease: 3, ivl: 8, type: 1 },
				{ id: Date.parse('2024-01-13T15:00:00Z'), cid: 10, ease: 3, ivl: 20, type: 1 }
			],
			crt: Date.parse('2024-01-01T09:00:00Z') / 1000,
			rollover: 0,
			creationOffset: 300
		});

	it.each([
		['legacy', legacyPackage],
		['current', currentPackage]
	])('reads the rollover and the time zone of a %s collection, and warns that the state is an estimate', async (_kind, build) => {
		const r = ok(parseApkg(await deck(build), { sql }));
		const history = r.history!;
		expect(history.summary).toMatchObject({ reviews: 2, cards: 1, partial: 1 });
		// Midnight in UTC-5 is 05:00 UTC; day 30 of a collection made on 1 January there starts on 31 January.
		expect(history.dayShiftMs).toBe(5 * 3_600_000);
		expect(new Date(history.cards[0].due!).toISOString()).toBe('2024-01-31T05:00:00.000Z');
		expect(r.warnings.map((w) => w.message)).toContain(historyWarnings({ ...history.summary }, { logRows: 2, studied: 1 })[0]);
		expect(r.warnings[0].message).toMatch(/^1 Anki card: the history starts after the first learning step/);
	});
});

describe('what the import says about a history', () => {
	it('says how many reviews come, and what was left out and why', () => {
		expect(historyBrought(EXPECTED.summary)).toBe('16 reviews of 5 cards; 5 keep their due dates from Anki; 2 stay suspended');
		expect(historyBrought({ ...EXPECTED.summary, reviews: 1, cards: 1, due: 1, suspended: 1 })).toBe(
			'1 review of 1 card; 1 keeps its due date from Anki; 1 stays suspended'
		);
		expect(historyBrought({ ...EXPECTED.summary, reviews: 0, cards: 0, due: 0, suspended: 1 })).toBe('no review that can be replayed; 1 stays suspended');
		expect(historyLeftOut(EXPECTED.summary)).toEqual([
			'2 entries of manual scheduling (set due date, reset, reschedule)',
			'1 review in a filtered deck that does not reschedule',
			'2 reviews from before their card was reset',
			'2 damaged rows (unknown button or kind, negative time)',
			'1 review of a card that is not imported or not in the package'
		]);
	});

	it('says when there is no history, or too much of it', () => {
		expect(historyWarnings(undefined, { logRows: 0, studied: 0 })).toEqual([
			'the package holds no review history: every card starts as a new card (to bring it, export from Anki with “Include scheduling information” ticked)'
		]);
		expect(historyWarnings(undefined, { logRows: 0, studied: 3 })).toEqual([
			'the package holds no review history for the 3 cards studied in Anki: they start as new'
		]);
		expect(historyWarnings(undefined, { logRows: MAX_ANKI_REVIEWS + 1, studied: 3 })).toEqual([
			'the review history holds 1,000,001 reviews, more than the 1,000,000 Factdeck brings over: every card starts as a new card'
		]);
		expect(historyWarnings({ ...EXPECTED.summary, unreplayed: 0, partial: 2 }, { logRows: 10, studied: 3 })).toEqual([
			'2 Anki cards: the history starts after the first learning step (older reviews were deleted), so the memory state is replayed from the first review left, an estimate'
		]);
	});

	it('reads a package exported without scheduling as before: no history, every card new', async () => {
		const r = ok(parseApkg(await legacyPackage({ notetypes: [NOTETYPES.basic], notes: [{ id: 1, mid: 1, fields: ['a', 'b'] }] }), { sql }));
		expect(r.history).toBeUndefined();
		expect(r.warnings.map((w) => w.message)).toEqual([historyWarnings(undefined, { logRows: 0, studied: 0 })[0]]);
	});
});
