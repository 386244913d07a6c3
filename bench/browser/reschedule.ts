/**
 * A change of desired retention at scale: a collection whose studied cards
 * each carry a real review history (answered through the scheduler at their
 * due times, seeded ratings), then `rescheduleAll` timed end to end with the
 * longest chunk transaction (what an answer in another tab may wait for),
 * and the settings page's workload table (read the cards, simulate five
 * retentions). The counts cache is checked against counting afresh.
 */
import { answerCard } from '$lib/core/srs/scheduler';
import { createCard } from '$lib/core/srs/card';
import { seededRng } from '$lib/core/srs/rng';
import { simulateWorkload } from '$lib/core/srs/simulate';
import type { Card, Rating } from '$lib/core/srs/types';
import { countBank, countsOf, recountBanks } from '$lib/storage/counting';
import type { FactdeckDB } from '$lib/storage/db';
import { rescheduleAll } from '$lib/storage/reschedule';
import type { BankRow, ReviewRow } from '$lib/storage/rows';
import { studiedCollection } from '$lib/storage/workload';

const DAY = 86_400_000;
const CHUNK = 5_000;
/** Ratings of a review in the seeded histories: Again 10%, Hard 10%, Good 70%, Easy 10%. */
const rating = (u: number): Rating => (u < 0.1 ? 1 : u < 0.2 ? 2 : u < 0.9 ? 3 : 4);

export interface RescheduleSpec {
	cards: number;
	banks: number;
	/** Reviews per studied card; a third of the cards are left New. */
	reviewsPerCard: number;
	now: number;
	seed: number;
}

export interface RescheduleSamples {
	cards: number;
	studied: number;
	reviews: number;
	seedMs: number;
	/** rescheduleAll end to end, the cards it wrote, its chunks and the longest gap between two progress reports. */
	rescheduleMs: number;
	written: number;
	chunks: number;
	longestChunkMs: number;
	/** Banks whose stored counts differ from counting afresh (must be 0). */
	countsWrong: number;
	/** studiedCollection, then each of five retentions simulated over a year. */
	readMs: number;
	simulateMs: number[];
	sampled: number;
}

/** Writes `spec.cards` cards over the banks, two thirds of them with `reviewsPerCard` answered reviews each. */
async function seedHistories(database: FactdeckDB, spec: RescheduleSpec): Promise<{ studied: number; reviews: number }> {
	const rng = seededRng(spec.seed);
	const opts = { retention: 0.9, fuzz: true };
	const perBank = Math.ceil(spec.cards / spec.banks);
	const banks: BankRow[] = [];
	let cards: Card[] = [];
	let reviews: ReviewRow[] = [];
	let studied = 0;
	let total = 0;
	const flush = async () => {
		await database.transaction('rw', [database.cards, database.reviews], () => Promise.all([database.cards.bulkPut(cards), database.reviews.bulkAdd(reviews)]));
		total += reviews.length;
		cards = [];
		reviews = [];
	};
	for (let b = 0; b < spec.banks && b * perBank < spec.cards; b++) {
		const bankId = `resched-${String(b).padStart(2, '0')}`;
		const count = Math.min(perBank, spec.cards - b * perBank);
		const at = new Date(spec.now - 800 * DAY);
		banks.push({
			format: 'factdeck.bank',
			version: 1,
			id: bankId,
			title: bankId,
			contentHash: bankId,
			questionCount: count,
			factCount: count,
			shipped: false,
			addedAt: at,
			updatedAt: at
		});
		for (let j = 0; j < count; j++) {
			let card = createCard(bankId, `f${j}`, j, at);
			if (j % 3 !== 2) {
				studied++;
				// Started at a random day of the last two years; each review when the card falls due.
				let when = spec.now - Math.floor(rng() * 730) * DAY;
				for (let r = 0; r < spec.reviewsPerCard; r++) {
					const { card: next, log } = answerCard(card, rating(rng()), new Date(when), opts, `q${j}`, 5_000);
					// As saveAnswer stores it: the question shown before, for undo.
					reviews.push(r === 0 ? { ...log, uid: `${bankId}-${j}-${r}` } : { ...log, uid: `${bankId}-${j}-${r}`, beforeQuestionId: `q${j}` });
					card = next;
					when = Math.max(when + 60_000, next.due.getTime());
				}
			}
			cards.push(card);
			if (reviews.length >= CHUNK * 4) await flush();
		}
	}
	await flush();
	await database.banks.bulkPut(banks);
	await recountBanks(
		database,
		banks.map((b) => b.id)
	);
	return { studied, reviews: total };
}

/** Seeds the collection, then times a change of retention and the workload table. */
export async function rescheduleAtScale(database: FactdeckDB, spec: RescheduleSpec): Promise<RescheduleSamples> {
	let t = performance.now();
	const { studied, reviews } = await seedHistories(database, spec);
	const seedMs = performance.now() - t;

	const gaps: number[] = [];
	t = performance.now();
	let last = t;
	const { cards: written } = await rescheduleAll(
		{ retention: 0.85 },
		() => {
			const at = performance.now();
			gaps.push(at - last);
			last = at;
		},
		database
	);
	const rescheduleMs = performance.now() - t;

	const bankIds = (await database.banks.toCollection().primaryKeys()) as string[];
	let countsWrong = 0;
	for (const bankId of bankIds) {
		const [stored, counted] = await database.transaction('r', [database.cards, database.reviews, database.bankCounts], () =>
			Promise.all([countsOf(database, bankId), countBank(database, bankId)])
		);
		if (JSON.stringify(stored) !== JSON.stringify(counted)) countsWrong++;
	}

	t = performance.now();
	const collection = await studiedCollection(new Date(spec.now), database);
	const readMs = performance.now() - t;
	const simulateMs: number[] = [];
	let sampled = 0;
	for (const retention of [0.79, 0.82, 0.85, 0.87, 0.89]) {
		t = performance.now();
		const w = simulateWorkload(
			{ cards: collection.cards, cardCount: collection.cardCount, newCards: collection.newCards, newPerDay: 20, days: 365 },
			retention
		);
		simulateMs.push(performance.now() - t);
		sampled = w.sampled;
	}
	return {
		cards: spec.cards,
		studied,
		reviews,
		seedMs,
		rescheduleMs,
		written,
		chunks: gaps.length,
		longestChunkMs: Math.max(...gaps),
		countsWrong,
		readMs,
		simulateMs,
		sampled
	};
}
