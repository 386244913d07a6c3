/**
 * How much the device stores for a collection: one is built in memory (banks
 * of generated-looking questions, a third of the cards New, the rest studied
 * through the scheduler a few times each) and written with the app's own
 * restore (`restoreAll`), so what lands in IndexedDB is whatever the storage
 * layout of the day makes of it (raw table writes would pin today's layout).
 * Then the app's daily snapshot is taken, as the app takes one on the first
 * start of a study day. The Node side reads the storage used after each.
 */
import type { Bank, Question } from '$lib/core/bank/schema';
import { answerCard, createCard } from '$lib/core/srs/scheduler';
import { seededRng } from '$lib/core/srs/rng';
import type { Card, Rating, ReviewLog } from '$lib/core/srs/types';
import { restoreAll } from '$lib/storage/backup';
import type { FactdeckDB } from '$lib/storage/db';
import type { BackupData } from '$lib/storage/rows';
import { takeSnapshotIfDue } from '$lib/storage/snapshots';

const DAY = 86_400_000;
/** Ratings of a seeded review: Again 10%, Hard 10%, Good 70%, Easy 10%. */
const rating = (u: number): Rating => (u < 0.1 ? 1 : u < 0.2 ? 2 : u < 0.9 ? 3 : 4);
/** A sentence of the length a generated question's source sentence has (about 140 characters). */
const SENTENCE = 'In its annual report, the ministry said that talks on the matter number NUM had stalled since the spring, and that a new round was planned.';

export interface GrowthSpec {
	cards: number;
	banks: number;
	/** Reviews of each studied card; every third card is left New. */
	reviewsPerCard: number;
	now: number;
	seed: number;
}

export interface GrowthInfo {
	cards: number;
	studied: number;
	reviews: number;
	ms: number;
}

/** Question `j` of a bank, shaped like a generated one: a prompt, an answer and its source sentence. */
function question(j: number): Question {
	const text = SENTENCE.replace('NUM', String(j));
	return {
		id: `q${j}`,
		fact: `f${j}`,
		type: 'flashcard',
		prompt: `What did the ministry say had stalled since the spring, in report number ${j}?`,
		answer: `talks on matter ${j}`,
		source: { text, start: 0, end: text.length }
	};
}

/** The collection as a backup holds it. */
function collection(spec: GrowthSpec): BackupData & { studied: number } {
	const rng = seededRng(spec.seed);
	const opts = { retention: 0.9, fuzz: true };
	const perBank = Math.ceil(spec.cards / spec.banks);
	const banks: Bank[] = [];
	const cards: Card[] = [];
	const reviews: ReviewLog[] = [];
	let studied = 0;
	for (let b = 0; b * perBank < spec.cards && b < spec.banks; b++) {
		const id = `growth-${String(b).padStart(2, '0')}`;
		const count = Math.min(perBank, spec.cards - b * perBank);
		const questions = Array.from({ length: count }, (_, j) => question(j));
		banks.push({ format: 'factdeck.bank', version: 1, id, title: `Growth bank ${b}`, questions });
		for (let j = 0; j < count; j++) {
			let card = createCard(id, `f${j}`, j, new Date(spec.now - 400 * DAY));
			if (j % 3 !== 2) {
				studied++;
				// Begun on a day of the last year; each later review when the card fell due, none in the future.
				let when = spec.now - Math.ceil(rng() * 365) * DAY;
				for (let r = 0; r < spec.reviewsPerCard && when < spec.now; r++) {
					const { card: next, log } = answerCard(card, rating(rng()), new Date(when), opts, `q${j}`, 5_000);
					reviews.push(log);
					card = next;
					when = Math.max(when + 60_000, next.due.getTime());
				}
			}
			cards.push(card);
		}
	}
	return { banks, cards, reviews, attempts: [], results: [], settings: { settings: {}, meta: {}, library: {} }, studied };
}

/** Replaces everything in `database` with a collection of `spec.cards` cards through the app's restore. */
export async function restoreCollection(database: FactdeckDB, spec: GrowthSpec): Promise<GrowthInfo> {
	const { studied, ...data } = collection(spec);
	const t0 = performance.now();
	await restoreAll(data, new Date(spec.now), database);
	return { cards: data.cards.length, studied, reviews: data.reviews.length, ms: performance.now() - t0 };
}

/** Takes the day's snapshot, as the app does at its first start of a study day; how long it took. */
export async function dailySnapshot(database: FactdeckDB, now: number): Promise<{ ms: number }> {
	const t0 = performance.now();
	const id = await takeSnapshotIfDue(new Date(now), database);
	if (id === null) throw new Error('no snapshot was due: the database already had one today');
	return { ms: performance.now() - t0 };
}
