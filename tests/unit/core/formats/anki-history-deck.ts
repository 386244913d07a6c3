/**
 * A small Anki collection studied in Anki, with a review log holding an entry
 * of every kind: learning, review, relearning, cramming, a filtered review that
 * reschedules, set due date, reset, and rows Factdeck cannot read. The import
 * tests (formats, storage, browser) read it and the numbers it should give.
 */
import { NOTETYPES, type TestCard, type TestCollection, type TestRevlog } from './anki-builder';

const DAY = 86_400_000;
/** Made at 04:00 on 1 January 2024 in UTC+2: Anki's days start at 02:00 UTC. */
export const CRT = Date.parse('2024-01-01T02:00:00Z') / 1000;
const T0 = Date.parse('2024-03-01T10:00:00Z');
/** `day` days and `min` minutes after 1 March 2024, 10:00 UTC, in ms (a revlog id). */
export const at = (day: number, min = 0) => T0 + day * DAY + min * 60_000;
/** The moment Anki's day `n` of this collection starts. */
export const dayStart = (n: number) => CRT * 1000 + n * DAY;

const { Learn, Review, Relearn, Filtered, Manual } = { Learn: 0, Review: 1, Relearn: 2, Filtered: 3, Manual: 4 };
/** A log row; its id (the time, and the primary key) moved by the card id in ms, so that no two rows share one. */
const r = (cid: number, id: number, type: number, ease: number, extra: Partial<TestRevlog> = {}): TestRevlog => ({
	id: id + cid,
	cid,
	ease,
	type,
	ivl: type === Learn || type === Relearn ? -600 : 3,
	time: 6000,
	...extra
});

const cards: TestCard[] = [
	// Basic, learnt then reviewed twice; a review card due on Anki's day 75.
	{ id: 10, nid: 1, type: 2, queue: 2, due: 75, ivl: 10 },
	// Reversed: both directions studied, one Factdeck card.
	{ id: 20, nid: 2, ord: 0, type: 2, queue: 2, due: 70, ivl: 3 },
	{ id: 21, nid: 2, ord: 1, type: 2, queue: 2, due: 68, ivl: 2 },
	// Cloze: number 1 studied, number 2 new and suspended.
	{ id: 30, nid: 3, ord: 0, type: 1, queue: 1, due: at(3, 10) / 1000 },
	{ id: 31, nid: 3, ord: 1, type: 0, queue: -1, due: 5 },
	// Studied, then suspended in Anki.
	{ id: 40, nid: 4, type: 2, queue: -1, due: 80, ivl: 15 },
	// Studied, then reset to new ("Forget").
	{ id: 50, nid: 5, type: 0, queue: 0, due: 3 },
	// Studied, crammed, with two rows Factdeck cannot read; due in a filtered deck it was moved to.
	{ id: 60, nid: 6, type: 2, queue: 2, due: -100_000, odue: 72, odid: 9, ivl: 3 },
	// Studied in Anki, but its log is gone.
	{ id: 70, nid: 7, type: 2, queue: 2, due: 71, ivl: 5 }
];

const revlog: TestRevlog[] = [
	r(10, at(0), Learn, 3),
	r(10, at(0, 10), Learn, 3, { ivl: 1 }),
	r(10, at(1), Review, 3, { ivl: 4 }),
	r(10, at(5), Review, 1, { ivl: -600 }),
	r(10, at(5, 10), Relearn, 3, { ivl: 2 }),
	// Set due date: ungraded, keeps its ease.
	r(10, at(6), Manual, 0, { ivl: 10, factor: 2500 }),
	r(20, at(0, 1), Learn, 3),
	r(21, at(0, 2), Learn, 2),
	r(20, at(0, 12), Learn, 3, { ivl: 1 }),
	r(21, at(0, 14), Learn, 3, { ivl: 1 }),
	r(20, at(2), Review, 4, { ivl: 5 }),
	r(30, at(2), Learn, 1),
	r(30, at(3), Learn, 3),
	r(40, at(1), Learn, 4, { ivl: 4 }),
	r(40, at(5), Review, 3, { ivl: 15 }),
	r(50, at(0), Learn, 3, { ivl: 1 }),
	r(50, at(1), Review, 3),
	r(50, at(4), Manual, 0, { ivl: 0, factor: 0 }),
	r(60, at(0), Learn, 3, { ivl: 1 }),
	r(60, at(1), Filtered, 3, { ivl: 0, factor: 0 }),
	r(60, at(2), Review, 3),
	r(60, at(3), Review, 7),
	r(60, at(4), Review, 3, { time: -5 }),
	r(99, at(1), Review, 3)
];

/** The collection: seven notes (basic, reversed, cloze), their cards and their log. */
export const HISTORY_DECK: TestCollection = {
	notetypes: [NOTETYPES.basic, NOTETYPES.reversed, NOTETYPES.cloze],
	notes: [
		{ id: 1, mid: 1, fields: ['Capital of France', 'Paris'] },
		{ id: 2, mid: 2, fields: ['dog', 'Hund'] },
		{ id: 3, mid: 5, fields: ['{{c1::Seoul}} is the capital of {{c2::Korea}}', ''] },
		{ id: 4, mid: 1, fields: ['Capital of Spain', 'Madrid'] },
		{ id: 5, mid: 1, fields: ['Capital of Italy', 'Rome'] },
		{ id: 6, mid: 1, fields: ['Capital of Peru', 'Lima'] },
		{ id: 7, mid: 1, fields: ['Capital of Chile', 'Santiago'] }
	],
	cards,
	revlog,
	crt: CRT,
	creationOffset: -120
};

/** What the deck's history should bring, card by card (fact: Anki dates and ratings). */
export const EXPECTED = {
	summary: {
		reviews: 16,
		cards: 5,
		due: 5,
		suspended: 2,
		skipped: { manual: 2, cram: 1, beforeReset: 2, damaged: 2, noCard: 1 },
		partial: 0,
		unreplayed: 1
	},
	ratings: {
		'anki-g1': [3, 3, 3, 1, 3],
		'anki-g2': [3, 2, 3, 3, 4],
		'anki-g3-c1': [1, 3],
		'anki-g4': [4, 3],
		'anki-g6': [3, 3]
	} as Record<string, number[]>,
	due: {
		'anki-g1': dayStart(75),
		'anki-g2': dayStart(68),
		'anki-g3-c1': at(3, 10),
		'anki-g4': dayStart(80),
		'anki-g6': dayStart(72)
	} as Record<string, number>
};

/**
 * A studied deck of `count` basic notes, each card learnt then reviewed
 * `reviews - 2` times a few days apart: the shape of a heavy learner's log.
 */
export function studiedDeck(count: number, reviews: number): TestCollection {
	const notes = Array.from({ length: count }, (_, i) => ({ id: i + 1, mid: 1, fields: [`question ${i}`, `answer ${i}`] }));
	const studied: TestCard[] = notes.map((n) => ({ id: n.id * 10, nid: n.id, type: 2, queue: 2, due: 200 + (n.id % 30), ivl: 20 }));
	const log: TestRevlog[] = [];
	for (const card of studied) {
		// Unique ids: a card's reviews sit apart by days, cards by a few ms.
		for (let k = 0; k < reviews; k++) log.push(r(card.id, at(k < 2 ? 0 : 3 * k, k === 1 ? 10 : 0) + card.id, k < 2 ? Learn : Review, k % 7 === 6 ? 1 : 3));
	}
	return { notetypes: [NOTETYPES.basic], notes, cards: studied, revlog: log, crt: CRT, creationOffset: -120 };
}
